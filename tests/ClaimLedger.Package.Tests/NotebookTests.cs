namespace ClaimLedger.Package.Tests;

/// <summary>Every sample notebook runs clean against the packed package, and shows what it promises.</summary>
[Collection(PackedPackageCollection.Name)]
public class NotebookTests(PackedPackage package)
{
    [Fact]
    public async Task GettingStarted_RendersTheLedgerPlacesAndAHomeMadeContradiction()
    {
        var cells = await NotebookRunner.RunAsync(package, "01-getting-started.ipynb");
        var outputs = cells.SelectMany(c => c.Outputs).ToList();

        outputs.Should().Contain(o => o.Contains("Loading extensions from") && o.Contains("interactive-extensions/dotnet/ClaimLedger.Interactive.dll"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-ledger\"") && o.Contains("Russian peacekeeping in Nagorno-Karabakh, 2020-2024"));
        outputs.Should().Contain(o => o.StartsWith("Ledger: 9 parties", StringComparison.Ordinal), "ToString stays short outside HTML");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-incidents\"") && o.Contains(">Nagorno-Karabakh, Stepanakert, Lachin corridor</td>"),
            "a view of incidents names their places from its ledger");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-incident\"") && o.Contains("Ministry of Defence of Azerbaijan"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-claims\"") && o.Contains("Hin Tagher") && !o.Contains(">ru-mod</td>"),
            "a view of claims names their speakers and places from its ledger");
        outputs.Should().Contain(o => o.Contains("class=\"place-names\"") && o.Contains("<td>Hin Tagher</td>") && o.Contains("<td>Chaylaggala</td>"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-contradiction\"") && o.Contains("<table")
            && o.Contains("Red Ministry of Defence") && o.Contains("Blue Ministry of Defence"));
        outputs.Should().Contain(o => o.Contains("Blue Ministry of Defence revised its figure for") && o.Contains("1 person on 3 May 2024, then 4 people on 4 May 2024, then 9 people on 5 May 2024"),
            "a corrected count is shown as a revision with every figure");
    }

    [Fact]
    public async Task Parukh_ShowsTheDenialTableWithBothSpeakers_AndATimeline()
    {
        var cells = await NotebookRunner.RunAsync(package, "02-parukh-march-2022.ipynb");
        var outputs = cells.SelectMany(c => c.Outputs).ToList();

        outputs.Should().Contain(o => o.Contains("class=\"claimledger-claims\"") && o.Contains(">Russian Ministry of Defence</td>") && o.Contains(">Artak Beglaryan</td>"));

        string denial = outputs.Should().ContainSingle(o => o.Contains("class=\"claimledger-contradiction\"") && o.Contains("Ministry of Defence of Azerbaijan")).Subject;
        denial.Should().Contain("<strong style=\"color:#cf222e\">Denial</strong>")
            .And.Contain("<table").And.Contain("Russian Ministry of Defence").And.Contain("Ministry of Defence of Azerbaijan")
            .And.Contain("Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-contradiction\"") && o.Contains("Artak Beglaryan"));
        outputs.Should().Contain(o => o.Contains("class=\"side-by-side\"") && o.Contains("Russia") && o.Contains("Azerbaijan") && o.Contains("Artsakh"));
        outputs.Should().Contain(o => o.Contains("class=\"side-by-side\"") && o.Contains("not: Azerbaijan withdrew from Parukh") && !o.Contains("denies that"),
            "claims are written in the library's wording, Ledger.Describe(claim)");
        outputs.Should().Contain(o => o.Contains("class=\"timeline\"") && o.Contains("27 March 2022"));
    }

    [Fact]
    public async Task PartiesAndSources_DrawsTheMatrixTheYearlyCountsAndTheMostContradicted()
    {
        var cells = await NotebookRunner.RunAsync(package, "03-parties-and-sources.ipynb");
        var outputs = cells.SelectMany(c => c.Outputs).ToList();

        outputs.Should().Contain(o => o.Contains("class=\"party-matrix\"") && o.Contains("Russia") && o.Contains("Azerbaijan"));
        outputs.Should().Contain(o => o.Contains("Contradictions per pair of parties") && o.Contains("Russia / Azerbaijan") && o.Contains("Azerbaijan (within)")
            && !o.Contains("Azerbaijan / Russia"), "the pairs are PartyMatrix.Pairs, each once, in the ledger's order as the console lists them");
        outputs.Should().Contain(o => o.Contains("class=\"claims-per-year\"") && o.Contains("2020") && o.Contains("2022"));
        outputs.Should().Contain(o => o.Contains("class=\"most-contradicted\"") && o.Contains("Russian Ministry of Defence"));
        outputs.Count(o => o.Contains("class=\"bars\"")).Should().BeGreaterThanOrEqualTo(4);
        outputs.Should().Contain(o => o.Contains("affirmed by 1 independent voice (Russia)") && o.Contains("denied by 2 independent voices (Artsakh, Azerbaijan) across opposing sides"));
        outputs.Should().Contain(o => o.Contains("Belief in each contested proposition") && o.Contains("Azerbaijan withdrew from Parukh"));
        outputs.Should().Contain(o => o.StartsWith("Russian Ministry of Defence: 0.", StringComparison.Ordinal) && o.Contains("parukh-ru-mod-withdrawn"));
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimLedger.Package.Tests;

/// <summary>
/// Every sample notebook runs clean on a current .NET Interactive kernel against the packed package, shows what it
/// promises, and is committed with the outputs the current code produces.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public partial class NotebookTests(PackedPackage package)
{
    [Fact]
    public async Task GettingStarted_RendersTheLedgerPlacesAndAHomeMadeContradiction()
    {
        List<string> outputs = await RunAsync("01-getting-started.ipynb");

        outputs.Should().Contain(o => o.Contains("class=\"claimledger-ledger\"") && o.Contains("Russian peacekeeping in Nagorno-Karabakh, 2020-2024"));
        outputs.Should().Contain(o => o.StartsWith("Ledger: 9 parties", StringComparison.Ordinal), "ToString stays short outside HTML");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-incidents\"") && o.Contains(">Nagorno-Karabakh, Stepanakert, Lachin corridor</td>"),
            "a view of incidents names their places from its ledger");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-incident\"") && o.Contains("Ministry of Defence of Azerbaijan"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-claims\"") && o.Contains("Hin Tagher") && !o.Contains(">ru-mod</td>"),
            "a view of claims names their speakers and places from its ledger");
        outputs.Should().Contain(o => o.Contains("class=\"place-names\"") && o.Contains("<td>Hin Tagher</td>") && o.Contains("<td>Chaylaggala</td>"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-place\"") && o.Contains("<strong>Shusha</strong>") && o.Contains("Шуша"),
            "a place found by its Russian name shows as a card");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-party\"") && o.Contains("<strong>Russia</strong>"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-source\"") && o.Contains("<strong>Russian Ministry of Defence</strong>"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-contradiction\"") && o.Contains("<table")
            && o.Contains("Red Ministry of Defence") && o.Contains("Blue Ministry of Defence"));
        outputs.Should().Contain(o => o.Contains("Blue Ministry of Defence revised its figure for") && o.Contains("1 person on 3 May 2024, then 4 people on 4 May 2024, then 9 people on 5 May 2024"),
            "a corrected count is shown as a revision with every figure");
    }

    [Fact]
    public async Task Parukh_ShowsTheDenialTableWithBothSpeakers_AndAPlotlyTimeline()
    {
        List<string> outputs = await RunAsync("02-parukh-march-2022.ipynb");

        outputs.Should().Contain(o => o.Contains("class=\"claimledger-claims\"") && o.Contains(">Russian Ministry of Defence</td>") && o.Contains(">Artak Beglaryan</td>"));

        string denial = outputs.Should().ContainSingle(o => o.Contains("class=\"claimledger-contradiction\"") && o.Contains("Ministry of Defence of Azerbaijan")).Subject;
        denial.Should().Contain("<strong style=\"color:#cf222e\">Denial</strong>")
            .And.Contain("<table").And.Contain("Russian Ministry of Defence").And.Contain("Ministry of Defence of Azerbaijan")
            .And.Contain("Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-contradiction\"") && o.Contains("Artak Beglaryan"));
        outputs.Should().Contain(o => o.Contains("class=\"side-by-side\"") && o.Contains("Russia") && o.Contains("Azerbaijan") && o.Contains("Artsakh"));
        outputs.Should().Contain(o => o.Contains("class=\"side-by-side\"") && o.Contains("not: Azerbaijan withdrew from Parukh") && !o.Contains("denies that"),
            "claims are written in the library's wording, Ledger.Describe(claim)");
        outputs.Should().Contain(o => o.Contains("Plotly.newPlot") && o.Contains("When each statement about Parukh was made") && o.Contains("2022-03-27"),
            "the timeline is a Plotly chart on a date axis");
    }

    [Fact]
    public async Task PartiesAndSources_ChartsTheMatrixTheYearlyCountsAndTheBeliefs_WithPlotly()
    {
        List<string> outputs = await RunAsync("03-parties-and-sources.ipynb");

        outputs.Should().Contain(o => o.Contains("Plotly.newPlot") && o.Contains("\"type\":\"heatmap\"") && o.Contains("Contradictions between parties"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-party-matrix\"") && o.Contains("Russia") && o.Contains("Azerbaijan"),
            "the matrix is the library's PartyMatrix, shown by its formatter");
        outputs.Should().Contain(o => o.Contains("Plotly.newPlot") && o.Contains("Contradictions per pair of parties") && o.Contains("Russia / Azerbaijan")
            && o.Contains("Azerbaijan (within)") && !o.Contains("Azerbaijan / Russia"), "the pairs are PartyMatrix.Pairs, each once");
        outputs.Should().Contain(o => o.Contains("Plotly.newPlot") && o.Contains("Claims per party per year") && o.Contains("2020") && o.Contains("2022"));
        outputs.Should().Contain(o => o.Contains("class=\"most-contradicted\"") && o.Contains("Russian Ministry of Defence"));
        outputs.Count(o => o.Contains("Plotly.newPlot")).Should().BeGreaterThanOrEqualTo(5);
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-corroboration\"")
            && o.Contains("affirmed by 1 independent voice (Russia)") && o.Contains("denied by 2 independent voices (Artsakh, Azerbaijan) across opposing sides"));
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-credibility-suggestion\"") && o.Contains("parukh-ru-mod-withdrawn"));
        string beliefs = outputs.Should().Contain(o => o.Contains("Plotly.newPlot") && o.Contains("Belief in each contested proposition")).Subject;
        beliefs.Should().Contain("Azerbaijan withdrew from Parukh").And.MatchRegex(@"""range"":\[0\.0,100\.0\]", "belief is drawn on a 0-100 % axis");
        outputs.Should().Contain(o => o.Contains("class=\"claimledger-source-score\"") && o.Contains("Russian Ministry of Defence") && o.Contains(" %"));
    }

    private async Task<List<string>> RunAsync(string notebook)
    {
        JsonNode produced = await KernelNotebookRunner.RunAsync(package, notebook);
        List<string> outputs = KernelNotebookRunner.Outputs(produced);

        // No result may fall back to a raw object tree; chart data (JSON for plotly.js) is left out of this check.
        foreach (string output in outputs.Where(o => !o.Contains("Plotly.newPlot", StringComparison.Ordinal)))
        {
            output.Should().NotMatchRegex(@"\w+ \{ \w+ = ", "a record's ToString is a raw object tree")
                .And.NotMatchRegex(@"\d\.\d{6,}", "numbers are rounded for reading")
                .And.NotContain("dni-plaintext\"><pre>{", "no object is dumped as its properties");
        }

        string committedPath = Repository.PathOf("samples", "notebooks", notebook);
        string text = KernelNotebookRunner.Serialize(produced);
        if (!KernelNotebookRunner.SameOutputs(File.ReadAllText(committedPath), text))
        {
            string received = Path.ChangeExtension(committedPath, ".received.ipynb");
            File.WriteAllText(received, text);
            Assert.Fail($"{notebook} is not committed with the outputs of the current code; {Path.GetFileName(received)} has them: move it over {notebook}.");
        }

        return outputs;
    }
}

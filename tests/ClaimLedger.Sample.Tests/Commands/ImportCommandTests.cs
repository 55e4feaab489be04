using ClaimLedger.Serialization;

namespace ClaimLedger.Sample.Tests.Commands;

/// <summary><c>import</c>: a spreadsheet of claims into a ledger file, all or nothing.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Claims = """
        id,incident,speaker,relays,stated,subject,predicate,object,place,time,stance,quantity,quote,citation_url,note
        ru-withdrawal,parukh-2022,ru-mod,,27 March 2022,party:azerbaijan,withdrew-from,place:parukh,,27 March 2022,affirms,,the Azerbaijani forces had withdrawn,https://example.org/a,
        az-denial,parukh-2022,az-mod,,27 March 2022,party:azerbaijan,withdrew-from,place:parukh,,27 March 2022,denies,,denying that its troops had withdrawn,,
        """;

    private const string Sources = "id,name,kind,party\nru-mod,Russian Ministry of Defence,military,russia\naz-mod,Azerbaijani Ministry of Defence,military,azerbaijan\n";

    private const string Places = "id,name,aliases\nparukh,Parukh,Farrukh\n";

    private const string Incidents = "id,title,when,places\nparukh-2022,Parukh,24-25 March 2022,parukh\n";

    private readonly TempDirectory _temp = new();

    private string[] Args(string claims, params string[] more) =>
    [
        "import", _temp.Write("claims.csv", claims), "--sources", _temp.Write("sources.csv", Sources), "--places", _temp.Write("places.csv", Places),
        "--incidents", _temp.Write("incidents.csv", Incidents), .. more,
    ];

    [Fact]
    public void Import_HandWrittenCsv_WritesALedgerWhoseContradictionsTheConsoleShows()
    {
        string file = _temp.File("mine.json");

        SampleRun.Of(Args(Claims, "--out", file)).ShouldSucceed().Flat.Should().Be(
            $"Wrote the ledger (5 parties · 2 sources · 1 place · 1 incident · 2 claims · 1 contradiction) to {file}.");

        LedgerFile.Load(file).Claims.Should().HaveCount(2);
        SampleRun.Of("contradictions", "--ledger", file).ShouldSucceed().Flat.Should().Contain(
            "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; Azerbaijani Ministry of Defence denied it on 27 March 2022.");
    }

    [Fact]
    public void Import_BadCells_ListsEachWithRowAndColumn_AndWritesNothing()
    {
        string file = _temp.File("mine.json");
        string bad = Claims.Replace("27 March 2022,party:azerbaijan,withdrew-from,place:parukh,,27 March 2022,denies", "someday,party:azerbaijan,withdrew-from,place:parukh,,27 March 2022,maybe", StringComparison.Ordinal);

        SampleRun run = SampleRun.Of(Args(bad, "--out", file)).ShouldFail(3);

        run.ErrLines[0].Should().Be("error: nothing was imported: the CSV has 2 problems:");
        run.ErrLines[1].Should().Contain("claims.csv, row 3, column stated: ");
        run.ErrLines[2].Should().Contain("claims.csv, row 3, column stance: 'maybe' is not allowed here");
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public void ExportCsv_ThenImport_KeepsEveryClaim()
    {
        string csv = _temp.File("claims.csv");
        string ledger = _temp.File("back.json");
        string bundledWithoutClaims = _temp.File("base.json");
        SampleRun.Of("export", "--format", "csv", "--out", csv).ShouldSucceed();
        var bundled = LedgerFile.Parse(SampleRun.Of("export").Out);
        LedgerFile.Save(new LedgerBuilder().Add(bundled.ToBatch() with { Claims = [] }).Build(), bundledWithoutClaims);

        SampleRun.Of("import", csv, "--ledger", bundledWithoutClaims, "--out", ledger).ShouldSucceed();

        LedgerFile.Load(ledger).Claims.Should().Equal(bundled.Claims);
    }

    [Fact]
    public void ExportClaimReview_ThenImport_YieldsTheClaimsOfTheReviews()
    {
        string reviews = _temp.File("reviews.json");
        string ledger = _temp.File("reviewed.json");
        SampleRun.Of("export", "--format", "claimreview", "--claim", Expected.ParukhRussianClaim, "--review-url", "https://fc.example/p", "--reviewer", "FC", "--out", reviews).ShouldSucceed();

        SampleRun.Of("import", reviews, "--format", "claimreview", "--incident", "parukh-2022", "--out", ledger).ShouldSucceed();

        Claim claim = LedgerFile.Load(ledger).Claims.Should().ContainSingle().Subject;
        claim.Id.Should().Be(new ClaimId(Expected.ParukhRussianClaim));
        claim.Attribution.Quote.Should().Be(Expected.ParukhRussianQuote);
    }

    [Fact]
    public void ImportClaimReview_Malformed_ListsTheProblemsWithTheirPaths()
    {
        string file = _temp.Write("bad.json", "[{\"@type\":\"ClaimReview\",\"itemReviewed\":{\"author\":{}}}]");

        SampleRun run = SampleRun.Of("import", file, "--format", "claimreview", "--incident", "i", "--out", _temp.File("x.json")).ShouldFail(3);

        run.Err.Should().Contain("$[0].claimReviewed").And.Contain("$[0].itemReviewed.author.name");
    }

    [Fact]
    public void ImportClaimReview_WithoutIncident_IsAUsageError() =>
        SampleRun.Of("import", _temp.Write("r.json", "{}"), "--format", "claimreview", "--out", _temp.File("x.json")).ShouldFail(2).Err.Should().Contain("needs --incident");

    [Fact]
    public void Import_WithoutOut_IsAUsageError() =>
        SampleRun.Of(Args(Claims)).ShouldFail(2);

    [Fact]
    public void Import_MissingFile_ExitsThree() =>
        SampleRun.Of("import", _temp.File("nothing.csv"), "--out", _temp.File("x.json")).ShouldFail(3).Err.Should().Contain("there is no such file");

    public void Dispose() => _temp.Dispose();
}

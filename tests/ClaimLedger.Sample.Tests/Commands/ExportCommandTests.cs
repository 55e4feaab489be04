using System.Text.Json;
using ClaimLedger.Data;
using ClaimLedger.Serialization;

namespace ClaimLedger.Sample.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Export_ToStdout_IsTheLibrarysFileFormat()
    {
        SampleRun run = SampleRun.Of("export").ShouldSucceed();

        run.Out.Should().Be(LedgerFile.ToJson(BundledLedgers.NagornoKarabakh));
        run.Json.GetProperty("format").GetString().Should().Be("claimledger");
    }

    [Fact]
    public void Export_ThenValidate_RoundTrips()
    {
        string file = _temp.File("exported.json");

        SampleRun.Of("export", "--out", file).ShouldSucceed().Flat.Should().Be(
            $"Wrote the ledger (9 parties · 49 sources · 39 places · 36 incidents · 208 claims · 14 contradictions) to {file}.");
        SampleRun.Of("validate", file).ShouldSucceed();
        File.ReadAllText(file).Should().Be(SampleRun.Of("export").Out);
    }

    [Fact]
    public void Export_ThenLedger_FindsTheSameContradictions()
    {
        string file = _temp.File("exported.json");
        SampleRun.Of("export", "--out", file).ShouldSucceed();

        SampleRun.Of("contradictions", "--ledger", file, "--format", "json").ShouldSucceed().Out
            .Should().Be(SampleRun.Of("contradictions", "--format", "json").Out);
    }

    [Fact]
    public void Export_OutWithJson_SummarisesAsJson()
    {
        string file = _temp.File("exported.json");

        JsonElement summary = SampleRun.Of("export", "--out", file, "--format", "json").ShouldSucceed().Json;

        summary.GetProperty("file").GetString().Should().Be(file);
        summary.GetProperty("counts").GetProperty("claims").GetInt32().Should().Be(208);
    }

    [Fact]
    public void Export_ToStdoutAsMarkdown_IsAUsageError() =>
        SampleRun.Of("export", "--format", "markdown").ShouldFail(2).Err.Should().Contain("'export' writes the ledger file format (JSON) to stdout");

    [Fact]
    public void Export_IntoAMissingFolder_ExitsThree()
    {
        string file = Path.Combine(_temp.Path, "no-such-folder", "out.json");

        SampleRun.Of("export", "--out", file).ShouldFail(3).Err.Should().StartWith($"error: cannot write '{file}': ");
    }

    [Fact]
    public void Export_Csv_IsTheClaimsOneRowEach()
    {
        string[] lines = SampleRun.Of("export", "--format", "csv").ShouldSucceed().Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().StartWith("id,incident,speaker,relays,stated,subject,predicate,object,place,time,stance,quantity,quote,citation_url,note,");
        lines.Should().HaveCount(209);
    }

    [Fact]
    public void Export_ClaimReviewOfParukh_IsJsonLdWithTheFinding()
    {
        string id = SampleRun.Of("contradictions", "--format", "json").Json.EnumerateArray()
            .Single(c => c.GetProperty("explanation").GetString() == Expected.ParukhExplanation).GetProperty("id").GetString()!;

        JsonElement reviews = SampleRun.Of("export", "--format", "claimreview", "--contradiction", id, "--review-url", "https://fc.example/parukh", "--reviewer", "Example Fact Check").ShouldSucceed().Json;

        reviews.GetArrayLength().Should().Be(2);
        JsonElement russian = reviews.EnumerateArray().Single(r => r.GetProperty("itemReviewed").GetProperty("identifier").GetString() == Expected.ParukhRussianClaim);
        russian.GetProperty("@type").GetString().Should().Be("ClaimReview");
        russian.GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().Be("Contradicted by Ministry of Defence of Azerbaijan");
    }

    [Theory]
    [InlineData("--reviewer", "X")]
    [InlineData("--review-url", "https://fc.example/")]
    public void Export_ClaimReviewWithoutItsOptions_IsAUsageError(string option, string value) =>
        SampleRun.Of("export", "--format", "claimreview", option, value).ShouldFail(2).Err.Should().Contain("--format claimreview needs");

    [Fact]
    public void Export_ReviewOptionWithoutClaimReview_IsAUsageError() =>
        SampleRun.Of("export", "--reviewer", "X").ShouldFail(2).Err.Should().Contain("--reviewer applies only to --format claimreview");

    [Fact]
    public void Export_ClaimReviewOfAClaim_ToAFile_IsWrittenAtomically()
    {
        string file = _temp.File("review.json");

        SampleRun.Of("export", "--format", "claimreview", "--claim", Expected.ParukhAzerbaijaniClaim, "--review-url", "https://fc.example/p", "--reviewer", "X", "--out", file).ShouldSucceed();

        JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("claimReviewed").GetString().Should().StartWith("It is not the case that Azerbaijan withdrew from Parukh");
        Directory.GetFiles(_temp.Path).Should().ContainSingle();
    }

    public void Dispose() => _temp.Dispose();
}

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

    public void Dispose() => _temp.Dispose();
}

using ClaimLedger.Sample.Cli;

namespace ClaimLedger.Sample.Tests.Commands;

/// <summary>Empty paths, directories and unwritable targets are usage errors with clear text, never "failed unexpectedly".</summary>
public sealed class BadPathTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Validate_EmptyPath_IsAUsageError() =>
        SampleRun.Of("validate", "").ShouldFail(ExitCodes.Usage).Err.Should().Be(Messages.EmptyPath("validate") + "\n");

    [Fact]
    public void Ledger_EmptyPath_IsAUsageError() =>
        SampleRun.Of("report", "--ledger", "").ShouldFail(ExitCodes.Usage).Err.Should().Be(Messages.EmptyPath("--ledger") + "\n");

    [Fact]
    public void ExportOut_EmptyPath_IsAUsageError() =>
        SampleRun.Of("export", "--out", "").ShouldFail(ExitCodes.Usage).Err.Should().Be(Messages.EmptyPath("--out") + "\n");

    [Fact]
    public void Validate_Directory_SaysItIsADirectory() =>
        SampleRun.Of("validate", _temp.Path).ShouldFail(ExitCodes.Usage).Err.Should().Be(Messages.ReadDirectory(_temp.Path) + "\n");

    [Fact]
    public void Ledger_Directory_SaysItIsADirectory() =>
        SampleRun.Of("sources", "--ledger", _temp.Path).ShouldFail(ExitCodes.Usage).Err.Should().Be(Messages.ReadDirectory(_temp.Path) + "\n");

    [Fact]
    public void ExportOut_Directory_SuggestsAFileInIt()
    {
        SampleRun run = SampleRun.Of("export", "--out", _temp.Path).ShouldFail(ExitCodes.Usage);

        run.Err.Should().Be(Messages.WriteDirectory(_temp.Path) + "\n");
        Directory.GetFiles(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void ExportOut_MissingFolder_SaysSoWithoutDotNetText()
    {
        string file = Path.Combine(_temp.Path, "missing", "ledger.json");

        SampleRun.Of("export", "--out", file).ShouldFail(ExitCodes.CannotLoad).Err.Should().Be(Messages.NoSuchDirectory(file) + "\n");
    }

    [Fact]
    public void Contradictions_FullWidthDigitsInFrom_IsAUsageErrorNotAStackTrace()
    {
        FuzzyDate.TryParse("\uFF12 March 2022", null, out _, out string? error).Should().BeFalse();

        SampleRun run = SampleRun.Of("contradictions", "--from", "\uFF12 March 2022").ShouldFail(ExitCodes.Usage);

        run.Err.Should().Contain(error).And.NotContain("   at ");
    }

    public void Dispose() => _temp.Dispose();
}

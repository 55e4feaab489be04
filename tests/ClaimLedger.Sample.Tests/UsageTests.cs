namespace ClaimLedger.Sample.Tests;

/// <summary>Help for every command, and the errors of a wrong command line.</summary>
public class UsageTests
{
    public static TheoryData<string> Commands => new() { "report", "contradictions", "incident", "sources", "places", "validate", "export", "import" };

    [Fact]
    public void Help_ListsEveryCommandAndTheCommonOptions()
    {
        SampleRun run = SampleRun.Of("--help").ShouldSucceed();

        run.Out.Should().Contain("Usage:\n  ClaimLedger.Sample [command] [options]");
        run.Out.Should().ContainAll("report", "contradictions", "incident <id>", "sources", "places", "validate <file>", "export");
        run.Out.Should().ContainAll("--ledger <file>", "--format <text|json|markdown|csv|claimledger|claimreview>");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_ForEachCommand_ShowsItsUsageAndTheCommonOptions(string command)
    {
        SampleRun run = SampleRun.Of(command, "--help").ShouldSucceed();

        run.Out.Should().Contain($"Usage:\n  ClaimLedger.Sample {command}");
        run.Out.Should().Contain("--format <text|json|markdown|csv|claimledger|claimreview>");
    }

    [Fact]
    public void Help_ForContradictions_ShowsEveryFilter() =>
        SampleRun.Of("contradictions", "-h").ShouldSucceed().Out.Should().ContainAll("--party", "--incident", "--kind", "--place", "--from", "--to");

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        SampleRun run = SampleRun.Of("contradictions", "--colour").ShouldFail(2);

        run.ErrLines.Should().Equal("error: Unrecognized command or argument '--colour'.", "Run 'ClaimLedger.Sample contradictions --help' for usage.");
    }

    [Fact]
    public void UnknownCommand_IsAUsageError() =>
        SampleRun.Of("contradiction").ShouldFail(2).ErrLines.Should().Equal(
            "error: Unrecognized command or argument 'contradiction'.", "Run 'ClaimLedger.Sample --help' for usage.");

    [Fact]
    public void UnknownFormat_IsAUsageError() =>
        SampleRun.Of("places", "--format", "yaml").ShouldFail(2).ErrLines[0].Should().Be("error: --format: 'yaml' is not one of text, json, markdown, csv, claimledger, claimreview.");
}

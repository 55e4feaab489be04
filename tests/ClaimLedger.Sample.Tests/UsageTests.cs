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
        string formats = command switch
        {
            "contradictions" => "text|json|markdown|csv",
            "export" => "text|json|markdown|csv|claimledger|claimreview",
            "import" => "text|json|markdown|claimreview",
            _ => "text|json|markdown",
        };
        run.Out.Should().Contain($"--format <{formats}>", "a command's help lists only the formats it writes");
    }

    [Fact]
    public void Help_ForContradictions_ShowsEveryFilter() =>
        SampleRun.Of("contradictions", "-h").ShouldSucceed().Out.Should().ContainAll("--party", "--incident", "--kind", "--place", "--from", "--to");

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        SampleRun run = SampleRun.Of("contradictions", "--colour").ShouldFail(2);

        run.ErrLines.Should().Equal("error: '--colour' is not a command or option here.", "Run 'ClaimLedger.Sample contradictions --help' for usage.");
    }

    [Fact]
    public void UnknownCommand_IsAUsageError() =>
        SampleRun.Of("contradiction").ShouldFail(2).ErrLines.Should().Equal(
            "error: 'contradiction' is not a command or option here; did you mean 'contradictions'?", "Run 'ClaimLedger.Sample --help' for usage.");

    [Fact]
    public void UnknownFormat_IsAUsageError() =>
        SampleRun.Of("places", "--format", "yaml").ShouldFail(2).ErrLines[0].Should().Be("error: --format: 'yaml' is not one of text, json, markdown.");

    [Theory]
    [InlineData("contradictons", "contradictions")]
    [InlineData("placs", "places")]
    [InlineData("incidnt", "incident")]
    public void MisspeltCommand_SuggestsTheCommand(string typed, string meant) =>
        SampleRun.Of(typed).ShouldFail(2).ErrLines[0].Should().Be($"error: '{typed}' is not a command or option here; did you mean '{meant}'?");

    [Fact]
    public void MisspeltCommand_SaysNothingOfItsArgument() =>
        SampleRun.Of("incidnt", "parukh-2022").ShouldFail(2).ErrLines.Should().Equal(
            "error: 'incidnt' is not a command or option here; did you mean 'incident'?", "Run 'ClaimLedger.Sample --help' for usage.");

    [Fact]
    public void MisspeltOption_SuggestsTheOptionAndSaysNothingOfItsValue() =>
        SampleRun.Of("contradictions", "--partie", "russia").ShouldFail(2).ErrLines.Should().Equal(
            "error: '--partie' is not a command or option here; did you mean '--party'?", "Run 'ClaimLedger.Sample contradictions --help' for usage.");

    [Theory]
    [InlineData("JSON")]
    [InlineData("Json")]
    public void Format_AnyCase_IsAccepted(string format) =>
        SampleRun.Of("places", "--format", format).ShouldSucceed().Json.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array);

    [Fact]
    public void Kind_AnyCase_IsAccepted() =>
        SampleRun.Of("contradictions", "--kind", "DENIAL").ShouldSucceed().Out.Should().Contain("match kind denial");

    [Fact]
    public void Help_ForValidate_ListsNoLedgerOption() =>
        SampleRun.Of("validate", "--help").ShouldSucceed().Out.Should().NotContain("--ledger");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_ForEachCommand_EndsWithExamples(string command)
    {
        string help = SampleRun.Of(command, "--help").ShouldSucceed().Out;

        string examples = help[help.IndexOf("Examples:\n", StringComparison.Ordinal)..];
        examples.Split('\n').Count(l => l.StartsWith($"  ClaimLedger.Sample {command}", StringComparison.Ordinal)).Should().BeInRange(2, 3);
    }
}

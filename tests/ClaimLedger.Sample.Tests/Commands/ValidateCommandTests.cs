using System.Text.Json;

namespace ClaimLedger.Sample.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    /// <summary>A file cut off after the opening bracket of <c>parties</c> on line 4.</summary>
    private const string TruncatedJson = "{\n  \"format\": \"claimledger\",\n  \"version\": 1,\n  \"parties\": [";

    private const string WrongTypes =
        "{\n  \"format\": \"claimledger\",\n  \"version\": 1,\n  \"parties\": [ { \"id\": \"x\", \"name\": 3 } ],\n  \"claims\": [ { \"id\": \"c1\" } ]\n}\n";

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Validate_ValidFile_ExitsZeroAndSaysWhatItHolds()
    {
        string file = _temp.File("ledger.json");
        SampleRun.Of("export", "--out", file).ShouldSucceed();

        SampleRun.Of("validate", file).ShouldSucceed().Flat.Should().Be(
            $"{file}: a valid ledger (9 parties · 49 sources · 39 places · 36 incidents · 208 claims · 14 contradictions). "
            + $"{file}: note: 36 predicates of the ledger's own link to no other, so their claims meet only claims of the same predicate: "
            + "'signed' (5 claims), 'led' (3 claims), 'clashed-with' (2 claims), 'committed-to' (2 claims), 'demined' (2 claims), 'enabled' (2 claims), "
            + "'intended' (2 claims), 'intervened' (2 claims), 'monitored' (2 claims), 'pressured' (2 claims) and 26 more. "
            + "Where one words or implies a notion the vocabulary has, declare sameAs, inverseOf or entails.");
    }

    [Fact]
    public void Validate_InvalidJson_ExitsOneWithTheLineAndPosition()
    {
        string file = _temp.Write("truncated.json", TruncatedJson);

        SampleRun run = SampleRun.Of("validate", file);

        run.ExitCode.Should().Be(1);
        run.Err.Should().BeEmpty();
        run.Out.Should().Be($"{file}: 1 problem\n{file}: parties (line 4, position 14): the document ends early: it is truncated or not closed [syntax]\n");
    }

    [Fact]
    public void Validate_WrongTypesAndMissingFields_ListsEveryProblem()
    {
        string file = _temp.Write("wrong.json", WrongTypes);

        SampleRun run = SampleRun.Of("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().StartWith($"{file}: 4 problems\n");
        run.Out.Should().Contain($"{file}: parties[0].name (line 4, position 37): expected a string, found a number '3' [syntax]\n");
        run.Out.Should().Contain($"{file}: claims[0].incident (line 5, position 28): 'incident' is required here [required]\n");
    }

    [Fact]
    public void Validate_Json_GivesEachProblemsFields()
    {
        string file = _temp.Write("wrong.json", WrongTypes);

        SampleRun run = SampleRun.Of("validate", file, "--format", "json");

        run.ExitCode.Should().Be(1);
        JsonElement result = run.Json;
        result.GetProperty("valid").GetBoolean().Should().BeFalse();
        result.GetProperty("counts").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement first = result.GetProperty("problems")[0];
        first.GetProperty("path").GetString().Should().Be("parties[0].name");
        first.GetProperty("code").GetString().Should().Be("syntax");
        first.GetProperty("line").GetInt32().Should().Be(4);
        first.GetProperty("position").GetInt32().Should().Be(37);
        first.GetProperty("attemptedValue").GetString().Should().Be("3");
    }

    [Fact]
    public void Validate_Markdown_IsATableOfProblems()
    {
        string file = _temp.Write("truncated.json", TruncatedJson);

        SampleRun.Of("validate", file, "-f", "markdown").Out.Should().Contain("| `parties` | 4 | 14 | `syntax` | the document ends early: it is truncated or not closed |");
    }

    [Fact]
    public void Validate_MissingFile_ExitsThree()
    {
        string file = _temp.File("nowhere.json");

        SampleRun.Of("validate", file).ShouldFail(3).Err.Should().Be($"error: cannot read '{file}': there is no such file.\n");
    }

    [Fact]
    public void Validate_AFolder_IsAUsageErrorThatSaysSo() =>
        SampleRun.Of("validate", _temp.Path).ShouldFail(2).Err.Should().Be($"{ClaimLedger.Sample.Cli.Messages.ReadDirectory(_temp.Path)}\n");

    [Fact]
    public void Validate_WithLedgerOption_IsAUsageError() =>
        SampleRun.Of("validate", "a.json", "--ledger", "b.json").ShouldFail(2).Err.Should().Contain("leave out --ledger");

    public void Dispose() => _temp.Dispose();
}

using System.Text.Json;
using ClaimLedger.Serialization;

namespace ClaimLedger.Sample.Tests.Commands;

/// <summary><c>--ledger &lt;file&gt;</c>: every command on the user's own ledger file.</summary>
public sealed class LedgerOptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Ledger_SavedFile_IsWhatEveryCommandWorksOn()
    {
        string file = _temp.File("mine.json");
        LedgerFile.Save(SmallLedger(), file);

        SampleRun report = SampleRun.Of("--ledger", file).ShouldSucceed();
        report.Out.Should().StartWith("Village X, 2024\n");
        report.Out.Should().Contain("2 parties · 2 sources · 1 place · 1 incident · 2 claims · 1 contradiction");
        report.Flat.Should().Contain(
            "Blue ministry said on 2 May 2024 that Red withdrew from Village X on 1 May 2024; later, Red ministry denied it on 3 May 2024 (a later denial by another speaker).");

        JsonElement contradiction = SampleRun.Of("contradictions", "-l", file, "-f", "json").ShouldSucceed().Json.EnumerateArray().Single();
        contradiction.GetProperty("kind").GetString().Should().Be("reversal", "another speaker denied it after the claim");
        contradiction.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("quote").GetString()).Should().Equal("Red has left.", "We never left.");

        SampleRun.Of("incident", "x-2024", "--ledger", file).ShouldSucceed().Out.Should().Contain("2 claims, side by side");
        SampleRun.Of("sources", "--ledger", file, "-f", "json").ShouldSucceed().Json.GetArrayLength().Should().Be(2);
        SampleRun.Of("places", "--ledger", file).ShouldSucceed().Out.Should().Contain("Village X").And.Contain("Iks");
        SampleRun.Of("incident", "parukh-2022", "--ledger", file).ShouldFail(2);
    }

    [Fact]
    public void Ledger_MayComeBeforeTheCommand() =>
        SampleRun.Of("--ledger", Save(), "places", "-f", "json").ShouldSucceed().Json.GetArrayLength().Should().Be(1);

    [Fact]
    public void Ledger_MissingFile_ExitsThree()
    {
        string file = _temp.File("missing.json");

        SampleRun.Of("contradictions", "--ledger", file).ShouldFail(3).Err.Should().Be($"error: cannot read '{file}': there is no such file.\n");
    }

    [Fact]
    public void Ledger_InvalidJson_ExitsThreeWithEachProblemOnItsOwnLine()
    {
        string file = _temp.Write("broken.json", "{\n  \"format\": \"claimledger\",\n  \"version\": 1,\n  \"parties\": [ { \"id\": \"x\" \"name\": \"X\" } ]\n}\n");

        SampleRun run = SampleRun.Of("report", "--ledger", file).ShouldFail(3);

        run.ErrLines.Should().HaveCount(2);
        run.ErrLines[0].Should().Be($"error: '{file}' is not a ledger the library can load (1 problem):");
        run.ErrLines[1].Should().StartWith($"{file}: parties[0].id (line 4, position 28): invalid JSON: ").And.EndWith("[syntax]");
    }

    public void Dispose() => _temp.Dispose();

    private string Save()
    {
        string file = _temp.File("small.json");
        LedgerFile.Save(SmallLedger(), file);
        return file;
    }

    /// <summary>Two parties, one incident, a claim and its denial.</summary>
    private static Ledger SmallLedger()
    {
        var attribution = (string speaker, string stated, string quote) =>
            new Attribution(speaker) { Stated = FuzzyDate.Parse(stated), Quote = quote };
        var withdrew = new Proposition(Term.Party("red"), "withdrew-from", Term.Place("x")) { Time = FuzzyDate.Parse("1 May 2024") };
        return new LedgerBuilder { Title = "Village X, 2024" }
            .AddParty(new Party("blue", "Blue"), new Party("red", "Red"))
            .AddSource(
                new Source("blue-mod", "Blue ministry", SourceKind.Government) { Party = "blue" },
                new Source("red-mod", "Red ministry", SourceKind.Government) { Party = "red" })
            .AddPlace(new Place("x", "Village X") { Aliases = ["Iks"] })
            .AddIncident(new Incident("x-2024", "Village X") { When = FuzzyDate.Parse("May 2024"), Places = ["x"] })
            .AddClaim(
                new Claim("blue-says-left", "x-2024", attribution("blue-mod", "2 May 2024", "Red has left."), withdrew),
                new Claim("red-denies", "x-2024", attribution("red-mod", "3 May 2024", "We never left."), withdrew, Stance.Denies))
            .Build();
    }
}

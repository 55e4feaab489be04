using System.Text.Json;
using ClaimLedger.Serialization;

namespace ClaimLedger.Sample.Tests.Commands;

public sealed class RevisionsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Revisions_BundledDataSet_SaysThereAreNone() =>
        SampleRun.Of("revisions").ShouldSucceed().Out.Should().StartWith("No figure was revised.\n");

    [Fact]
    public void Revisions_CorrectedCount_ShowsEveryFigureAndWhichStands()
    {
        string file = Corrected();

        SampleRun text = SampleRun.Of("revisions", "--ledger", file).ShouldSucceed();
        text.Out.Should().StartWith("1 revised figure.\n");
        text.Flat.Should().Contain("1 person").And.Contain("superseded").And.Contain("9 people").And.Contain("stands");

        JsonElement json = SampleRun.Of("revisions", "--ledger", file, "-f", "json").ShouldSucceed().Json;
        JsonElement figures = json.EnumerateArray().Single().GetProperty("figures");
        figures.EnumerateArray().Select(f => f.GetProperty("figure").GetString()).Should().Equal("1 person", "4 people", "9 people");
        figures.EnumerateArray().Select(f => f.GetProperty("stands").GetBoolean()).Should().Equal(false, false, true);

        SampleRun.Of("revisions", "--ledger", file, "-f", "markdown").ShouldSucceed().Out.Should().StartWith("# Revisions\n").And.Contain("| 9 people |");
        SampleRun.Of("contradictions", "--ledger", file, "-f", "json").ShouldSucceed().Json.GetArrayLength().Should().Be(0, "a revision is not a contradiction");
    }

    private string Corrected()
    {
        Claim Wounded(string id, string stated, string figure) =>
            new(id, "x-2024", new Attribution("blue-mod") { Stated = FuzzyDate.Parse(stated) },
                new Proposition(Term.Party("red"), "wounded", Term.Text("people")))
            { Quantity = Quantity.Parse(figure) };
        Ledger ledger = new LedgerBuilder()
            .AddParty(new Party("red", "Red"), new Party("blue", "Blue"))
            .AddSource(new Source("blue-mod", "Blue ministry", SourceKind.Military) { Party = "blue" })
            .AddIncident(new Incident("x-2024", "Shelling of X") { When = FuzzyDate.Parse("1 May 2024") })
            .AddClaim(Wounded("w1", "1 May 2024", "1 person"), Wounded("w4", "2 May 2024", "4 people"), Wounded("w9", "3 May 2024", "9 people"))
            .Build();
        string file = _temp.File("corrected.json");
        LedgerFile.Save(ledger, file);
        return file;
    }
}

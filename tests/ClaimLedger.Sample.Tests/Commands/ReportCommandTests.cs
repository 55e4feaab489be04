using System.Text.Json;

namespace ClaimLedger.Sample.Tests.Commands;

public class ReportCommandTests
{
    [Fact]
    public void NoArguments_Text_ShowsCountsWhoContradictsWhomEveryContradictionAndTheTimeline()
    {
        SampleRun run = SampleRun.Of().ShouldSucceed();

        string[] lines = run.Out.Split('\n');
        lines[0].Should().Be(Expected.Title);
        run.Out.Should().Contain("9 parties · 49 sources · 39 places · 36 incidents · 208 claims · 14 contradictions");
        run.Out.Should().ContainAll("Who contradicts whom", "Contradictions, by incident", "Incidents in time order");
        run.Out.Should().MatchRegex(@"\n  Russia +Azerbaijan +2 +denial, opposite characterisations\n", "a pair names first the party the ledger lists first");
        string pairs = run.Out[run.Out.IndexOf("Who contradicts whom", StringComparison.Ordinal)..run.Out.IndexOf("Contradictions, by incident", StringComparison.Ordinal)];
        pairs.Should().NotContain("(no party)", "the pairs are PartyMatrix's, and a speaker with no party is in no pair");
        run.Flat.Should().Contain(Expected.ParukhExplanation);
        run.Out.Should().Contain("── Parukh · parukh-2022 ─");
        run.Out.Should().Contain("│ A  Azerbaijan withdrew").And.Contain("Russia · 27 March 2022").And.Contain("Azerbaijan · March 2022");
        run.Out.Should().Contain("Russian officials").And.Contain("via TASS");
    }

    [Fact]
    public void NoArguments_Text_IsPlainAndFitsTheWidth()
    {
        SampleRun run = SampleRun.Of().ShouldSucceed();

        run.Out.Should().NotContain("\u001b[", "redirected output has no colour codes");
        run.Out.Split('\n').Should().OnlyContain(line => line.Length <= 100 && !line.EndsWith(' '));
    }

    [Fact]
    public void NoArguments_TimelineIsInTimeOrder()
    {
        string text = SampleRun.Of().ShouldSucceed().Out;
        string timeline = text[text.IndexOf("Incidents in time order", StringComparison.Ordinal)..];

        int ceasefire = timeline.IndexOf("ceasefire-2020", StringComparison.Ordinal);
        int hadrut = timeline.IndexOf("hadrut-pocket-2020", StringComparison.Ordinal);
        int parukh = timeline.IndexOf("parukh-2022", StringComparison.Ordinal);
        int withdrawal = timeline.IndexOf("peacekeepers-withdrawal-2024", StringComparison.Ordinal);
        new[] { ceasefire, hadrut, parukh, withdrawal }.Should().BeInAscendingOrder().And.NotContain(-1);
    }

    [Fact]
    public void Report_IsWhatRunsWithNoCommand() =>
        SampleRun.Of("report").ShouldSucceed().Out.Should().Be(SampleRun.Of().Out);

    [Fact]
    public void Report_Json_HoldsCountsPairsContradictionsAndIncidents()
    {
        JsonElement report = SampleRun.Of("report", "--format", "json").ShouldSucceed().Json;

        report.GetProperty("title").GetString().Should().Be(Expected.Title);
        report.GetProperty("counts").GetProperty("claims").GetInt32().Should().Be(208);
        report.GetProperty("counts").GetProperty("contradictions").GetInt32().Should().Be(14);
        report.GetProperty("contradictions").GetArrayLength().Should().Be(14);
        report.GetProperty("incidents").GetArrayLength().Should().Be(36);
        report.GetProperty("incidents")[0].GetProperty("id").GetString().Should().Be("second-karabakh-war-2020");
        report.GetProperty("partyPairs").EnumerateArray().Should().Contain(p =>
            p.GetProperty("first").GetString() == "russia" && p.GetProperty("second").GetString() == "azerbaijan"
            && p.GetProperty("contradictions").GetInt32() == 2);
        report.GetProperty("contradictions").EnumerateArray().Select(c => c.GetProperty("explanation").GetString())
            .Should().Contain(Expected.ParukhExplanation);
    }

    [Fact]
    public void Report_Markdown_HasHeadingsTablesAndTheExplanationOnOneLine()
    {
        string markdown = SampleRun.Of("report", "-f", "markdown").ShouldSucceed().Out;

        markdown.Should().StartWith($"# {Expected.Title}\n");
        markdown.Should().Contain("\n## Who contradicts whom\n").And.Contain("\n## Incidents in time order\n");
        markdown.Should().Contain("\n### Parukh (`parukh-2022`)\n");
        markdown.Should().Contain($"\n{Expected.ParukhExplanation}\n");
        markdown.Should().Contain("| Party | Against | Contradictions | Kinds |");
    }
}

using System.Text.Json;

namespace ClaimLedger.Sample.Tests.Commands;

public class SourcesCommandTests
{
    [Fact]
    public void Sources_Json_GivesEachSourcesPartyClaimsAndWhoContradictsIt()
    {
        JsonElement sources = SampleRun.Of("sources", "--format", "json").ShouldSucceed().Json;

        sources.GetArrayLength().Should().Be(49);
        JsonElement mod = sources.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "ru-mod");
        mod.GetProperty("name").GetString().Should().Be("Russian Ministry of Defence");
        mod.GetProperty("kind").GetString().Should().Be("military");
        mod.GetProperty("party").GetString().Should().Be("russia");
        mod.GetProperty("claims").GetInt32().Should().Be(7);
        mod.GetProperty("contradicted").GetInt32().Should().Be(2);
        mod.GetProperty("contradictedBy").EnumerateArray().Select(o => o.GetProperty("speakerId").GetString()).Should().BeEquivalentTo("az-mod", "beglaryan");
        JsonElement tass = sources.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "tass");
        tass.GetProperty("relayed").GetInt32().Should().Be(4);
        tass.GetProperty("contradicted").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Sources_Text_IsATableWithWhoContradictsEach()
    {
        SampleRun run = SampleRun.Of("sources").ShouldSucceed();

        run.Out.Should().MatchRegex(@"Source +Party, kind +Claims +Contra\. +Contradicted by");
        run.Out.Should().MatchRegex(@"\n  TASS +Russia +0 +0 +—\n  tass +state media +\+4 relayed\n");
        run.Out.Should().MatchRegex(@"\n  Russian Ministry of +Russia +7 +2 +Artak Beglaryan \(1\),\n  Defence +military +Ministry of Defence of\n");
    }

    [Fact]
    public void Sources_Markdown_IsATable() =>
        SampleRun.Of("sources", "--format", "markdown").ShouldSucceed().Out
            .Should().Contain("| Russian Ministry of Defence | `ru-mod` | military | Russia | 7 | 0 | 2 | Artak Beglaryan (1), Ministry of Defence of Azerbaijan (1) |");
}

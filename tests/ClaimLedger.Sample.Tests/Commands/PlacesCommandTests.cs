using System.Text.Json;

namespace ClaimLedger.Sample.Tests.Commands;

public class PlacesCommandTests
{
    [Fact]
    public void Places_Json_ListsEveryPlaceWithItsAliases()
    {
        JsonElement places = SampleRun.Of("places", "--format", "json").ShouldSucceed().Json;

        places.GetArrayLength().Should().Be(39);
        JsonElement hinTagher = places.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "hin-tagher");
        hinTagher.GetProperty("name").GetString().Should().Be("Hin Tagher");
        hinTagher.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Kohne Taghlar");
        hinTagher.GetProperty("claims").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Places_Text_ShowsAliases()
    {
        SampleRun run = SampleRun.Of("places").ShouldSucceed();

        run.Out.Should().MatchRegex(@"Place +Kind, in +Aliases +Claims");
        run.Flat.Should().Contain("Hin Tagher").And.Contain("Kohne Taghlar");
    }

    [Fact]
    public void Places_Markdown_IsATable() =>
        SampleRun.Of("places", "-f", "markdown").ShouldSucceed().Out.Should().StartWith("# Places\n").And.MatchRegex(@"\| Hin Tagher \| `hin-tagher` \| [^|]+ \| [^|]+ \| [^|]*Kohne Taghlar");
}

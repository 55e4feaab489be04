using System.Text.Json;

namespace ClaimLedger.Sample.Tests.Commands;

public class IncidentCommandTests
{
    [Fact]
    public void Incident_Text_ShowsEveryClaimSideBySideAndTheContradictions()
    {
        SampleRun run = SampleRun.Of("incident", "parukh-2022").ShouldSucceed();

        run.Out.Should().StartWith("Parukh\nparukh-2022 · 24–25 March 2022 · Parukh");
        run.Out.Should().Contain("11 claims, side by side").And.Contain("2 contradictions");
        run.Out.Should().Contain("│ Says (claim id)").And.Contain(Expected.ParukhRussianClaim).And.Contain("not: Azerbaijan withdrew from");
        run.Out.Should().Contain("Artak Beglaryan").And.Contain("Artsakh · 30 March 2022");
        run.Flat.Should().Contain(Expected.ParukhExplanation);
    }

    [Fact]
    public void Incident_Json_HasTheIncidentItsClaimsAndItsContradictions()
    {
        JsonElement incident = SampleRun.Of("incident", "parukh-2022", "--format", "json").ShouldSucceed().Json;

        incident.GetProperty("id").GetString().Should().Be("parukh-2022");
        incident.GetProperty("when").GetProperty("text").GetString().Should().Be("24–25 March 2022");
        incident.GetProperty("places").EnumerateArray().Select(p => p.GetString()).Should().Contain("Parukh");
        incident.GetProperty("claims").GetArrayLength().Should().Be(11);
        JsonElement denial = incident.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == Expected.ParukhAzerbaijaniClaim);
        denial.GetProperty("stance").GetString().Should().Be("denies");
        denial.GetProperty("says").GetString().Should().Be("not: Azerbaijan withdrew from Parukh (27 March 2022)");
        incident.GetProperty("contradictions").EnumerateArray().Select(c => c.GetProperty("explanation").GetString()).Should().Contain(Expected.ParukhExplanation);
    }

    [Fact]
    public void Incident_Markdown_HasATableOfClaims()
    {
        string markdown = SampleRun.Of("incident", "parukh-2022", "--format", "markdown").ShouldSucceed().Out;

        markdown.Should().StartWith("# Parukh\n").And.Contain("## Claims (11)").And.Contain("## Contradictions (2)");
        markdown.Should().Contain($"| `{Expected.ParukhAzerbaijaniClaim}` | not: Azerbaijan withdrew from Parukh (27 March 2022) | Ministry of Defence of Azerbaijan | Azerbaijan |");
    }

    [Fact]
    public void Incident_UnknownId_IsAUsageErrorThatSuggestsIds()
    {
        SampleRun.Of("incident", "hadrut").ShouldFail(2).Err.Should().Be(
            "error: the ledger has no incident 'hadrut'; did you mean 'hadrut-2020-12-08', 'hadrut-clashes-2020', 'hadrut-pocket-2020', 'hadrut-pows-2020'?\n");
        SampleRun.Of("incident", "atlantis 2020").ShouldFail(2).Err.Should().Be(
            "error: the ledger has no incident 'atlantis 2020'; 'report' lists every incident with its id.\n");
    }

    [Fact]
    public void Incident_WithoutId_IsAUsageError() =>
        SampleRun.Of("incident").ShouldFail(2).Err.Should().StartWith("error: Required argument 'id' missing for command: 'incident'.");
}

using System.Text.Json;

namespace ClaimLedger.Sample.Tests.Commands;

public class ContradictionsCommandTests
{
    private static readonly string[] ClaimFields = ["id", "speaker", "party", "outlet", "stated", "stance", "quote"];

    [Fact]
    public void Contradictions_Text_ListsEveryContradictionWithSidesAndQuotes()
    {
        SampleRun run = SampleRun.Of("contradictions").ShouldSucceed();

        run.Out.Should().StartWith("14 contradictions.\n");
        run.Flat.Should().Contain(Expected.ParukhExplanation);
        run.Out.Should().Contain("Denial · c-").And.Contain("Mutual blame · c-").And.Contain("Incompatible quantities · c-");
        run.Out.Should().Contain("│ B  it is not the case").And.Contain("Ministry of Defence of");
        run.Out.Should().Contain("“denying that its troops had withdrawn");
    }

    [Fact]
    public void Contradictions_Json_IsAnArrayWithTheDocumentedFields()
    {
        JsonElement all = SampleRun.Of("contradictions", "--format", "json").ShouldSucceed().Json;

        all.ValueKind.Should().Be(JsonValueKind.Array);
        all.GetArrayLength().Should().Be(14);
        foreach (JsonElement c in all.EnumerateArray())
        {
            c.GetProperty("id").GetString().Should().MatchRegex("^c-[0-9a-f]{32}$");
            c.GetProperty("kind").GetString().Should().BeOneOf(
                "denial", "retraction", "reversal", "incompatible-values", "mutual-blame", "incompatible-quantities", "opposite-characterisations");
            c.GetProperty("incident").GetString().Should().NotBeNullOrEmpty();
            c.GetProperty("explanation").GetString().Should().NotBeNullOrEmpty();
            c.GetProperty("claims").GetArrayLength().Should().BeGreaterThan(1);
            foreach (JsonElement claim in c.GetProperty("claims").EnumerateArray())
            {
                claim.EnumerateObject().Select(p => p.Name).Should().Contain(ClaimFields, $"claim {claim} should have every documented field");
            }
        }
    }

    /// <summary>The README documents this shape; a change here is a breaking change for scripts and must be deliberate.</summary>
    [Fact]
    public void Contradictions_Json_ShapeIsTheDocumentedOne()
    {
        JsonElement first = SampleRun.Of("contradictions", "--format", "json").Json[0];

        first.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "kind", "incident", "incidentTitle", "incidents", "time", "parties", "explanation", "sides", "claims");
        first.GetProperty("sides")[0].EnumerateObject().Select(p => p.Name).Should().Equal("position", "parties", "claims");
        first.GetProperty("claims")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "incident", "speaker", "speakerId", "party", "partyName", "outlet", "stated", "stance", "says", "quantity", "quote", "citations");
        first.GetProperty("time").EnumerateObject().Select(p => p.Name).Should().Equal("text", "earliest", "latest", "precision");
        first.GetProperty("claims")[0].GetProperty("citations")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "url", "title", "publisher", "published", "section", "archiveUrl", "relay");
    }

    [Fact]
    public void Contradictions_Json_DatesCarryIsoDaysAndPrecision_AndClaimsTheirCitations()
    {
        JsonElement parukh = SampleRun.Of("contradictions", "--format", "json").Json.EnumerateArray()
            .Single(c => c.GetProperty("explanation").GetString() == Expected.ParukhExplanation);

        JsonElement stated = Claim(parukh, Expected.ParukhAzerbaijaniClaim).GetProperty("stated");
        stated.GetProperty("text").GetString().Should().Be("March 2022");
        stated.GetProperty("earliest").GetString().Should().Be("2022-03-01");
        stated.GetProperty("latest").GetString().Should().Be("2022-03-31");
        stated.GetProperty("precision").GetString().Should().Be("month");
        JsonElement citation = Claim(parukh, Expected.ParukhRussianClaim).GetProperty("citations")[0];
        citation.GetProperty("url").GetString().Should().StartWith("https://en.wikipedia.org/wiki/");
        citation.GetProperty("section").GetString().Should().Be("Ceasefire violations › 2022");
    }

    [Fact]
    public void Contradictions_Csv_OneRowEach_WithKindTimeSidesAndClaims()
    {
        string[] lines = SampleRun.Of("contradictions", "--format", "csv", "--incident", "parukh-2022").ShouldSucceed().Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("id,kind,incidents,time,time_earliest,time_latest,parties,sides,side_parties,side_claims,claims,tentative,explanation");
        lines.Skip(1).Should().Contain(l => l.Contains(",denial,parukh-2022,27 March 2022,2022-03-27,2022-03-27,", StringComparison.Ordinal)
            && l.Contains($"{Expected.ParukhRussianClaim} | {Expected.ParukhAzerbaijaniClaim}", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_Csv_IsAUsageError() =>
        SampleRun.Of("places", "--format", "csv").ShouldFail(2).Err.Should().Contain("error: --format: 'csv' is not one of text, json, markdown.");

    [Fact]
    public void Csv_BeforeACommandThatCannotWriteIt_IsAUsageErrorNamingTheCommand() =>
        SampleRun.Of("--format", "csv", "places").ShouldFail(2).Err.Should().Contain("'places' cannot write --format csv");

    [Fact]
    public void Contradictions_Json_ParukhDenialHasBothSpeakersWithPartyDateStanceAndQuote()
    {
        JsonElement parukh = SampleRun.Of("contradictions", "--format", "json").Json.EnumerateArray()
            .Single(c => c.GetProperty("explanation").GetString() == Expected.ParukhExplanation);

        parukh.GetProperty("kind").GetString().Should().Be("denial");
        parukh.GetProperty("incident").GetString().Should().Be("parukh-2022");
        parukh.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).Should().Equal("azerbaijan", "russia");
        JsonElement russian = Claim(parukh, Expected.ParukhRussianClaim);
        russian.GetProperty("speaker").GetString().Should().Be("Russian Ministry of Defence");
        russian.GetProperty("party").GetString().Should().Be("russia");
        russian.GetProperty("outlet").ValueKind.Should().Be(JsonValueKind.Null);
        russian.GetProperty("stated").GetProperty("text").GetString().Should().Be("27 March 2022");
        russian.GetProperty("stance").GetString().Should().Be("affirms");
        russian.GetProperty("quote").GetString().Should().Be(Expected.ParukhRussianQuote);
        JsonElement azerbaijani = Claim(parukh, Expected.ParukhAzerbaijaniClaim);
        azerbaijani.GetProperty("speaker").GetString().Should().Be("Ministry of Defence of Azerbaijan");
        azerbaijani.GetProperty("party").GetString().Should().Be("azerbaijan");
        azerbaijani.GetProperty("stated").GetProperty("text").GetString().Should().Be("March 2022");
        azerbaijani.GetProperty("stance").GetString().Should().Be("denies");
        azerbaijani.GetProperty("quote").GetString().Should().Be(Expected.ParukhAzerbaijaniQuote);
        parukh.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("claims")[0].GetString())
            .Should().Equal(Expected.ParukhRussianClaim, Expected.ParukhAzerbaijaniClaim);
    }

    [Fact]
    public void Contradictions_Json_OutletIsTheRelayChainAndNullsAreWrittenOut()
    {
        JsonElement quantities = SampleRun.Of("contradictions", "-f", "json", "--kind", "incompatible-quantities").ShouldSucceed().Json.EnumerateArray().Single();

        JsonElement relayed = Claim(quantities, "dep-1960-tass");
        relayed.GetProperty("speaker").GetString().Should().Be("Russian officials");
        relayed.GetProperty("outlet").GetString().Should().Be("TASS");
        relayed.GetProperty("stated").ValueKind.Should().Be(JsonValueKind.Null, "the article gives no date for it");
        Claim(quantities, "dep-1960-own").GetProperty("party").ValueKind.Should().Be(JsonValueKind.Null, "the article speaks for no party");
    }

    [Fact]
    public void Contradictions_Markdown_GroupsByIncidentWithATableOfSides()
    {
        string markdown = SampleRun.Of("contradictions", "--format", "markdown").ShouldSucceed().Out;

        markdown.Should().StartWith("# Contradictions\n\n14 contradictions.\n");
        markdown.Should().Contain("\n## Parukh (`parukh-2022`)\n").And.Contain("\n### Denial · `c-");
        markdown.Should().Contain("| Side | Speaker | Party | Outlet | Stated | Quote |");
        markdown.Should().Contain($"| Azerbaijan withdrew from Parukh | Russian Ministry of Defence | Russia | — | 27 March 2022 | “{Expected.ParukhRussianQuote}” ([Wikipedia § Ceasefire violations › 2022](https://en.wikipedia.org/wiki/Russian_peacekeeping_operation_in_Nagorno-Karabakh)) |");
    }

    [Fact]
    public void Party_GivenTwice_KeepsOnlyThatPairOnOppositeSides()
    {
        string[] explanations = Explanations("--party", "russia", "--party", "Azerbaijani");

        explanations.Should().HaveCount(2).And.Contain(Expected.ParukhExplanation);
        explanations.Should().Contain(e => e.Contains("Sarybaba", StringComparison.Ordinal));
    }

    [Fact]
    public void Party_GivenOnce_KeepsEveryContradictionWithThatParty() =>
        Ids("--party", "turkey").Should().ContainSingle();

    [Theory]
    [InlineData("mutual-blame", 1)]
    [InlineData("denial", 3)]
    [InlineData("reversal", 1)]
    public void Kind_KeepsThatKindOnly(string kind, int count)
    {
        JsonElement found = SampleRun.Of("contradictions", "--kind", kind, "-f", "json").ShouldSucceed().Json;

        found.EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Should().HaveCount(count).And.OnlyContain(k => k == kind);
    }

    [Fact]
    public void Kind_Repeated_KeepsEither() =>
        Ids("--kind", "mutual-blame", "--kind", "reversal").Should().HaveCount(2);

    [Fact]
    public void Incident_KeepsThatIncidentsContradictions()
    {
        JsonElement found = SampleRun.Of("contradictions", "--incident", "parukh-2022", "-f", "json").ShouldSucceed().Json;

        found.GetArrayLength().Should().Be(2);
        found.EnumerateArray().Should().OnlyContain(c => c.GetProperty("incidents").EnumerateArray().Any(i => i.GetString() == "parukh-2022"));
    }

    [Theory]
    [InlineData("Kohne Taghlar")]
    [InlineData("hin-tagher")]
    public void Place_ByAliasOrId_KeepsContradictionsAboutIt(string place)
    {
        string[] found = Explanations("--place", place);

        found.Should().Contain(e => e.StartsWith("Only one value of \"controls\" can hold for Hin Tagher", StringComparison.Ordinal));
        found.Should().NotContain(Expected.ParukhExplanation);
    }

    [Fact]
    public void FromAndTo_KeepContradictionsThatMayFallInThePeriod()
    {
        string[] march2022 = Explanations("--from", "March 2022", "--to", "March 2022");

        march2022.Should().Contain(Expected.ParukhExplanation);
        march2022.Should().NotContain(e => e.Contains("Hadrut", StringComparison.Ordinal));
        Explanations("--to", "November 2020").Should().NotContain(Expected.ParukhExplanation);
        Explanations("--from", "2023").Should().NotContain(Expected.ParukhExplanation);
    }

    [Fact]
    public void Filters_Text_SaysHowManyMatch() =>
        SampleRun.Of("contradictions", "--party", "russia", "--party", "azerbaijan").ShouldSucceed().Out
            .Should().StartWith("2 of 14 contradictions match Russia against Azerbaijan.\n");

    [Fact]
    public void Kind_Unknown_IsAUsageErrorThatListsTheKinds()
    {
        SampleRun run = SampleRun.Of("contradictions", "--kind", "lies").ShouldFail(2);

        run.ErrLines[0].Should().Be(
            "error: --kind: 'lies' is not one of denial, retraction, reversal, incompatible-values, mutual-blame, incompatible-quantities, opposite-characterisations.");
        run.ErrLines[1].Should().Be("Run 'ClaimLedger.Sample contradictions --help' for usage.");
    }

    [Theory]
    [InlineData("--party", "atlantis", "error: the ledger has no party 'atlantis'")]
    [InlineData("--place", "El Dorado", "error: the ledger has no place 'El Dorado'")]
    [InlineData("--incident", "parukh", "error: the ledger has no incident 'parukh'; did you mean 'parukh-2022'?")]
    [InlineData("--from", "Marchember 2022", "error: --from: Cannot read 'Marchember 2022' as a date")]
    [InlineData("--to", "since 2022", "error: --to: 'since 2022' has no end")]
    public void BadFilterValue_IsAUsageError(string option, string value, string message) =>
        SampleRun.Of("contradictions", option, value).ShouldFail(2).ErrLines[0].Should().StartWith(message);

    [Fact]
    public void FromAfterTo_IsAUsageError() =>
        SampleRun.Of("contradictions", "--from", "2023", "--to", "2021").ShouldFail(2).Err
            .Should().Be("error: --from '2023' is after --to '2021'.\n");

    [Fact]
    public void Party_ThreeTimes_IsAUsageError() =>
        SampleRun.Of("contradictions", "-p", "russia", "-p", "armenia", "-p", "turkey").ShouldFail(2).Err
            .Should().Contain("--party was given 3 times");

    private static JsonElement Claim(JsonElement contradiction, string id) =>
        contradiction.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static string[] Explanations(params string[] filters) =>
        [.. SampleRun.Of(["contradictions", "--format", "json", .. filters]).ShouldSucceed().Json.EnumerateArray().Select(c => c.GetProperty("explanation").GetString()!)];

    private static string[] Ids(params string[] filters) =>
        [.. SampleRun.Of(["contradictions", "--format", "json", .. filters]).ShouldSucceed().Json.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
}

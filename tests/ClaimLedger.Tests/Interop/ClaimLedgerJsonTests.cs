using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using ClaimLedger.Data;
using ClaimLedger.Interop.Json;

namespace ClaimLedger.Tests.Interop;

/// <summary>The System.Text.Json converters: the shapes a web app returns, pinned.</summary>
public class ClaimLedgerJsonTests
{
    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.AddClaimLedgerConverters();

    private static Contradiction Parukh => BundledLedgers.NagornoKarabakh
        .FindContradictions(new ContradictionFilter { Incident = "parukh-2022", Kinds = [ContradictionKind.Denial] })
        .First(c => c.Involves("parukh-ru-mod-withdrawn") && c.Involves("parukh-az-mod-denies-withdrawal"));

    [Fact]
    public void Serialize_Ids_AreTheirText_AlsoAsKeys()
    {
        var map = new Dictionary<SourceId, ClaimId> { ["ru-mod"] = "parukh-ru-mod-withdrawn" };

        JsonSerializer.Serialize(new PartyId("russia"), Compact).Should().Be("\"russia\"");
        JsonSerializer.Serialize(map, Compact).Should().Be("{\"ru-mod\":\"parukh-ru-mod-withdrawn\"}");
        JsonSerializer.Deserialize<Dictionary<SourceId, ClaimId>>("{\"ru-mod\":\"x\"}", Compact)!["ru-mod"].Should().Be(new ClaimId("x"));
    }

    [Theory]
    [InlineData("\"has space\"")]
    [InlineData("3")]
    public void Deserialize_BadId_ThrowsWithThePath(string json)
    {
        Action act = () => JsonSerializer.Deserialize<Holder<PlaceId>>($"{{\"value\":{json}}}", Compact);

        act.Should().Throw<JsonException>().Where(e => e.Path == "$.value");
    }

    [Fact]
    public void Serialize_FuzzyDate_CarriesTextIsoDaysAndPrecision()
    {
        JsonSerializer.Serialize(FuzzyDate.Parse("24-25 March 2022"), Compact)
            .Should().Be("{\"text\":\"24–25 March 2022\",\"earliest\":\"2022-03-24\",\"latest\":\"2022-03-25\",\"precision\":\"day-range\"}");
        JsonSerializer.Serialize(FuzzyDate.Parse("since 5 March 2022"), Compact)
            .Should().Be("{\"text\":\"since 5 March 2022\",\"earliest\":\"2022-03-05\",\"latest\":null,\"precision\":\"since\"}");
    }

    [Theory]
    [InlineData("\"mid-December 2020\"")]
    [InlineData("{\"text\":\"mid-December 2020\",\"earliest\":\"1999-01-01\"}")]
    public void Deserialize_FuzzyDate_FromTextOrObject_ReadsTheText(string json)
    {
        JsonSerializer.Deserialize<FuzzyDate>(json, Compact).Should().Be(FuzzyDate.Parse("mid-December 2020"));
    }

    [Fact]
    public void Deserialize_UnreadableDate_ThrowsWithTheParsersMessage()
    {
        Action act = () => JsonSerializer.Deserialize<Holder<FuzzyDate>>("{\"value\":\"30 February 2021\"}", Compact);

        act.Should().Throw<JsonException>().Where(e => e.Path == "$.value" && e.Message.Contains("February", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_Quantity_CarriesTextAndParts_AndReadsBack()
    {
        Quantity quantity = Quantity.Parse("at least 3 servicemen");

        string json = JsonSerializer.Serialize(quantity, Compact);

        json.Should().Be("{\"text\":\"at least 3 servicemen\",\"bound\":\"at-least\",\"value\":3,\"upperValue\":null,\"unit\":\"servicemen\",\"wording\":null}");
        JsonSerializer.Deserialize<Quantity>(json, Compact).Should().Be(quantity);
    }

    [Fact]
    public void Serialize_Term_IsKindColonValue_AndReadsBack()
    {
        JsonSerializer.Serialize(Term.Text("Armenian POWs"), Compact).Should().Be("\"text:Armenian POWs\"");
        JsonSerializer.Deserialize<Term>("\"party:azerbaijan\"", Compact).Should().Be(Term.Party("azerbaijan"));
    }

    [Fact]
    public void Serialize_Claim_HasNoNodaTimeInternals_AndRoundTrips()
    {
        Claim claim = BundledLedgers.NagornoKarabakh.GetClaim("parukh-ru-mod-withdrawn") with
        {
            Quantity = null,
        };
        claim = claim with { Attribution = claim.Attribution with { Citations = [Citation.Of("https://example.org/a") with { Accessed = new LocalDate(2026, 12, 1) }] } };

        string json = JsonSerializer.Serialize(claim, Compact);
        JsonNode node = JsonNode.Parse(json)!;

        node["id"]!.GetValue<string>().Should().Be("parukh-ru-mod-withdrawn");
        node["attribution"]!["speaker"]!.GetValue<string>().Should().Be("ru-mod");
        node["attribution"]!["stated"]!["earliest"]!.GetValue<string>().Should().Be("2022-03-27");
        node["attribution"]!["citations"]![0]!["accessed"]!.GetValue<string>().Should().Be("2026-12-01");
        node["proposition"]!["subject"]!.GetValue<string>().Should().Be("party:azerbaijan");
        node["stance"]!.GetValue<string>().Should().Be("affirms");
        json.Should().NotContain("YearMonthDay").And.NotContain("Calendar");
        JsonSerializer.Deserialize<Claim>(json, Compact).Should().Be(claim);
    }

    [Fact]
    public void Serialize_Contradiction_LeavesOutTheLedger_AndNamesSidesAndClaims()
    {
        Contradiction parukh = Parukh;

        string json = JsonSerializer.Serialize(parukh, Compact);
        JsonNode node = JsonNode.Parse(json)!;

        node.AsObject().Select(p => p.Key).Should().Equal("id", "kind", "rule", "topic", "time", "incidents", "parties", "explanation", "isTentative", "sides", "claims");
        node["kind"]!.GetValue<string>().Should().Be("denial");
        node["sides"]!.AsArray().Should().HaveCount(parukh.Sides.Length);
        node["claims"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).Should().Equal(parukh.Claims.Select(c => c.Id.Value));
        json.Length.Should().BeLessThan(20_000, "the ledger it was found in is not part of it");
        json.Should().NotContain("\"ledger\"");
    }

    [Fact]
    public void ContradictionLedger_IsIgnoredByBothSerializers_WithoutTheConverters()
    {
        var property = typeof(Contradiction).GetProperty(nameof(Contradiction.Ledger))!;

        property.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false).Should().BeTrue();
        property.IsDefined(typeof(Newtonsoft.Json.JsonIgnoreAttribute), false).Should().BeTrue();
    }

    [Fact]
    public void Deserialize_Contradiction_IsRefused()
    {
        Action act = () => JsonSerializer.Deserialize<Contradiction>("{}", Compact);

        act.Should().Throw<JsonException>().WithMessage("*cannot be read back*");
    }

    [Fact]
    public void Serialize_Ledger_IsALedgerFile_AndReadsBack()
    {
        Ledger ledger = TestData.Build(TestData.Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh"));

        string json = JsonSerializer.Serialize(new Holder<Ledger>(ledger), Compact);
        Ledger back = JsonSerializer.Deserialize<Holder<Ledger>>(json, Compact)!.Value;

        JsonNode.Parse(json)!["value"]!["format"]!.GetValue<string>().Should().Be("claimledger");
        back.Claims.Should().Equal(ledger.Claims);
    }

    [Fact]
    public void Deserialize_BadLedger_ThrowsWithItsProblems()
    {
        Action act = () => JsonSerializer.Deserialize<Ledger>("{\"format\":\"claimledger\",\"version\":3,\"claims\":[{\"id\":\"x\"}]}", Compact);

        act.Should().Throw<JsonException>().WithMessage("*claims[0].incident*");
    }

    [Fact]
    public void Options_AreReadOnly_AndIndented()
    {
        ClaimLedgerJson.Options.IsReadOnly.Should().BeTrue();
        JsonSerializer.Serialize(new Holder<PartyId>("russia"), ClaimLedgerJson.Options).Should().Be("{\n  \"value\": \"russia\"\n}");
    }

    public static TheoryData<string> Results => new() { "revisions", "agreement", "corroboration", "suggestion", "truth", "matrix" };

    [Theory]
    [MemberData(nameof(Results))]
    public void Serialize_OtherResults_WriteNeitherTheLedgerNorNodaTimeInternals(string which)
    {
        Ledger seed = BundledLedgers.NagornoKarabakh;
        var withdrew = new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")) { Time = FuzzyDate.Parse("27 March 2022") };
        object result = which switch
        {
            "revisions" => seed.FindRevisions(),
            "agreement" => ContradictionEngine.Default.AgreementOn(seed, "parukh-ru-mod-withdrawn"),
            "corroboration" => IndependenceAnalyzer.Default.Corroborate(seed, withdrew),
            "suggestion" => IndependenceAnalyzer.Default.SuggestCredibility(seed, "parukh-ru-mod-withdrawn"),
            "truth" => TruthDiscovery.Default.Run(seed).BeliefIn(withdrew)!,
            _ => PartyMatrix.Of(seed).Pairs,
        };

        string json = JsonSerializer.Serialize(result, result.GetType(), Compact);

        json.Should().NotContain("YearMonthDay").And.NotContain("\"format\":\"claimledger\"");
        json.Length.Should().BeLessThan(100_000);
    }

    /// <summary>A value inside an object, so that errors have a path.</summary>
    public sealed record Holder<T>(T Value);
}

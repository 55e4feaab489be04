using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests;

public class LedgerTests
{
    private static readonly Ledger Sample = Build(
        Claim("w", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022", relays: ["tass"]),
        Claim("d", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies),
        Claim("h", "artsakh-gov", "party:azerbaijan", "captured", "place:hin-tagher", "hadrut-2020", time: "12 December 2020"),
        Claim("n", "yeni-safak", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: "over five thousand people"));

    [Theory]
    [InlineData("kohne taghlar", "hin-tagher")]
    [InlineData("KOHNE-TAGHLAR", "hin-tagher")]
    [InlineData("Hin Tagher", "hin-tagher")]
    [InlineData("Katirci", "katirci-hill")]
    [InlineData("xankendi", "stepanakert")]
    [InlineData("Khankendi", "stepanakert")]
    public void FindPlace_AnyAliasIgnoringCaseAndDiacritics_FindsPlace(string name, string expected) =>
        Sample.FindPlace(name)!.Id.Value.Should().Be(expected);

    [Fact]
    public void FindPlace_UnknownName_ReturnsNull() => Sample.FindPlace("Atlantis").Should().BeNull();

    [Theory]
    [InlineData("Russian defence ministry")]
    [InlineData("russian defense ministry")]
    [InlineData("Russian Ministry of Defence")]
    public void FindSource_AnyVariant_FindsSource(string name) => Sample.FindSource(name)!.Id.Value.Should().Be("ru-mod");

    [Fact]
    public void FindParty_Alias_FindsParty() => Sample.FindParty("azerbaijani")!.Id.Value.Should().Be("azerbaijan");

    [Fact]
    public void ClaimsAbout_Incident_ReturnsItsClaims() => Sample.ClaimsAbout("parukh-2022").Select(c => c.Id.Value).Should().Equal("w", "d");

    [Fact]
    public void ClaimsBy_WithRelayed_IncludesWhatTheOutletRelayed()
    {
        Sample.ClaimsBy("tass").Should().BeEmpty();
        Sample.ClaimsBy("tass", includeRelayed: true).Select(c => c.Id.Value).Should().Equal("w");
        Sample.ClaimsBy("ru-mod").Select(c => c.Id.Value).Should().Equal("w");
    }

    [Fact]
    public void ClaimsByParty_ReturnsClaimsOfItsSpeakers() => Sample.ClaimsByParty("azerbaijan").Select(c => c.Id.Value).Should().Equal("d");

    [Fact]
    public void ClaimsAt_PlaceIncludesPlacesWithinIt()
    {
        Sample.ClaimsAt("parukh").Select(c => c.Id.Value).Should().Equal("w", "d");
        Sample.ClaimsAtPlaceNamed("Farrukh").Select(c => c.Id.Value).Should().Equal("w", "d");
        Sample.ClaimsAtPlaceNamed("parukh-2022").Should().BeEmpty("an identifier that is no place's name finds nothing by name");
        Sample.ClaimsAt(new PlaceId("hadrut")).Select(c => c.Id.Value).Should().Equal("h");
        Sample.ClaimsAtPlaceNamed("Karabakh").Select(c => c.Id.Value).Should().Equal("w", "d", "h", "n");
    }

    [Fact]
    public void ClaimsDuring_ComparesByInterval()
    {
        Sample.ClaimsDuring(FuzzyDate.Parse("March 2022")).Select(c => c.Id.Value).Should().Equal("w", "d");
        Sample.ClaimsDuring(FuzzyDate.Parse("2020")).Select(c => c.Id.Value).Should().Equal("h", "n");
    }

    [Fact]
    public void ClaimsWith_Predicate() => Sample.ClaimsWith("captured").Select(c => c.Id.Value).Should().Equal("h");

    [Fact]
    public void TimeOf_ClaimWithoutOwnTime_TakesIncidentTime() =>
        Sample.TimeOf(Sample.GetClaim("d"))!.ToString().Should().Be("24–25 March 2022");

    [Fact]
    public void GetClaim_Unknown_ThrowsWithName()
    {
        var act = () => Sample.GetClaim("nope");
        act.Should().Throw<KeyNotFoundException>().WithMessage("The ledger has no claim 'nope'.");
    }

    [Fact]
    public void Add_ReturnsNewLedgerAndLeavesThisOneUnchanged()
    {
        Ledger bigger = Sample.Add(new LedgerBatch { Claims = [Claim("x", "reuters", "party:azerbaijan", "attacked", "party:armenia")] });

        bigger.Claims.Should().HaveCount(5);
        Sample.Claims.Should().HaveCount(4);
        bigger.ClaimsBy("reuters").Should().ContainSingle();
    }

    [Fact]
    public void ToBatch_RoundTripsThroughBuilder()
    {
        Ledger copy = new LedgerBuilder().Add(Sample.ToBatch()).Build();

        copy.Claims.Should().Equal(Sample.Claims);
        copy.Predicates.Should().Equal(Sample.Predicates);
        copy.ToString().Should().Be(Sample.ToString());
    }

    [Fact]
    public void NameOfAndDescribe_UseTheLedgersNames()
    {
        Sample.NameOf(Term.Party("azerbaijan")).Should().Be("Azerbaijan");
        Sample.NameOf(Term.Place("hin-tagher")).Should().Be("Hin Tagher");
        Sample.NameOf(Term.Party("atlantis")).Should().Be("atlantis");
        Sample.Describe(Sample.GetClaim("w").Proposition).Should().Be("Azerbaijan withdrew from Parukh on 27 March 2022");
    }

    [Fact]
    public void Caption_PutsTheTimeInBrackets_AndOnlyWhenThereIsOne()
    {
        Sample.Caption(Sample.GetClaim("w").Proposition).Should().Be("Azerbaijan withdrew from Parukh (27 March 2022)");
        Sample.Caption(Sample.GetClaim("d").Proposition).Should().Be("Azerbaijan withdrew from Parukh");
        Sample.Caption(Sample.GetClaim("h").Proposition).Should().Be("Azerbaijan captured Hin Tagher (12 December 2020)");
    }

    [Fact]
    public void DescribeClaim_IsTheCaption_AfterNotForADenial_WithoutSpeakerOrFigure()
    {
        Sample.Describe(Sample.GetClaim("w")).Should().Be("Azerbaijan withdrew from Parukh (27 March 2022)", "the relay is who said it, not what");
        Sample.Describe(Sample.GetClaim("d")).Should().Be("not: Azerbaijan withdrew from Parukh");
        Sample.Describe(Sample.GetClaim("d") with { Proposition = Sample.GetClaim("w").Proposition })
            .Should().Be("not: Azerbaijan withdrew from Parukh (27 March 2022)");
        Sample.Describe(Sample.GetClaim("n")).Should().Be(Sample.Caption(Sample.GetClaim("n").Proposition)).And.NotContain("5,000");
    }

    [Fact]
    public void DescribeClaim_UnknownTerms_UseTheirIdentifiers() =>
        Ledger.Empty.Describe(Sample.GetClaim("d")).Should().Be("not: azerbaijan withdrew from parukh");

    [Theory]
    [InlineData("parukh-2022", true)]
    [InlineData("Kohne Taghlar", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_ChecksTextWithoutThrowing(string? text, bool valid)
    {
        IncidentId.IsValid(text).Should().Be(valid);
        PlaceId.IsValid(text).Should().Be(valid);
    }

    [Fact]
    public void Ledger_IsSafeToReadFromManyThreads()
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 64, _ => results.Add(Sample.ClaimsAtPlaceNamed("Karabakh").Count + Sample.FindContradictionsCount()));
        results.Should().OnlyContain(n => n == results.First());
    }
}

internal static class LedgerTestExtensions
{
    internal static int FindContradictionsCount(this Ledger ledger) => ClaimLedger.Contradictions.LedgerContradictionExtensions.FindContradictions(ledger).Length;
}

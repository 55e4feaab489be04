using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

public class IndependenceAnalyzerTests
{
    private static readonly IndependenceAnalyzer Analyzer = IndependenceAnalyzer.Default;

    [Fact]
    public void Corroborate_Parukh_StayedAccountIsBackedByOpposingSides()
    {
        Corroboration c = Analyzer.Corroborate(Parukh.Ledger, Parukh.Withdrawal.Id);

        c.Affirming.Voices.Select(v => v.Speaker.Value).Should().Equal("ru-mod");
        c.Affirming.Parties.Select(p => p.Value).Should().Equal("russia");
        c.Affirming.CrossesSides.Should().BeFalse();
        c.Affirming.Weight.Should().Be(1);
        c.Denying.Voices.Select(v => v.Speaker.Value).Should().Equal("az-mod", "beglaryan");
        c.Denying.Parties.Select(p => p.Value).Should().Equal("artsakh", "azerbaijan");
        c.Denying.CrossesSides.Should().BeTrue();
        c.Denying.Sides.Should().Be(2);
        c.Denying.Weight.Should().Be(2);
        c.Favoured.Should().Be(Stance.Denies);
        c.IsContested.Should().BeTrue();
        c.Denying.Derivations.Should().ContainSingle().Which.Should().Be(
            "Artak Beglaryan's claim 'parukh-artsakh-occupied' that Azerbaijan controls Parukh implies that it is not the case that "
            + "Azerbaijan withdrew from Parukh, since \"withdrew from\" entails not \"controls\"");
    }

    [Fact]
    public void Corroborate_SameSpeakerThroughTwoRelayChains_CountsOneVoice()
    {
        Corroboration c = Analyzer.Corroborate(Parukh.WithTwoRelayChains, Parukh.Withdrawal.Id);

        Voice voice = c.Affirming.Voices.Should().ContainSingle().Subject;
        voice.Claims.Select(x => x.Id.Value).Should().Equal("parukh-ru-mod-withdrawal", "parukh-ru-mod-withdrawal-ria");
        c.Affirming.Count.Should().Be(1);
        c.Affirming.Weight.Should().Be(1);
    }

    [Fact]
    public void Corroborate_RelayIsNeverAVoice()
    {
        Corroboration c = Analyzer.Corroborate(Parukh.WithTwoRelayChains, Parukh.Withdrawal.Id);

        c.Affirming.Voices.Concat(c.Denying.Voices).Select(v => v.Speaker.Value).Should().NotContain(["tass", "ria"]);
    }

    [Fact]
    public void Corroborate_AgreementWithinOneSide_WeighsLessThanAcrossSides()
    {
        Ledger ledger = Build(
            Claim("ru-1", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("ru-2", "ru-peacekeepers", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("tk-1", "yeni-safak", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("az-1", "az-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"));

        Corroboration within = Analyzer.Corroborate(Build(ledger.Claims.Take(2).ToArray()), "ru-1");
        Corroboration allies = Analyzer.Corroborate(Build(ledger.Claims.Skip(2).ToArray()), "tk-1");
        Corroboration across = Analyzer.Corroborate(Build(ledger.Claims[0], ledger.Claims[3]), "ru-1");

        within.Affirming.Weight.Should().Be(1.25);
        within.Affirming.Sides.Should().Be(1);
        allies.Affirming.Weight.Should().Be(1.5);
        allies.Affirming.CrossesSides.Should().BeFalse();
        across.Affirming.Weight.Should().Be(2);
        across.Affirming.CrossesSides.Should().BeTrue();
        Analyzer.Corroborate(ledger, "ru-1").Affirming.Weight.Should().Be(1 + 0.25 + 1 + 0.5);
    }

    [Fact]
    public void Corroborate_UnaffiliatedVoice_IsASideOfItsOwn()
    {
        Ledger ledger = Build(
            Claim("ru", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("reuters", "reuters", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"));

        Corroboration c = Analyzer.Corroborate(ledger, "ru");

        c.Affirming.Sides.Should().Be(2);
        c.Affirming.Weight.Should().Be(2);
        c.Affirming.CrossesSides.Should().BeFalse("only one of the voices has a party");
    }

    [Fact]
    public void Corroborate_Proposition_FindsVotesForOverlappingTimesOnly()
    {
        var proposition = new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")) { Time = FuzzyDate.Parse("May 2022") };

        Corroboration c = Analyzer.Corroborate(Parukh.Ledger, proposition);

        c.Affirming.Count.Should().Be(0);
        c.Denying.Count.Should().Be(0);
        c.ToString().Should().Be("Azerbaijan withdrew from Parukh in May 2022: affirmed by no voice; denied by no voice");
    }

    [Fact]
    public void Corroborate_Proposition_WithoutTime_CoversAllTimes()
    {
        Corroboration c = Analyzer.Corroborate(Parukh.Ledger, new Proposition(Term.Party("azerbaijan"), "controls", Term.Place("parukh")));

        c.Affirming.Voices.Select(v => v.Speaker.Value).Should().Equal("beglaryan");
        c.Denying.Voices.Select(v => v.Speaker.Value).Should().Equal("ru-mod");
        c.ToString().Should().Be(
            "Azerbaijan controls Parukh: affirmed by 1 independent voice (Artsakh), weight 1; denied by 1 independent voice (Russia), weight 1");
    }

    [Fact]
    public void Corroborate_OneValuePredicate_OtherHolderCountsAsDenial()
    {
        Ledger ledger = Build(
            Claim("pk", "ru-mod", "source:ru-peacekeepers", "controls", "place:hin-tagher", "hadrut-2020", time: "13 December 2020"),
            Claim("az", "az-mod", "party:azerbaijan", "controls", "place:hin-tagher", "hadrut-2020", time: "13 December 2020"));

        Corroboration c = Analyzer.Corroborate(ledger, "pk");

        c.Denying.Voices.Select(v => v.Speaker.Value).Should().Equal("az-mod");
        c.Denying.Derivations.Should().ContainSingle().Which.Should().EndWith("since only one value of \"controls\" can hold at a time");
    }

    [Fact]
    public void Corroborate_UnknownClaim_Throws() =>
        ((Action)(() => Analyzer.Corroborate(Parukh.Ledger, "nope"))).Should().Throw<KeyNotFoundException>();

    [Fact]
    public void Constructor_WeightOutOfRange_ThrowsNamingTheOption() =>
        ((Action)(() => _ = new IndependenceAnalyzer(new IndependenceOptions { AlignedPartyWeight = 1.5 })))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("AlignedPartyWeight must be between 0 and 1, but was 1.5.*");

    [Fact]
    public void SuggestCredibility_Parukh_DenialProbablyTrueWithdrawalImprobable()
    {
        CredibilitySuggestion denial = Analyzer.SuggestCredibility(Parukh.Ledger, Parukh.Denial.Id);
        CredibilitySuggestion withdrawal = Analyzer.SuggestCredibility(Parukh.Ledger, Parukh.Withdrawal.Id);

        denial.Grade.Should().Be(CredibilityGrade.ProbablyTrue);
        denial.Reasons.Should().StartWith(
        [
            "Supported by 2 independent voices (weight 2, across opposing sides): Azerbaijani Ministry of Defence (Azerbaijan), Artak Beglaryan (Artsakh).",
            "Contradicted by 1 independent voice (weight 1): Russian Ministry of Defence (Russia).",
        ]);
        withdrawal.Grade.Should().Be(CredibilityGrade.Improbable);
        withdrawal.Reasons[0].Should().Be("No voice but Russian Ministry of Defence supports it (weight 1).");
        withdrawal.AnalystGrade.Should().BeNull();
    }

    [Fact]
    public void SuggestCredibility_IndependentConfirmationAcrossSides_IsConfirmed()
    {
        Ledger ledger = Build(
            Claim("ru", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("am", "armenian-media", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"));

        CredibilitySuggestion s = Analyzer.SuggestCredibility(ledger, "ru");

        s.Grade.Should().Be(CredibilityGrade.Confirmed);
        s.Reasons.Should().Equal(
            "Confirmed by 1 independent voice not on Russian Ministry of Defence's side: Armenian media (Armenia).",
            "No voice contradicts it.");
    }

    [Fact]
    public void SuggestCredibility_RelayedCopyOnly_IsNotConfirmation()
    {
        Ledger ledger = Build(Parukh.Withdrawal, Parukh.WithdrawalRelayedAgain);

        CredibilitySuggestion s = Analyzer.SuggestCredibility(ledger, Parukh.Withdrawal.Id);

        s.Grade.Should().Be(CredibilityGrade.CannotBeJudged);
        s.Reasons.Should().Equal("No voice but Russian Ministry of Defence speaks to it, so there is no basis to judge it.");
    }

    [Theory]
    [InlineData("ru-peacekeepers", CredibilityGrade.ProbablyTrue)]
    [InlineData("reuters", CredibilityGrade.Confirmed)]
    public void SuggestCredibility_NobodyAgainst_GradeDependsOnWhoAgrees(string other, CredibilityGrade expected)
    {
        Ledger ledger = Build(
            Claim("ru", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("other", other, "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"));

        Analyzer.SuggestCredibility(ledger, "ru").Grade.Should().Be(expected);
    }

    [Fact]
    public void SuggestCredibility_EvenlyContested_IsDoubtful()
    {
        CredibilitySuggestion s = Analyzer.SuggestCredibility(Parukh.Ledger, Parukh.RemainsOccupied.Id);

        s.Grade.Should().Be(CredibilityGrade.Doubtful);
    }

    [Fact]
    public void SuggestCredibility_AnalystGradeDiffers_IsFlagged()
    {
        Ledger ledger = Build(Parukh.Withdrawal with { Credibility = CredibilityGrade.Confirmed }, Parukh.Denial, Parukh.RemainsOccupied);

        CredibilitySuggestion s = Analyzer.SuggestCredibility(ledger, Parukh.Withdrawal.Id);

        s.AnalystGrade.Should().Be(CredibilityGrade.Confirmed);
        s.DiffersFromAnalyst.Should().BeTrue();
        s.ToString().Should().StartWith("5 (Improbable): ");
    }
}

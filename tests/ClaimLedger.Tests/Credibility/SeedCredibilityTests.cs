using ClaimLedger.Credibility;
using ClaimLedger.Data;

namespace ClaimLedger.Tests.Credibility;

/// <summary>The credibility views on the bundled Nagorno-Karabakh data set.</summary>
public class SeedCredibilityTests
{
    private static readonly Ledger Seed = BundledLedgers.NagornoKarabakh;
    private static readonly Proposition Withdrew = new(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")) { Time = FuzzyDate.Parse("27 March 2022") };

    [Fact]
    public void Run_Seed_ParukhStayedAccountRanksAboveWithdrawal()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(Seed);

        result.Converged.Should().BeTrue();
        PropositionBelief withdrew = result.BeliefIn(Withdrew)!;
        withdrew.Belief.Should().BeLessThan(0.5);
        withdrew.Affirming.Select(v => v.Source.Value).Should().Equal("ru-mod");
        withdrew.Denying.Select(v => v.Source.Value).Should().Contain(["az-mod", "beglaryan"]);
    }

    [Fact]
    public void Run_Seed_IsStable()
    {
        TruthDiscoveryResult first = TruthDiscovery.Default.Run(Seed);
        TruthDiscoveryResult second = TruthDiscovery.Default.Run(new LedgerBuilder().Add(Seed.ToBatch()).Build());

        second.Sources.Select(s => (s.Source, s.Score)).Should().Equal(first.Sources.Select(s => (s.Source, s.Score)));
        second.Propositions.Select(p => (p.Phrase, p.Belief)).Should().Equal(first.Propositions.Select(p => (p.Phrase, p.Belief)));
    }

    [Fact]
    public void Corroborate_Seed_ParukhDenialIsBackedAcrossSides()
    {
        Corroboration c = IndependenceAnalyzer.Default.Corroborate(Seed, Withdrew);

        c.Denying.CrossesSides.Should().BeTrue();
        c.Denying.Parties.Should().Contain([new PartyId("azerbaijan"), new PartyId("artsakh")]);
        c.Affirming.Parties.Select(p => p.Value).Should().Equal("russia");
        c.Favoured.Should().Be(Stance.Denies);
        IndependenceAnalyzer.Default.SuggestCredibility(Seed, "parukh-ru-mod-withdrawn").Grade.Should().Be(CredibilityGrade.Improbable);
    }

    [Fact]
    public void ContradictedClaimsOf_Seed_RussianWithdrawalContradictedByAzerbaijanAndArtsakh()
    {
        PartyMatrix matrix = PartyMatrix.Of(Seed);

        ContradictedClaim withdrawal = matrix.ContradictedClaimsOf("russia").Single(c => c.Claim.Id == "parukh-ru-mod-withdrawn");
        withdrawal.ByParties.Should().Contain([new PartyId("azerbaijan"), new PartyId("artsakh")]);
        matrix.Contradictions("russia", "azerbaijan").Should().BeGreaterThan(0);
    }
}

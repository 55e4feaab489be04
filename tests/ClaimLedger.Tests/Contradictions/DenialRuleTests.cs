using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

public class DenialRuleTests
{
    [Fact]
    public void DenialAboutADistrict_MeetsAnAffirmationAboutAVillageInIt()
    {
        Ledger ledger = Build(
            Claim("s-shelled", "south-mod", "party:north", "shelled", "party:south", place: "village-a"),
            Claim("n-no-fire", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, place: "district"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Explanation.Should().Contain("(Alder lies within Valley District)");
    }

    [Fact]
    public void DenialAboutAVillage_DoesNotMeetAnAffirmationAboutTheWholeDistrict()
    {
        Ledger ledger = Build(
            Claim("s-shelled", "south-mod", "party:north", "attacked", "party:south", place: "district"),
            Claim("n-not-here", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, place: "village-b"));

        ledger.FindContradictions().Should().BeEmpty("the attack may have been elsewhere in the district");
    }

    [Fact]
    public void DenialNamingNoPlace_MeetsAnAffirmationAnywhere()
    {
        Ledger ledger = Build(
            Claim("s-shelled", "south-mod", "party:north", "attacked", "party:south", place: "village-b"),
            Claim("n-never", "north-mod", "party:north", "attacked", "party:south", Stance.Denies));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }

    [Fact]
    public void DenialAboutAnotherPlace_IsNotAContradiction()
    {
        Ledger ledger = Build(
            Claim("s-shelled", "south-mod", "party:north", "attacked", "party:south", place: "village-a"),
            Claim("n-not-there", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, place: "elsewhere"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void TimesOfDay_ThatDoNotOverlap_AreDifferentMoments()
    {
        Ledger ledger = Build(
            Claim("dawn", "south-mod", "party:north", "attacked", "party:south", time: "3 March 2021 dawn"),
            Claim("evening", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, time: "3 March 2021 evening"),
            Claim("night", "wire", "party:north", "attacked", "party:south", Stance.Denies, time: "the night of 2 to 3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Claims.Select(c => c.Id.Value).Should().Equal(new[] { "dawn", "night" }, "the night of 2-3 March runs to 06:00, past dawn");
    }

    [Fact]
    public void ReachFor_IsOneProposition_AndMayFindNeedsBothStances()
    {
        IContradictionRule rule = new DenialRule();

        rule.ReachFor(BuiltInPredicates.Attacked).Should().Be(RuleReach.Proposition);
        rule.MayFind(BuiltInPredicates.Attacked, new TopicCensus(5, 0, 0)).Should().BeFalse();
        rule.MayFind(BuiltInPredicates.Attacked, new TopicCensus(1, 1, 0)).Should().BeTrue();
    }
}

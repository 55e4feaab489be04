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
    public void NoOneKilled_MeetsATollOfAnyKindOfPeople_AndFindForAgrees()
    {
        Ledger ledger = Build(
            Claim("toll", "south-mod", "party:north", "killed", "text:terrorists", quantity: "more than 250 terrorists"),
            Claim("side", "wire", "party:north", "killed", "party:south"),
            Claim("none", "north-mod", "party:north", "killed", "text:people", Stance.Denies),
            Claim("civilians", "monitor", "party:north", "killed", "text:civilians", Stance.Denies),
            Claim("soldiers", "wire", "party:north", "killed", "text:soldiers", quantity: "12 soldiers"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Claims.Select(c => c.Id.Value).Should().Equal("none", "side", "soldiers", "toll");
        found.Explanation.Should().Contain("which implies that North killed people");
        found.AreInConflict("toll", "none").Should().BeTrue();
        foreach (Claim claim in ledger.Claims)
        {
            ContradictionEngine.Default.FindFor(ledger, claim.Id).Should().Equal(ledger.FindContradictions().Where(c => c.Involves(claim.Id)), claim.Id.Value);
        }
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

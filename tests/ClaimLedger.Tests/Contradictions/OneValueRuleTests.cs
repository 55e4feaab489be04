using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

public class OneValueRuleTests
{
    private static readonly Predicate CrashedIn = new("crashed-in", "crashed in") { Cardinality = PredicateCardinality.OneObjectPerSubject };

    [Fact]
    public void VillageAndTheDistrictThatHoldsIt_AreOneAccount()
    {
        Ledger ledger = Build(
            [CrashedIn],
            Claim("a", "north-mod", "text:the airliner", "crashed-in", "place:village-a"),
            Claim("b", "wire", "text:the airliner", "crashed-in", "place:district"),
            Claim("c", "monitor", "text:the airliner", "crashed-in", "place:province"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void TwoVillagesOfOneDistrict_AreIncompatibleEvenWithTheDistrictGivenToo()
    {
        Ledger ledger = Build(
            [CrashedIn],
            Claim("a", "north-mod", "text:the airliner", "crashed-in", "place:village-a"),
            Claim("b", "south-mod", "text:the airliner", "crashed-in", "place:village-b"),
            Claim("c", "wire", "text:the airliner", "crashed-in", "place:district"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
        found.Claims.Select(c => c.Id.Value).Should().Equal("a", "b");
    }

    [Fact]
    public void MinistryAndTheSideItSpeaksFor_AreOneAccount()
    {
        Ledger ledger = Build(
            Claim("a", "wire", "source:north-army", "started", "incident:clash"),
            Claim("b", "monitor", "party:north", "responsible-for", "incident:clash"));

        ledger.FindContradictions().Should().BeEmpty("North's army is part of North");
    }

    [Fact]
    public void ManyHoldersOfOneValue_GiveOneContradictionWithEveryHolder()
    {
        Claim[] claims = [.. Enumerable.Range(0, 300).Select(i => Claim($"c{i:D3}", "wire", $"text:holder {i}", "controls", "place:village-a"))];

        Contradiction found = Build(claims).FindContradictions().Should().ContainSingle().Subject;

        found.Sides.Should().HaveCount(300);
        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
    }

    [Fact]
    public void Holders_AtTimesThatDoNotOverlap_AreASequence()
    {
        Ledger ledger = Build(
            Claim("a", "wire", "party:north", "controls", "place:village-a", time: "1 March 2021"),
            Claim("b", "wire", "party:south", "controls", "place:village-a", time: "2 March 2021"),
            Claim("c", "wire", "party:north", "controls", "place:village-a", time: "3 March 2021"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void ReachFor_ManyValuedPredicate_IsNone()
    {
        IContradictionRule rule = new OneValueRule();

        rule.ReachFor(BuiltInPredicates.Attacked).Should().Be(RuleReach.None);
        rule.ReachFor(BuiltInPredicates.Controls).Should().Be(RuleReach.Topic);
    }
}

using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>
/// A denial of a figure denies the figure, not the proposition; a conditional statement takes no side.
/// </summary>
public class DeniedFiguresAndConditionsTests
{
    private static Claim Toll(string id, string speaker, string stated, string quantity, Stance stance = Stance.Affirms) =>
        Claim(id, speaker, "incident:clash", "killed", "text:soldiers of North", stance, time: "3 March 2021", stated: stated, quantity: quantity);

    [Fact]
    public void DenialOfAFigure_MeetsTheFiguresItRulesOut_NotTheOthers()
    {
        Ledger ledger = Build(
            Toll("s-45", "south-mod", "5 March 2021", "45 soldiers"),
            Toll("n-4", "north-army", "5 March 2021", "4 soldiers"),
            Toll("n-not-40", "north-mod", "5 March 2021", "at least 40 soldiers", Stance.Denies));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
        found.AreInConflict("s-45", "n-not-40").Should().BeTrue("45 is at least 40");
        found.AreInConflict("n-4", "n-not-40").Should().BeFalse("4 is what the denial leaves open");
        found.AreInConflict("s-45", "n-4").Should().BeTrue();
        found.Explanation.Should().Contain("no number fits them all").And.Contain("not at least 40 soldiers");
    }

    [Fact]
    public void DenialOfAFigure_IsNoDenialThatAnyoneDied()
    {
        Ledger ledger = Build(
            Toll("n-4", "north-army", "5 March 2021", "4 soldiers"),
            Toll("n-not-40", "north-mod", "5 March 2021", "at least 40 soldiers", Stance.Denies));

        ledger.FindContradictions().Should().BeEmpty("denying 40 dead grants that some died, as the army's 4 says");
    }

    [Fact]
    public void DenialOfAFigure_AfterAFirmHigherToll_IsAFall()
    {
        Ledger ledger = Build(
            Toll("s-45", "south-mod", "3 March 2021", "45 soldiers"),
            Toll("n-not-40", "north-mod", "9 March 2021", "at least 40 soldiers", Stance.Denies),
            Toll("w-60", "wire", "12 March 2021", "60 soldiers"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.AreInConflict("s-45", "n-not-40").Should().BeTrue("a toll does not fall below what was said before");
        found.AreInConflict("w-60", "n-not-40").Should().BeFalse("a toll may rise after the denial");
    }

    [Fact]
    public void SpeakerDenyingTheirOwnFigure_RetractsIt()
    {
        Ledger ledger = Build(
            Toll("n-40", "north-mod", "3 March 2021", "40 soldiers"),
            Toll("n-not-40", "north-mod", "9 March 2021", "40 soldiers", Stance.Denies));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Retraction);
        found.Claims.Select(c => c.Id.Value).Should().BeEquivalentTo(["n-40", "n-not-40"]);
    }

    [Fact]
    public void ConditionalStatement_TakesNoSide()
    {
        Claim conditional = Claim("n-if", "north-mod", "party:south", "attacked", "place:village-a", time: "3 March 2021") with
        {
            Modality = ClaimModality.Conditional,
            Hedge = "if it is confirmed",
        };
        Ledger ledger = Build(
            conditional,
            Claim("s-no", "south-mod", "party:south", "attacked", "place:village-a", Stance.Denies, time: "3 March 2021"));

        ledger.FindContradictions().Should().BeEmpty("\"if it is confirmed, South attacked\" asserts nothing South denies");
        ContradictionEngine.Default.FindFor(ledger, "n-if").Should().BeEmpty();
    }

    [Fact]
    public void HedgedStatement_StillTakesASide_Tentatively()
    {
        Claim hedged = Claim("n-rep", "north-mod", "party:south", "attacked", "place:village-a", time: "3 March 2021") with
        {
            Modality = ClaimModality.Hedged,
            Hedge = "reportedly",
        };
        Ledger ledger = Build(
            hedged,
            Claim("s-no", "south-mod", "party:south", "attacked", "place:village-a", Stance.Denies, time: "3 March 2021"));

        ledger.FindContradictions().Should().ContainSingle().Which.IsTentative.Should().BeTrue();
    }
}

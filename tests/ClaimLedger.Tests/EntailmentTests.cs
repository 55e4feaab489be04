using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests;

public class EntailmentTests
{
    [Fact]
    public void Killed_ASidesPeople_EntailsThatTheSideSufferedLosses()
    {
        Ledger ledger = Build(
            Claim("n-killed", "north-mod", "party:north", "killed", "party:south", quantity: "20 soldiers"),
            Claim("s-no-losses", "south-mod", "party:south", "suffered-losses", stance: Stance.Denies));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Topic.Should().Be("suffered-losses party:south");
        found.Explanation.Should().Contain("which implies that South suffered losses");
    }

    [Fact]
    public void IllegallyCrossedInto_EntailsABorderViolationThatADenialMeets()
    {
        Ledger ledger = Build(
            Claim("s-crossed", "south-mod", "party:north", "illegally-crossed-into", "party:south"),
            Claim("n-never", "north-mod", "party:north", "intruded-into", "party:south", Stance.Denies));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Topic.Should().Be("violated-border-of party:north");
        found.Explanation.Should().Contain("which implies that North violated the border of South")
            .And.Contain("North's Ministry of Defence denied that North intruded into South");
    }

    [Fact]
    public void Chain_AffirmedStepsCompose_DeniedStepEndsTheChain()
    {
        Predicate occupied = new("occupied", "occupied") { Entails = [new("captured")] };
        Ledger ledger = Build(
            [occupied],
            Claim("n-occupied", "north-mod", "party:north", "occupied", "place:village-a"),
            Claim("s-holds", "south-mod", "party:south", "controls", "place:village-a"));

        // occupied ⇒ captured ⇒ controls: North controls the village, which South says it holds.
        ledger.FindContradictions().Should().ContainSingle().Which.Topic.Should().Be("controls place:village-a");
    }

    [Fact]
    public void Denial_ImpliesNothing()
    {
        Ledger ledger = Build(
            Claim("n-not-killed", "north-mod", "party:north", "killed", "party:south", Stance.Denies),
            Claim("s-losses", "south-mod", "party:south", "suffered-losses"));

        ledger.FindContradictions().Should().BeEmpty("not killing South's people does not mean South lost no one");
    }

    [Fact]
    public void NeedsAnObjectItLacks_DoesNotApply()
    {
        Ledger ledger = Build(
            Claim("n-killed", "north-mod", "party:north", "killed"),
            Claim("s-no-losses", "south-mod", "party:south", "suffered-losses", stance: Stance.Denies));

        ledger.FindContradictions().Should().BeEmpty();
    }
}

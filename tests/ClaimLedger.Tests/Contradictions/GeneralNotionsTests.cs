using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>
/// The general notions of conflict reporting the built-in vocabulary holds beyond blame, control and tolls:
/// involvement, damage, use, where something was and where it was fired from, and the other words for them.
/// </summary>
public class GeneralNotionsTests
{
    [Theory]
    [InlineData("responsible-for")]
    [InlineData("started")]
    [InlineData("provoked")]
    [InlineData("perpetrated")]
    [InlineData("involved-in")]
    public void DenialOfAnyInvolvement_MeetsEveryWordingOfBlame(string blame)
    {
        Ledger ledger = Build(
            Claim("n-blames", "north-mod", "party:south", blame, "incident:clash", place: "district", time: "3 March 2021"),
            Claim("s-nothing", "south-mod", "party:south", "involved-in", "incident:clash", Stance.Denies, place: "district", time: "3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Topic.Should().StartWith("involved-in party:south");
        found.Claims.Select(c => c.Id.Value).Should().BeEquivalentTo(["n-blames", "s-nothing"]);
    }

    [Fact]
    public void InvolvementOfSeveral_IsNoContradiction()
    {
        Ledger ledger = Build(
            Claim("n", "north-mod", "party:south", "involved-in", "incident:clash", time: "3 March 2021"),
            Claim("w", "wire", "text:foreign volunteers", "involved-in", "incident:clash", time: "3 March 2021"));

        ledger.FindContradictions().Should().BeEmpty("several can take part in one incident");
    }

    [Theory]
    [InlineData("destroyed")]
    [InlineData("damaged")]
    public void StoodIntact_MeetsWhatSaysItWasHit(string predicate)
    {
        Ledger ledger = Build(
            Claim("n-hit", "north-mod", "party:north", predicate, "text:the bridge", place: "village-a", time: "3 March 2021"),
            Claim("m-intact", "monitor", "text:the bridge", "intact", place: "village-a", time: "3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Topic.Should().StartWith("suffered-damage text:the bridge");
        found.Explanation.Should().Contain("which implies that the bridge suffered damage");
    }

    [Fact]
    public void DamageAtAnotherTime_OrToAnotherThing_IsNoContradiction()
    {
        Ledger ledger = Build(
            Claim("n-hit", "north-mod", "party:north", "destroyed", "text:the bridge", place: "village-a", time: "3 March 2021"),
            Claim("m-before", "monitor", "text:the bridge", "intact", place: "village-a", time: "1 March 2021"),
            Claim("m-other", "monitor", "text:the school", "intact", place: "village-a", time: "3 March 2021"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void TwoPlacesAtOnce_AreIncompatible_ButAPlaceAndTheDistrictAroundItAreOneAccount()
    {
        Ledger ledger = Build(
            Claim("n-in", "north-mod", "text:the patrol boat", "was-in", "place:village-a", time: "3 March 2021"),
            Claim("s-in", "south-mod", "text:the patrol boat", "was-in", "place:elsewhere", time: "3 March 2021"),
            Claim("w-in", "wire", "text:the patrol boat", "was-in", "place:district", time: "3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
        found.AreInConflict("n-in", "s-in").Should().BeTrue();
        found.AreInConflict("n-in", "w-in").Should().BeFalse("Alder lies in Valley District");
    }

    [Fact]
    public void FiredAndLaunchedFrom_AreOneNotion_WithOnePlaceOfOrigin()
    {
        Ledger ledger = Build(
            Claim("n-from", "north-mod", "text:the rocket", "fired-from", "place:village-b", time: "3 March 2021"),
            Claim("s-from", "south-mod", "text:the rocket", "launched-from", "place:elsewhere", time: "3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
        found.Explanation.Should().Contain("\"was launched from\"");
    }

    [Fact]
    public void CausedBy_IsCausedTurnedRound_SoAFaultMeetsASide()
    {
        Ledger ledger = Build(
            Claim("s-fault", "south-mod", "incident:clash", "was-caused-by", "text:a technical failure", time: "3 March 2021"),
            Claim("n-south", "north-mod", "party:south", "caused", "incident:clash", time: "3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
        found.Topic.Should().StartWith("started incident:clash");
    }

    [Fact]
    public void InjuredAndWounded_AreOneMeasure()
    {
        Ledger ledger = Build(
            Claim("n-10", "north-mod", "party:south", "wounded", "text:civilians", place: "village-a", time: "3 March 2021", quantity: "10 people"),
            Claim("s-40", "south-mod", "party:south", "injured", "text:civilians", place: "village-a", time: "3 March 2021", quantity: "40 people"));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
    }

    [Fact]
    public void UseOfAWeapon_MeetsItsDenial()
    {
        Ledger ledger = Build(
            Claim("w-used", "wire", "party:north", "used", "text:cluster munitions", place: "village-a", time: "3 March 2021"),
            Claim("n-never", "north-mod", "party:north", "used", "text:cluster munitions", Stance.Denies, place: "district", time: "3 March 2021"));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }

    [Fact]
    public void Destroyed_LiesDamagedFromThenOn_SoALaterSightingOfItIntactMeetsIt()
    {
        Ledger ledger = Build(
            Claim("n-destroyed", "north-mod", "party:north", "destroyed", "text:the bridge", place: "village-a", time: "3 March 2021"),
            Claim("m-intact-later", "monitor", "text:the bridge", "intact", place: "village-a", time: "9 March 2021"),
            Claim("m-intact-before", "monitor", "text:the bridge", "intact", place: "village-a", time: "1 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Claims.Select(c => c.Id.Value).Should().BeEquivalentTo(["n-destroyed", "m-intact-later"], "a sighting before the strike says nothing of after it");
        found.Explanation.Should().Contain("which implies that the bridge suffered damage").And.Contain("since 3 March 2021");
    }

    [Fact]
    public void Damaged_SaysNothingOfLaterDays()
    {
        Ledger ledger = Build(
            Claim("n-damaged", "north-mod", "party:north", "damaged", "text:the bridge", place: "village-a", time: "3 March 2021"),
            Claim("m-intact-later", "monitor", "text:the bridge", "intact", place: "village-a", time: "9 March 2021"));

        ledger.FindContradictions().Should().BeEmpty("damage can be repaired in a week");
    }

    [Fact]
    public void OnwardEntailment_OfTheLedgersOwn_IsReadAndWrittenInFiles()
    {
        Predicate sank = new("sank", "sank") { Entails = [new("suffered-damage") { Subject = EntailedTerm.Object, Object = EntailedTerm.Nothing, Onward = true }] };
        Ledger ledger = Build(
            [sank],
            Claim("n-sank", "north-mod", "party:north", "sank", "text:the ferry", time: "3 March 2021"),
            Claim("m-afloat", "monitor", "text:the ferry", "intact", time: "10 March 2021"));

        using var stream = new MemoryStream();
        ClaimLedger.Serialization.LedgerFile.Write(ledger, stream);
        string json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        stream.Position = 0;
        Ledger read = ClaimLedger.Serialization.LedgerFile.Load(stream);

        json.Should().Contain("\"onward\": true");
        read.Predicates.Single(p => p.Id == "sank").Should().Be(sank);
        read.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }
}

using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

public class PartyMatrixTests
{
    [Fact]
    public void Of_Parukh_CountsAgreementsAndContradictionsBothWays()
    {
        PartyMatrix matrix = PartyMatrix.Of(Parukh.Ledger);

        matrix.Agreements("azerbaijan", "artsakh").Should().Be(1, "both say Azerbaijan did not withdraw");
        matrix.Agreements("artsakh", "azerbaijan").Should().Be(1);
        matrix.Agreements("russia", "azerbaijan").Should().Be(0);
        matrix.Contradictions("russia", "azerbaijan").Should().Be(1);
        matrix.Contradictions("azerbaijan", "russia").Should().Be(1);
        matrix.Contradictions("russia", "artsakh").Should().Be(1);
        matrix.Contradictions("azerbaijan", "artsakh").Should().Be(0);
        matrix.Contradictions("russia", "nobody").Should().Be(0);
        matrix.Parties.Select(p => p.Value).Should().Equal("russia", "azerbaijan", "armenia", "artsakh", "turkey");
        matrix.ToString().Should().StartWith("russia: russia 0/0, azerbaijan 0/1, armenia 0/0, artsakh 0/1, turkey 0/0");
    }

    [Fact]
    public void ContradictedClaimsOf_Russia_SaysWhoContradictedTheWithdrawal()
    {
        PartyMatrix matrix = PartyMatrix.Of(Parukh.Ledger);

        ContradictedClaim found = matrix.ContradictedClaimsOf("russia").Should().ContainSingle().Subject;

        found.Claim.Id.Should().Be(Parukh.Withdrawal.Id);
        found.By.Select(s => s.Value).Should().Equal("az-mod", "beglaryan");
        found.ByParties.Select(p => p.Value).Should().Equal("artsakh", "azerbaijan");
        found.Contradictions.Should().HaveCount(2);
        matrix.ContradictedClaimsOf("turkey").Should().BeEmpty();
    }

    [Fact]
    public void Of_TwoSpeakersOfOneParty_AgreeWithinIt()
    {
        PartyMatrix matrix = PartyMatrix.Of(Build(
            Claim("ru", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("pk", "ru-peacekeepers", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020"),
            Claim("relayed", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020", relays: ["tass"])));

        matrix.Agreements("russia", "russia").Should().Be(1, "a relayed copy of the ministry is not a second Russian voice, but the peacekeepers are");
    }

    [Fact]
    public void Pairs_Parukh_ListEachPairOnceInTheMatrixOrderWithItsKinds()
    {
        PartyMatrix matrix = PartyMatrix.Of(Parukh.Ledger);

        matrix.Pairs.Select(p => (p.First.Value, p.Second.Value, p.Contradictions.Length)).Should().Equal(
            ("russia", "azerbaijan", 1), ("russia", "artsakh", 1));
        PartyPair denial = matrix.Pairs[0];
        denial.Kinds.Should().Equal(ContradictionKind.Denial);
        denial.Contradictions.Should().Equal(matrix.ContradictionsBetween("azerbaijan", "russia"));
        denial.IsWithinOneParty.Should().BeFalse();
        denial.ToString().Should().Be("russia / azerbaijan: 1 (denial)");
        matrix.KindsBetween("azerbaijan", "russia").Should().Equal(ContradictionKind.Denial);
        matrix.KindsBetween("russia", "artsakh").Should().Equal(matrix.Pairs[1].Kinds);
        matrix.KindsBetween("russia", "turkey").Should().BeEmpty();
    }

    [Fact]
    public void Pairs_MostContradictionsFirst_WithinOnePartyListed_SpeakersWithNoPartyInNone()
    {
        PartyMatrix matrix = PartyMatrix.Of(Build(
            Claim("ru-said", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022"),
            Claim("az-denied", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies, time: "27 March 2022"),
            Claim("ru-hadrut", "ru-mod", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020", time: "12 December 2020"),
            Claim("tass-hadrut", "tass", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020", stance: Stance.Denies, time: "12 December 2020"),
            Claim("armenia-said", "armenian-media", "party:azerbaijan", "captured", "place:stepanakert", "deployment-2020", time: "November 2020"),
            Claim("reuters-denied", "reuters", "party:azerbaijan", "captured", "place:stepanakert", "deployment-2020", stance: Stance.Denies, time: "November 2020")));

        matrix.AllContradictions.Should().HaveCount(3);
        matrix.Pairs.Select(p => (p.First.Value, p.Second.Value, p.Contradictions.Length)).Should().Equal(
            ("russia", "russia", 1), ("russia", "azerbaijan", 1));
        matrix.Pairs[0].IsWithinOneParty.Should().BeTrue("the ministry and TASS are both Russian");
        matrix.Pairs.SelectMany(p => p.Contradictions).Should().NotContain(c => c.Involves("reuters-denied"),
            "Reuters speaks for no party, so its denial of Armenia's claim is in no pair");
    }

    [Fact]
    public void Pairs_OrderByCountThenMatrixOrder()
    {
        PartyMatrix matrix = PartyMatrix.Of(Build(
            Claim("ru-said", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022"),
            Claim("az-denied", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies, time: "27 March 2022"),
            Claim("armenia-said", "armenian-media", "party:azerbaijan", "captured", "place:stepanakert", "deployment-2020", time: "November 2020"),
            Claim("turkey-denied", "yeni-safak", "party:azerbaijan", "captured", "place:stepanakert", "deployment-2020", stance: Stance.Denies, time: "November 2020"),
            Claim("armenia-hadrut", "armenian-media", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020", time: "12 December 2020"),
            Claim("turkey-hadrut", "yeni-safak", "party:azerbaijan", "attacked", "place:hadrut", "hadrut-2020", stance: Stance.Denies, time: "12 December 2020")));

        matrix.Pairs.Select(p => (p.First.Value, p.Second.Value, p.Contradictions.Length)).Should().Equal(
            ("armenia", "turkey", 2), ("russia", "azerbaijan", 1));
    }

    [Fact]
    public void From_FoundContradictions_CountsAsOfDoes()
    {
        ImmutableArray<Contradiction> found = Parukh.Ledger.FindContradictions();

        PartyMatrix matrix = PartyMatrix.From(Parukh.Ledger, found);

        matrix.AllContradictions.Should().Equal(found);
        matrix.Pairs.Should().Equal(PartyMatrix.Of(Parukh.Ledger).Pairs);
        matrix.ToString().Should().Be(PartyMatrix.Of(Parukh.Ledger).ToString());
        PartyMatrix.From(Parukh.Ledger, default).Pairs.Should().BeEmpty();
    }

    [Fact]
    public void From_ContradictionsOfAnotherLedger_Throws()
    {
        ImmutableArray<Contradiction> other = Parukh.WithTwoRelayChains.FindContradictions();

        Action act = () => PartyMatrix.From(Parukh.Ledger, other);

        act.Should().Throw<ArgumentException>().WithParameterName("contradictions").WithMessage("*another ledger*");
        FluentActions.Invoking(() => PartyMatrix.From(Parukh.Ledger, [null!])).Should().Throw<ArgumentException>().WithParameterName("contradictions");
    }
}

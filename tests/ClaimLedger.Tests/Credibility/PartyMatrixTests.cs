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
}

using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>A denial that a speaker said what a claim reports them saying, made in reply to that claim.</summary>
public sealed class AttributionTests
{
    private static Ledger Disputed(string disputedSpeaker = "north-mod", bool inReply = true)
    {
        Claim reported = Claim("reported", "north-mod", "party:south", "killed", "text:people", stated: "3 March 2021", quantity: "30 people")
            with { Attribution = new Attribution("north-mod") { Stated = FuzzyDate.Parse("3 March 2021"), Relays = ["wire"] } };
        Claim check = Claim("fact-check", "monitor", "source:" + disputedSpeaker, "stated", "text:thirty people were killed", Stance.Denies, stated: "5 March 2021");
        if (inReply)
        {
            check = check with { Attribution = check.Attribution with { StatedAfter = "reported" } };
        }

        return Build(reported, check);
    }

    [Fact]
    public void DenialThatTheSpeakerSaidIt_InReply_DisputesTheAttribution()
    {
        Contradiction found = Disputed().FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Rule.Should().Be("attribution");
        found.Claims.Select(c => c.Id.Value).Should().Equal("fact-check", "reported");
        found.AreInConflict("reported", "fact-check").Should().BeTrue();
        found.Explanation.Should().Be("North's Ministry of Defence said on 3 March 2021 (via Wire service) that South killed people: 30 people; "
            + "in reply, Monitoring mission denied on 5 March 2021 that North's Ministry of Defence stated thirty people were killed, "
            + "disputing that North's Ministry of Defence said what was reported.");
    }

    [Fact]
    public void TheDispute_IsFoundFromEitherClaim()
    {
        Ledger ledger = Disputed();

        ContradictionEngine.Default.FindFor(ledger, "reported").Should().ContainSingle().Which.Rule.Should().Be("attribution");
        ContradictionEngine.Default.FindFor(ledger, "fact-check").Should().ContainSingle().Which.Rule.Should().Be("attribution");
    }

    [Fact]
    public void DenialOfAnotherSpeakersWords_OrNotInReply_DisputesNothing()
    {
        Disputed(disputedSpeaker: "south-mod").FindContradictions().Should().BeEmpty("the fact-check is about what South said, not North");
        Disputed(inReply: false).FindContradictions().Should().BeEmpty("a denial that names no claim it replies to is not read against any");
    }
}

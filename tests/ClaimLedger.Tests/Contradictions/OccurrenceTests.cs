using ClaimLedger.Contradictions;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>An incident called fabricated against what it is said to have done; labels that entail.</summary>
public sealed class OccurrenceTests
{
    private static Claim Killed(string id = "toll") =>
        Claim(id, "monitor", "incident:clash", "killed", "text:people", place: "village-a", stated: "4 March 2021", quantity: "12 people");

    private static Claim Called(string label, string id = "called") =>
        Claim(id, "north-mod", "incident:clash", "characterised-as", "text:" + label, stated: "4 March 2021");

    [Fact]
    public void AnIncidentCalledFabricated_MeetsWhatItIsSaidToHaveDone()
    {
        Contradiction found = Build(Killed(), Called("fabricated")).FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Claims.Select(c => c.Id.Value).Should().Equal("called", "toll");
        found.Explanation.Should().Be("Monitoring mission said on 4 March 2021 that Border clash killed people in Alder, which implies that "
            + "Border clash took place in Alder; North's Ministry of Defence called Border clash \"fabricated\" on 4 March 2021, which implies "
            + "that it is not the case that Border clash took place.");
    }

    [Theory]
    [InlineData("a hoax")]
    [InlineData("never happened")]
    [InlineData("fake")]
    public void OtherWordsForFabricated_DenyItTookPlace(string label) =>
        Build(Killed(), Called(label)).FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);

    [Theory]
    [InlineData("false flag")]
    [InlineData("staged provocation")]
    [InlineData("aggression")]
    public void LabelsThatGrantItHappened_DenyNothing(string label) =>
        Build(Killed(), Called(label)).FindContradictions().Should().BeEmpty("a false flag or an act of aggression still took place");

    [Fact]
    public void WhatAnIncidentDid_IsAStatementThatItTookPlace_OnlyForAnIncident()
    {
        Ledger ledger = Build(Killed(), Claim("side", "wire", "party:north", "killed", "text:people", stated: "4 March 2021"));

        ContradictionEngine.Default.StatementsOf(ledger).Where(s => s.Proposition.Predicate == BuiltInPredicates.Occurred.Id)
            .Select(s => (s.Claim.Id.Value, s.Proposition.Subject.ToString(), s.Stance)).Should().Equal(("toll", "incident:clash", Stance.Affirms));
    }

    [Fact]
    public void ALedgersOwnLabels_CanEntail_AndTheFileKeepsIt()
    {
        var verdict = new Predicate("ruled", "was ruled")
        {
            Opposites = [new OppositeLabels("a forgery", "authentic") { FirstEntails = [new("occurred", Negated: true) { Object = EntailedTerm.Nothing }] }],
        };
        Ledger ledger = Build(
            [verdict],
            Killed(),
            Claim("court", "wire", "incident:clash", "ruled", "text:a forgery", stated: "5 March 2021"));

        ledger.FindContradictions().Should().ContainSingle().Which.Claims.Select(c => c.Id.Value).Should().Equal("court", "toll");

        Ledger again = LedgerFile.Parse(LedgerFile.ToJson(ledger));
        again.GetPredicate("ruled").Should().Be(verdict);
        LedgerFile.ToJson(ledger).Should().Contain("\"firstEntails\"");
        again.FindContradictions().Select(c => c.Id).Should().Equal(ledger.FindContradictions().Select(c => c.Id));
    }

    [Fact]
    public void ALabelEntailingAnUnknownPredicate_IsRefusedWithItsPath()
    {
        var verdict = new Predicate("ruled", "was ruled")
        {
            Opposites = [new OppositeLabels("a forgery", "authentic") { FirstEntails = [new("no-such-notion", Negated: true)] }],
        };

        var act = () => new LedgerBuilder().Add(World).AddPredicate(verdict).Build();

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Contain("no-such-notion");
    }
}

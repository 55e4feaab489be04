using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>Explanations that read well at any size: verbs that agree, titles in sentence case, and long lists cut short.</summary>
public class NarratorTests
{
    [Theory]
    [InlineData("separatists", true)]
    [InlineData("Palestinian militants in Gaza", true)]
    [InlineData("the people of the valley", true)]
    [InlineData("a rocket fired from within Gaza", false)]
    [InlineData("the ceasefire", false)]
    [InlineData("the press", false)]
    public void IsPlural_HeadWordOfFreeWords(string words, bool plural) =>
        Narrator.IsPlural(Term.Text(words)).Should().Be(plural);

    [Fact]
    public void IsPlural_NamesOfParties_AreSingular() => Narrator.IsPlural(Term.Party("united-states")).Should().BeFalse();

    [Theory]
    [InlineData("controls", "control")]
    [InlineData("was characterised as", "were characterised as")]
    [InlineData("is responsible for", "are responsible for")]
    [InlineData("carries", "carry")]
    [InlineData("reaches", "reach")]
    [InlineData("withdrew from", "withdrew from")]
    public void Plural_FirstVerbAgrees(string label, string plural) => Narrator.Plural(label).Should().Be(plural);

    [Fact]
    public void Explanation_PassiveWordingWithNoAgent_DropsTheDanglingBy()
    {
        Ledger ledger = Build(
            Claim("a", "north-mod", "text:the airliner", "was-shot-down-by", time: "3 March 2021"),
            Claim("b", "south-mod", "text:the airliner", "was-shot-down-by", stance: Stance.Denies, time: "3 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Explanation.Should().Contain("that the airliner was shot down on 3 March 2021").And.NotContain("shot down by on");
    }

    [Fact]
    public void Explanation_PluralSubject_AgreesAndTitleIsInSentenceCase()
    {
        Ledger ledger = Build(
            Claim("a", "north-mod", "text:separatists", "controls", "place:village-a"),
            Claim("b", "south-mod", "party:south", "controls", "place:village-a"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Explanation.Should().Contain("that separatists control Alder");
        ClaimLedger.Data.BundledLedgers.NagornoKarabakh.FindContradictions().Should()
            .Contain(c => c.Explanation.Contains("for \"started ceasefire breach near Hadrut\"", StringComparison.Ordinal), "a title that begins with a common word reads in sentence case")
            .And.Contain(c => c.Explanation.Contains("Mount Sarybaba", StringComparison.Ordinal) || c.Explanation.Contains("Sarybaba", StringComparison.Ordinal), "a name keeps its capital");
    }

    [Fact]
    public void Explanation_ThousandsOfStatements_SpellsOutAFewAndCountsTheRest()
    {
        Claim[] claims = [.. Enumerable.Range(0, 2_000).Select(i => Claim($"c{i:D4}", "wire", $"text:holder {i}", "controls", "place:village-a"))];

        Contradiction found = Build(claims).FindContradictions().Should().ContainSingle().Subject;

        found.Sides.Should().HaveCount(2_000, "the sides keep every statement");
        found.Explanation.Should().Contain("; and 1,992 more").And.Contain("and 1,992 more:");
        found.Explanation.Length.Should().BeLessThan(2_000);
    }
}

using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using ClaimLedger.Data;
using ClaimLedger.Interactive;

namespace ClaimLedger.Tests.Interactive;

public class CardsTests
{
    private static readonly Ledger Ledger = BundledLedgers.NagornoKarabakh;
    private static readonly TruthDiscoveryResult Truth = TruthDiscovery.Default.Run(Ledger);
    private static readonly PartyMatrix Matrix = PartyMatrix.Of(Ledger);

    /// <summary>One real value of every public result type that has a card, from the bundled ledger.</summary>
    public static TheoryData<string> Every() => [.. Cases().Keys];

    private static Dictionary<string, Func<Card>> Cases()
    {
        var withdrew = new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")) { Time = FuzzyDate.Parse("27 March 2022") };
        Corroboration corroboration = IndependenceAnalyzer.Default.Corroborate(Ledger, withdrew);
        Contradiction contradiction = Ledger.FindContradictions()[0];
        SourceScore score = Truth.Sources.First(s => !s.Contributions.IsEmpty);
        PropositionBelief belief = Truth.Propositions.First(b => !b.Affirming.IsEmpty);
        return new()
        {
            ["Source"] = () => Cards.Of(Ledger.GetSource("ru-mod")),
            ["Party"] = () => Cards.Of(Ledger.GetParty("russia")),
            ["Place"] = () => Cards.Of(Ledger.GetPlace("shusha")),
            ["PartyMatrix"] = () => Cards.Of(Matrix),
            ["PartyPair"] = () => Cards.Of(Matrix.Pairs[0]),
            ["SourceScore"] = () => Cards.Of(score),
            ["ScoreContribution"] = () => Cards.Of(score.Contributions[0]),
            ["Corroboration"] = () => Cards.Of(corroboration),
            ["StanceSupport"] = () => Cards.Of(corroboration.Affirming),
            ["CredibilitySuggestion"] = () => Cards.Of(IndependenceAnalyzer.Default.SuggestCredibility(Ledger, "parukh-ru-mod-withdrawn")),
            ["TruthDiscoveryResult"] = () => Cards.Of(Truth),
            ["PropositionBelief"] = () => Cards.Of(belief),
            ["BeliefVote"] = () => Cards.Of(belief.Affirming[0]),
            ["ContradictedClaim"] = () => Cards.Of(Matrix.ContradictedClaimsOf("russia")[0]),
            ["ContradictionSide"] = () => Cards.Of(contradiction.Sides[0]),
            ["Voice"] = () => Cards.Of(corroboration.Affirming.Voices[0]),
            ["Quantity"] = () => Cards.Of(Quantity.Parse("more than 5,000 personnel")),
            ["QuantityInterval"] = () => Cards.Of(Quantity.Parse("1,960 personnel").ToInterval()),
        };
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Card_EveryResultType_RendersInWordsNotAsAnObjectTree(string type)
    {
        Card c = Cases()[type]();
        string html = c.ToHtml();
        string text = c.ToText();

        html.Should().StartWith("<div").And.Contain("class=\"claimledger-");
        foreach (string rendered in new[] { html, text })
        {
            rendered.Should().NotContain(" { ", $"a {type} is not shown as a record's ToString")
                .And.NotContain("\\n").And.NotContain("ImmutableArray").And.NotContain("ClaimLedger.")
                .And.NotMatchRegex(@"\d\.\d{5,}", "scores are percentages, not raw doubles")
                .And.NotMatchRegex(@"[\[(]\d+, (\d+|∞)[\])]", "figures are in words, not interval notation");
        }
    }

    [Fact]
    public void Matrix_NamesPartiesFromTheLedgerItCarries() =>
        Cards.Of(Matrix).ToText().Should().Contain("Russia").And.Contain("Azerbaijan").And.NotContain("russia ");

    [Theory]
    [InlineData("1,960 personnel", "exactly 1,960")]
    [InlineData("more than 5,000 personnel", "more than 5,000")]
    [InlineData("about 2,000 personnel", "1,800 to 2,200")]
    [InlineData("at least 3 soldiers", "at least 3")]
    public void Range_IsInWords(string quantity, string words) => Cards.Range(Quantity.Parse(quantity).ToInterval()).Should().Be(words);
}

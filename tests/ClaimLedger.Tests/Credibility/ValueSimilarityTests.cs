using ClaimLedger.Credibility;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

public class ValueSimilarityTests
{
    private static readonly Ledger Places = Build();

    [Theory]
    [InlineData("knuth", "knuth donald", 0.5)]
    [InlineData("Knuth, Donald", "knuth donald", 1.0)]
    [InlineData("knuth donald; graham ronald", "knuth donald", 0.5)]
    [InlineData("convoy 1", "convoy 2", 1.0 / 3)]
    [InlineData("Şuşa", "susa", 1.0)]
    [InlineData("aho alfred", "ullman jeffrey", 0.0)]
    public void SharedWords_Text_IsJaccardOfFoldedWords(string given, string other, double expected) =>
        ValueSimilarity.SharedWords.Support(Term.Text(given), Term.Text(other), Places).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void SharedWords_Entities_ShareNothing() =>
        ValueSimilarity.SharedWords.Support(Term.Place("hadrut"), Term.Place("hadrut"), Places).Should().Be(0);

    [Theory]
    [InlineData("place:hin-tagher", "place:hadrut", 1.0)]
    [InlineData("place:hin-tagher", "place:nagorno-karabakh", 1.0)]
    [InlineData("place:hadrut", "place:hin-tagher", 0.0)]
    [InlineData("place:parukh", "place:hadrut", 0.0)]
    [InlineData("source:ru-mod", "party:russia", 1.0)]
    [InlineData("party:russia", "source:ru-mod", 0.0)]
    public void Containment_SupportsWhatTakesTheValueIn(string given, string other, double expected) =>
        ValueSimilarity.Containment.Support(Term.Parse(given), Term.Parse(other), Places).Should().Be(expected);

    [Fact]
    public void Default_IsTheGreaterOfContainmentAndSharedWords()
    {
        ValueSimilarity.Default.Support(Term.Place("hin-tagher"), Term.Place("hadrut"), Places).Should().Be(1);
        ValueSimilarity.Default.Support(Term.Text("knuth"), Term.Text("knuth donald"), Places).Should().Be(0.5);
        ValueSimilarity.None.Support(Term.Place("hin-tagher"), Term.Place("hadrut"), Places).Should().Be(0);
    }

    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(-1.0, 0.0)]
    [InlineData(double.NaN, 0.0)]
    [InlineData(0.25, 0.25)]
    public void From_ResultOutOfRange_IsClamped(double returned, double expected) =>
        ValueSimilarity.From((_, _) => returned).Support(Term.Text("a"), Term.Text("b"), Places).Should().Be(expected);

    [Fact]
    public void GreatestAndFrom_NullArguments_Throw()
    {
        ((Action)(() => ValueSimilarity.From(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ValueSimilarity.Greatest(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ValueSimilarity.Greatest(ValueSimilarity.None, null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Run_SimilarValue_LendsItsVotes()
    {
        // Two stores list "knuth donald", two others "wirth niklaus"; a fifth lists only "knuth". With similarity the
        // short listing counts partly for the full one; with none, the two lists are tied.
        Ledger ledger = Book(("s1", "knuth donald"), ("s2", "knuth donald"), ("s3", "wirth niklaus"), ("s4", "wirth niklaus"), ("s5", "knuth"));

        QuestionBelief similar = TruthDiscovery.Default.Run(ledger).AnswerTo("written-by", Term.Text("book"))!;
        QuestionBelief plain = new TruthDiscovery(new TruthDiscoveryOptions { Similarity = ValueSimilarity.None }).Run(ledger).AnswerTo("written-by", Term.Text("book"))!;

        similar.Favoured!.Value.Should().Be(Term.Text("knuth donald"));
        Belief(plain, "knuth donald").Should().BeApproximately(Belief(plain, "wirth niklaus"), 1e-9);
        plain.Favoured.Should().BeNull("two values share the highest belief");
    }

    private static double Belief(QuestionBelief q, string value) => q.Values.Single(v => v.Value!.Value == value).Belief;

    internal static Ledger Book(params (string Store, string Authors)[] listings) =>
        new LedgerBuilder().Add(World)
            .AddPredicate(new Predicate("written-by", "written by") { Cardinality = PredicateCardinality.OneObjectPerSubject })
            .AddSource(listings.Select(l => l.Store).Distinct().Select(s => new Source(s, s, SourceKind.IndependentMedia)))
            .AddClaim(listings.Select((l, i) => Claim($"listing-{i}", l.Store, "text:book", "written-by", $"text:{l.Authors}", "hadrut-2020")))
            .Build();
}

using ClaimLedger.Credibility;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

/// <summary>The per-question answers of a truth-discovery run: every value with its belief, the favoured one, every question.</summary>
public class TruthDiscoveryResultTests
{
    private static readonly Predicate HappenedNear = new("happened-near", "happened near") { Cardinality = PredicateCardinality.OneObjectPerSubject };

    [Fact]
    public void AnswerTo_SingleClaimedValue_IsReportedWithItsBelief()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ValueSimilarityTests.Book(("s1", "knuth donald"), ("s2", "knuth donald")));

        QuestionBelief answer = result.AnswerTo("written-by", Term.Text("book"))!;
        answer.IsContested.Should().BeFalse();
        answer.Values.Should().ContainSingle();
        answer.Favoured!.Value.Should().Be(Term.Text("knuth donald"));
        answer.Favoured.Affirming.Select(v => v.Source.Value).Should().Equal("s1", "s2");
        answer.Favoured.Belief.Should().BeGreaterThan(0.5, "two votes among a hundred possible values");
        result.Questions.Should().ContainSingle().Which.Should().BeSameAs(answer);
        result.Propositions.Should().BeEmpty("nothing is contested");
    }

    [Fact]
    public void AnswerTo_ManyValuesSplitTheBelief_FavouredIsTheMostBelievedEvenBelowHalf()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ValueSimilarityTests.Book(
            ("s1", "aho alfred"), ("s2", "aho alfred"), ("s3", "aho alfred"), ("s4", "ullman jeffrey"), ("s5", "ullman jeffrey"), ("s6", "sethi ravi"), ("s7", "sethi ravi")));

        QuestionBelief answer = result.AnswerTo("written-by", Term.Text("book"))!;

        answer.IsContested.Should().BeTrue();
        answer.Values.Select(v => v.Value!.Value).Should().Equal("aho alfred", "sethi ravi", "ullman jeffrey");
        answer.Values.Should().BeInDescendingOrder(v => v.Belief);
        answer.Favoured!.Value.Should().Be(Term.Text("aho alfred"));
        answer.Values.Sum(v => v.Belief).Should().BeLessThanOrEqualTo(1 + 1e-12);
        result.BeliefIn(new Proposition(Term.Text("book"), "written-by", Term.Text("aho alfred")))!.Belief.Should().Be(answer.Favoured.Belief);
    }

    [Fact]
    public void AnswerTo_YesOrNoQuestion_FavoursItsValueOnlyAboveHalf()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(Parukh.Ledger);

        QuestionBelief withdrew = result.AnswerTo("withdrew-from", Term.Party("azerbaijan"), FuzzyDate.Parse("27 March 2022"))!;

        withdrew.IsOneValueAtATime.Should().BeFalse();
        withdrew.Values.Should().ContainSingle().Which.Belief.Should().BeLessThan(0.5);
        withdrew.Favoured.Should().BeNull();
        result.AnswerTo("withdrew-from", Term.Party("azerbaijan"), FuzzyDate.Parse("May 2022")).Should().BeNull();
        result.AnswerTo("captured", Term.Party("azerbaijan")).Should().BeNull();
    }

    [Fact]
    public void Run_VillageWithinTheArea_IsNotCountedAgainstIt()
    {
        // One source says the shelling happened near Hadrut, another names Hin Tagher, a village within Hadrut.
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(HappenedNear)
            .AddClaim(
                Claim("near-town", "reuters", "text:shelling", "happened-near", "place:hadrut", "hadrut-2020"),
                Claim("in-village", "artsakh-gov", "text:shelling", "happened-near", "place:hin-tagher", "hadrut-2020"))
            .Build();

        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);

        QuestionBelief answer = result.AnswerTo(HappenedNear.Id, Term.Text("shelling"))!;
        answer.IsContested.Should().BeFalse("the village lies within the town's area: one account");
        ValueBelief town = answer.Values.Single(v => Term.Place("hadrut").Equals(v.Value));
        ValueBelief village = answer.Values.Single(v => Term.Place("hin-tagher").Equals(v.Value));
        town.Belief.Should().BeGreaterThan(village.Belief, "the village's report supports the town's too");
        town.Denying.Should().BeEmpty();
        village.Denying.Should().BeEmpty();
        result.BeliefIn(town.Proposition).Should().BeNull("nothing contests it");
        IndependenceAnalyzer.Default.Corroborate(ledger, new Proposition(Term.Text("shelling"), "happened-near", Term.Place("hadrut"))).Denying.Count.Should().Be(0);
    }

    [Fact]
    public void Run_TwoVillagesOfOneArea_StillCompete()
    {
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(HappenedNear)
            .AddClaim(
                Claim("a", "reuters", "text:shelling", "happened-near", "place:hin-tagher", "hadrut-2020"),
                Claim("b", "artsakh-gov", "text:shelling", "happened-near", "place:parukh", "hadrut-2020"))
            .Build();

        QuestionBelief answer = TruthDiscovery.Default.Run(ledger).AnswerTo(HappenedNear.Id, Term.Text("shelling"))!;

        answer.IsContested.Should().BeTrue();
    }

    [Fact]
    public void Run_PredicateLeftAtManyValues_WarnsThatNothingWasDecided()
    {
        var manyValues = new Predicate("written-by", "written by");
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(manyValues).AddSource(new Source("s1", "s1", SourceKind.IndependentMedia), new Source("s2", "s2", SourceKind.IndependentMedia))
            .AddClaim(
                Claim("a", "s1", "text:book", "written-by", "text:knuth", "hadrut-2020"), Claim("b", "s2", "text:book", "written-by", "text:wirth", "hadrut-2020"),
                Claim("c", "s1", "text:other book", "written-by", "text:aho", "hadrut-2020"), Claim("d", "s2", "text:other book", "written-by", "text:ullman", "hadrut-2020"),
                Claim("e", "s1", "text:third book", "written-by", "text:date", "hadrut-2020"), Claim("f", "s2", "text:third book", "written-by", "text:date", "hadrut-2020"))
            .Build();

        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);

        result.Questions.Should().HaveCount(5).And.OnlyContain(q => !q.IsContested);
        result.Warnings.Should().Equal(CredibilityErrors.NothingToDecide("written-by", 2, 3));
        result.Warnings[0].Should().Contain("declare its Cardinality");
    }

    [Fact]
    public void Run_OneSubjectGivenTwoValues_IsNoPattern()
    {
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(new Predicate("written-by", "written by"))
            .AddSource(new Source("s1", "s1", SourceKind.IndependentMedia), new Source("s2", "s2", SourceKind.IndependentMedia))
            .AddClaim(Claim("a", "s1", "text:book", "written-by", "text:knuth", "hadrut-2020"), Claim("b", "s2", "text:book", "written-by", "text:wirth", "hadrut-2020"))
            .Build();

        TruthDiscovery.Default.Run(ledger).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Run_ContestedPredicate_HasNoWarning() =>
        TruthDiscovery.Default.Run(Parukh.Ledger).Warnings.Should().BeEmpty();

    [Fact]
    public void Run_BuiltInPredicatesOfManyValues_AreNotWarnedAbout() =>
        TruthDiscovery.Default.Run(ClaimLedger.Data.BundledLedgers.NagornoKarabakh).Warnings.Should().BeEmpty("their cardinalities are declared on purpose");

    [Fact]
    public void AnswerTo_NullTerm_Throws() =>
        ((Action)(() => TruthDiscovery.Default.Run(Parukh.Ledger).AnswerTo("controls", null!))).Should().Throw<ArgumentNullException>();
}

using ClaimLedger.Contradictions;
using ClaimLedger.Validation;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests;

public class PredicateTests
{
    [Fact]
    public void SameAs_BlameInDifferentWords_IsMutualBlameThatNamesEachWording()
    {
        Ledger ledger = Build(
            Claim("n-provoked", "north-mod", "party:south", "provoked", "incident:clash", stated: "3 March 2021"),
            Claim("s-opened-fire", "south-mod", "party:north", "opened-fire-first", "incident:clash", stated: "4 March 2021"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.MutualBlame);
        found.Topic.Should().Be("started incident:clash");
        found.Explanation.Should().Contain("North's Ministry of Defence said on 3 March 2021 that South provoked Border clash")
            .And.Contain("South's Ministry of Defence said on 4 March 2021 that North opened fire first in Border clash")
            .And.EndWith("The claims word it \"opened fire first in\", \"provoked\", which the vocabulary takes as \"started\".");
    }

    [Fact]
    public void SameAs_CausedAgainstAnotherCause_IsIncompatibleValues()
    {
        Ledger ledger = Build(
            Claim("n-cause", "north-mod", "text:a misfired rocket", "caused", "incident:clash"),
            Claim("s-cause", "south-mod", "party:north", "responsible-for", "incident:clash"));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.IncompatibleValues);
    }

    [Fact]
    public void InverseOf_DeniedInTheOtherVoice_MeetsTheAffirmation()
    {
        Ledger ledger = Build(
            Claim("s-attacked", "south-mod", "party:south", "was-attacked-by", "party:north"),
            Claim("n-denies", "north-mod", "party:north", "attacked", "party:south", Stance.Denies));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Sides[0].Statements.Single().Proposition.ToString().Should().Be("party:north attacked party:south");
        found.Explanation.Should().Contain("South was attacked by North");
    }

    [Fact]
    public void InverseOf_UserWording_IsComparedWithoutAnyChangeToTheEngine()
    {
        Predicate rammed = new("rammed", "rammed") { Quantity = QuantityUse.Optional };
        Predicate wasRammedBy = new("was-rammed-by", "was rammed by") { InverseOf = "rammed" };
        Ledger ledger = Build(
            [rammed, wasRammedBy],
            Claim("s-rammed", "south-mod", "text:the patrol boat", "was-rammed-by", "text:the coastguard cutter"),
            Claim("n-denies", "north-mod", "text:the coastguard cutter", "rammed", "text:the patrol boat", Stance.Denies));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }

    [Fact]
    public void SameAs_SeizedEntailsControlLikeCaptured()
    {
        Ledger ledger = Build(
            Claim("n-seized", "north-mod", "party:north", "seized", "place:village-a"),
            Claim("s-holds", "south-mod", "party:south", "controls", "place:village-a"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
        found.Topic.Should().Be("controls place:village-a");
    }

    [Fact]
    public void Validate_WordingWithSemanticsOfItsOwn_IsRefusedWithItsPath()
    {
        Predicate wording = new("blamed", "blamed") { SameAs = "started", Cardinality = PredicateCardinality.OneSubjectPerObject };

        Action add = () => new LedgerBuilder().AddPredicate(wording);

        add.Should().Throw<LedgerValidationException>()
            .Which.Problems.Should().ContainSingle(p => p.Path == "predicates[0].sameAs" && p.Code == ErrorCodes.InvalidValue);
    }

    [Fact]
    public void Validate_WordingOfAnUnknownPredicate_IsAnUnknownReference()
    {
        Action add = () => new LedgerBuilder().AddPredicate(new Predicate("blamed", "blamed") { SameAs = "no-such" });

        add.Should().Throw<LedgerValidationException>()
            .Which.Problems.Should().Contain(p => p.Path == "predicates[0].sameAs" && p.Code == ErrorCodes.UnknownReference);
    }

    [Fact]
    public void Validate_WordingsInACircle_AreRefused()
    {
        Action add = () => new LedgerBuilder().AddPredicate(
            new Predicate("a", "a") { SameAs = "b" },
            new Predicate("b", "b") { InverseOf = "a" });

        add.Should().Throw<LedgerValidationException>()
            .Which.Problems.Should().Contain(p => p.Code == ErrorCodes.ParentLoop);
    }

    [Fact]
    public void Equals_DiffersInSameAs_IsNotEqual()
    {
        new Predicate("x", "x") { SameAs = "started" }.Should().NotBe(new Predicate("x", "x") { SameAs = "attacked" });
        new Predicate("x", "x") { SameAs = "started" }.Should().Be(new Predicate("x", "x") { SameAs = "started" });
    }

    [Fact]
    public void AreOpposites_OtherWordsForEachPole_AreOpposites()
    {
        Predicate characterised = BuiltInPredicates.CharacterisedAs;

        characterised.AreOpposites("contradicts the mandate", "in accordance with the agreement").Should().BeTrue();
        characterised.AreOpposites("Breach", "legitimate").Should().BeTrue();
        characterised.AreOpposites("breach", "violation").Should().BeFalse("both are the same pole");
        characterised.AreOpposites("fabricated", "genuine").Should().BeTrue();
    }

    [Theory]
    [InlineData("an unlawful act of aggression", "right and legal")]
    [InlineData("non-military pre-emptive action", "aggression")]
    [InlineData("a staged provocation", "real")]
    public void AreOpposites_LabelsThatHoldAPolesWords_AreOpposites(string first, string second) =>
        BuiltInPredicates.CharacterisedAs.AreOpposites(first, second).Should().BeTrue();

    [Theory]
    [InlineData("not legal", "legal")]
    [InlineData("illegal", "illegally occupied")]
    [InlineData("legal or illegal", "legal")]
    public void AreOpposites_NegatedOrAmbiguousLabels_AreNotReadIntoAPole(string first, string second) =>
        BuiltInPredicates.CharacterisedAs.AreOpposites(first, second).Should().BeFalse();

    [Fact]
    public void BuiltIns_HoldNoConflictsLabels()
    {
        string[] labels = [.. BuiltInPredicates.All.SelectMany(p => p.Opposites).SelectMany(o => o.WordsOf(true).Concat(o.WordsOf(false)))];

        labels.Should().NotContain(l => l.Contains("Armenian", StringComparison.OrdinalIgnoreCase) || l.Contains("Azerbaijan", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void BuiltIns_EveryWordingNamesABuiltInNotion()
    {
        var ids = BuiltInPredicates.All.Select(p => p.Id).ToHashSet();

        BuiltInPredicates.Wordings.Should().OnlyContain(w => w.IsWording && ids.Contains((w.SameAs ?? w.InverseOf)!.Value));
        new LedgerBuilder().Build().Predicates.Should().HaveCount(BuiltInPredicates.All.Length);
    }
}

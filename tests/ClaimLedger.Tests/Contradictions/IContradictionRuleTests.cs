using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

public class IContradictionRuleTests
{
    /// <summary>
    /// A user rule with its own shortcut, declared next to its logic: it only looks at "attacked" topics, only at
    /// statements of one subject and object, and only where two speakers give figures. It flags one speaker's two
    /// different figures for one attack.
    /// </summary>
    private sealed class SpeakerChangedFigure : IContradictionRule
    {
        public int Asked { get; private set; }

        public string Name => "speaker-changed-figure";

        public RuleReach ReachFor(Predicate predicate) => predicate.Id == "attacked" ? RuleReach.Proposition : RuleReach.None;

        public bool MayFind(Predicate predicate, TopicCensus census)
        {
            Asked++;
            return census.Figures >= 2;
        }

        public IEnumerable<Contradiction> Find(ContradictionTopic topic)
        {
            foreach (var bySpeaker in topic.Statements.Where(s => s.Claim.Quantity is not null).GroupBy(s => s.Claim.Speaker))
            {
                var figures = bySpeaker.GroupBy(s => s.Claim.Quantity!.Value).ToList();
                if (figures.Count > 1)
                {
                    yield return topic.Create(
                        ContradictionKind.Custom,
                        Name,
                        figures.Select(g => (g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (IEnumerable<Statement>)g)),
                        $"{bySpeaker.Key} gave different figures.");
                }
            }
        }
    }

    [Fact]
    public void UserRule_WithItsOwnShortcut_IsAskedAndFindsWhatItLooksFor()
    {
        var rule = new SpeakerChangedFigure();
        var engine = new ContradictionEngine(new ContradictionOptions { Rules = [rule], UseBuiltInRules = false });
        Ledger ledger = Build(
            Claim("a", "north-mod", "party:south", "shelled", "party:north", quantity: "5 shells"),
            Claim("b", "north-mod", "party:south", "attacked", "party:north", quantity: "9 shells"),
            Claim("c", "north-mod", "party:south", "controls", "place:village-a"),
            Claim("d", "south-mod", "party:south", "controls", "place:village-a"));

        Contradiction found = engine.FindAll(ledger).Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Custom);
        found.Rule.Should().Be("speaker-changed-figure");
        rule.Asked.Should().Be(1, "the rule said it reaches no 'controls' topic");
    }

    [Fact]
    public void UserRule_WithNoDeclarations_SeesEveryTopicWhole()
    {
        var counting = new CountingRule();
        var engine = new ContradictionEngine(new ContradictionOptions { Rules = [counting] });
        Ledger ledger = Build(
            Claim("a", "north-mod", "party:south", "attacked", "party:north"),
            Claim("b", "south-mod", "party:south", "attacked", "text:the depot"));

        engine.FindFor(ledger, "a").Should().BeEmpty();

        counting.Seen.Should().Be(2, "without a declared reach the engine narrows nothing for it");
    }

    [Fact]
    public void FindFor_EveryClaimOfEveryKindOfTopic_AgreesWithAFullPass()
    {
        Ledger ledger = Build(
            [new Predicate("crashed-in", "crashed in") { Cardinality = PredicateCardinality.OneObjectPerSubject }],
            Claim("a", "south-mod", "party:north", "shelled", "party:south", place: "village-a"),
            Claim("b", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, place: "district"),
            Claim("c", "north-mod", "party:south", "provoked", "incident:clash"),
            Claim("d", "south-mod", "party:north", "started", "incident:clash"),
            Claim("e", "wire", "text:the airliner", "crashed-in", "place:village-a"),
            Claim("f", "monitor", "text:the airliner", "crashed-in", "place:elsewhere"),
            Claim("g", "north-mod", "party:north", "killed", "party:south", quantity: "3 soldiers"),
            Claim("h", "south-mod", "party:north", "killed", "party:south", quantity: "30 soldiers"),
            Claim("i", "south-mod", "party:south", "suffered-losses", stance: Stance.Denies));
        ImmutableArray<Contradiction> all = ledger.FindContradictions();

        all.Should().HaveCount(5);
        foreach (Claim claim in ledger.Claims)
        {
            ContradictionEngine.Default.FindFor(ledger, claim.Id).Should().Equal(all.Where(c => c.Involves(claim.Id)), $"for claim {claim.Id}");
        }
    }

    private sealed class CountingRule : IContradictionRule
    {
        public int Seen { get; private set; }

        public string Name => "counting";

        public IEnumerable<Contradiction> Find(ContradictionTopic topic)
        {
            Seen += topic.Statements.Length;
            return [];
        }
    }
}

namespace ClaimLedger.Contradictions;

/// <summary>
/// The same subject given labels the predicate declares opposite ("violation" and "lawful", or any other words
/// declared to mean them: "contradicts the mandate" and "in accordance with the agreement"), for overlapping times.
/// </summary>
internal sealed class OppositeLabelsRule : IContradictionRule
{
    public string Name => "opposite-labels";

    public RuleReach ReachFor(Predicate predicate) => predicate.Opposites.IsDefaultOrEmpty ? RuleReach.None : RuleReach.Topic;

    public bool MayFind(Predicate predicate, TopicCensus census) => census.Affirmations >= 2;

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        if (topic.Predicate.Opposites.IsDefaultOrEmpty)
        {
            yield break;
        }

        var labelled = topic.Statements.Where(s => s.Stance == Stance.Affirms && s.Proposition.Object is not null).ToList();

        // One clash of labels is one finding, under the first declared pair that opposes them ("aggression" against
        // "self-defence" is also "violation" against "lawful").
        var reported = new List<HashSet<Statement>>();
        foreach (OppositeLabels pair in topic.Predicate.Opposites)
        {
            var poles = labelled.ToLookup(s => pair.PoleOf(s.Proposition.Object!.Key));
            var first = poles[1].ToList();
            var second = poles[2].ToList();
            foreach (var (left, right) in Overlaps.TwoSided(first, second))
            {
                HashSet<Statement> joined = [.. left, .. right];
                if (reported.Any(r => joined.IsSubsetOf(r)))
                {
                    continue;
                }

                reported.Add(joined);
                Narrator n = topic.Narrator;
                string subject = n.Name(topic.Anchor);
                string explanation = $"{Narrator.Capitalise(subject)} is given opposite labels, \"{pair.First}\" and \"{pair.Second}\": "
                    + Narrator.Some(left.Concat(right).Select(s => n.Sentence(s))) + ".";
                yield return topic.Create(
                    ContradictionKind.OppositeCharacterisations,
                    Name,
                    [($"{subject}: {pair.First}", left), ($"{subject}: {pair.Second}", right)],
                    explanation,
                    static (a, b) => Interval.Of(a.Time).Overlaps(Interval.Of(b.Time)));
            }
        }
    }
}

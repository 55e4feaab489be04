using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>The same subject given labels the predicate declares opposite ("violation" and "lawful"), for overlapping times.</summary>
internal sealed class OppositeLabelsRule : IContradictionRule
{
    public string Name => "opposite-labels";

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        if (topic.Predicate.Opposites.IsDefaultOrEmpty)
        {
            yield break;
        }

        var labelled = topic.Statements
            .Where(s => s.Stance == Stance.Affirms && s.Proposition.Object is not null)
            .ToLookup(s => s.Proposition.Object!.Key);
        foreach (OppositeLabels pair in topic.Predicate.Opposites)
        {
            var first = labelled[TextFolding.Fold(pair.First)].ToList();
            var second = labelled[TextFolding.Fold(pair.Second)].ToList();
            foreach (var (left, right) in Overlaps.TwoSided(first, second))
            {
                Narrator n = topic.Narrator;
                string subject = n.Name(topic.Anchor);
                string explanation = $"{subject} is given opposite labels, \"{pair.First}\" and \"{pair.Second}\": "
                    + string.Join("; ", left.Concat(right).Select(s => n.Sentence(s))) + ".";
                yield return topic.Create(
                    ContradictionKind.OppositeCharacterisations,
                    Name,
                    [($"{subject}: {pair.First}", left), ($"{subject}: {pair.Second}", right)],
                    explanation);
            }
        }
    }
}

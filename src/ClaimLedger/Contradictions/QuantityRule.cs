namespace ClaimLedger.Contradictions;

/// <summary>
/// The same measure (subject, notion, object, place and unit) of the same time given figures whose ranges do not
/// overlap. "About" and "nearly" are widened by <see cref="ContradictionOptions.Quantities"/> first, so 1,960 and
/// "approximately 2,000" agree; units compare through <see cref="ContradictionOptions.Units"/>, so "sailors" and
/// "seamen" are one measure and "troops" and "people" are two.
/// </summary>
internal sealed class QuantityRule : IContradictionRule
{
    public string Name => "quantity";

    public RuleReach ReachFor(Predicate predicate) => RuleReach.Proposition;

    public bool MayFind(Predicate predicate, TopicCensus census) => census.Figures >= 2;

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        UnitVocabulary units = topic.Options.Units;
        var measured = topic.Statements.Where(s => !s.IsDerived && s.Stance == Stance.Affirms && s.Claim.Quantity is not null);
        foreach (var measure in measured.GroupBy(s => (PropositionKey.Of(s.Proposition), Unit: units.KeyOf(s.Claim.Quantity!.Unit))))
        {
            foreach (List<Statement> cluster in Overlaps.Clusters(measure))
            {
                var ranges = cluster.ToDictionary(s => s, s => s.Claim.Quantity!.ToInterval(topic.Options.Quantities));
                var times = cluster.ToDictionary(s => s, s => Interval.Of(s.Time));
                var involved = cluster
                    .Where(s => cluster.Any(o => times[o].Overlaps(times[s]) && !ranges[o].Overlaps(ranges[s])))
                    .ToList();
                if (involved.Count > 0)
                {
                    yield return Make(topic, involved, ranges);
                }
            }
        }
    }

    private Contradiction Make(ContradictionTopic topic, List<Statement> involved, Dictionary<Statement, QuantityInterval> ranges)
    {
        // Group mutually compatible figures: sort by upper end, and let each group share one point (interval stabbing).
        var sides = new List<List<Statement>>();
        decimal? stab = null;
        foreach (Statement s in involved.OrderBy(s => ranges[s].High ?? decimal.MaxValue).ThenBy(s => s.Claim.Id))
        {
            QuantityInterval range = ranges[s];
            if (sides.Count > 0 && stab is { } point && range.Contains(point))
            {
                sides[^1].Add(s);
                continue;
            }

            sides.Add([s]);
            stab = range.High ?? range.Low ?? 0m;
            if (!range.Contains(stab.Value))
            {
                stab = range.Low;
            }
        }

        Narrator n = topic.Narrator;
        string measure = n.Phrase(involved[0].Proposition);
        string figures = string.Join("; ", sides.SelectMany(g => g).Select(s => $"{n.Sentence(s)}: {s.Claim.Quantity} {ranges[s]}"));
        string explanation = $"The figures for \"{measure}\" cannot all be right, as their ranges do not overlap: {figures}.";
        return topic.Create(
            ContradictionKind.IncompatibleQuantities,
            Name,
            sides.Select(g => (string.Join(" / ", g.Select(s => s.Claim.Quantity!.ToString()).Distinct()), (IEnumerable<Statement>)g)),
            explanation);
    }
}

namespace ClaimLedger.Contradictions;

/// <summary>
/// The same measure (subject, notion, object, place and unit) given figures whose ranges do not overlap. "About" and
/// "nearly" are widened by <see cref="ContradictionOptions.Quantities"/> first, so 1,960 and "approximately 2,000"
/// agree; units compare through <see cref="ContradictionOptions.Units"/>, so "sailors" and "seamen" are one measure and
/// "troops" and "people" are two.
/// </summary>
/// <remarks>
/// <para>
/// Figures of a <see cref="CountKind.Event"/> predicate compare when the times they are about overlap. Figures of a
/// <see cref="CountKind.RunningTotal"/> predicate (a toll) compare as of when each was given (<see cref="Claim.AsOf"/>,
/// else when it was stated): totals as of overlapping times must agree, a total that rises from one report to the
/// next is a sequence, and a later total below an earlier one's lowest reading is flagged, since a toll does not fall.
/// </para>
/// <para>
/// A speaker's later figure for a measure supersedes their earlier one: that is a revision (see
/// <see cref="ContradictionEngine.FindRevisions"/>), and the superseded figure takes no part in contradictions unless
/// <see cref="ContradictionOptions.KeepSuperseded"/> is set.
/// </para>
/// </remarks>
internal sealed class QuantityRule : IContradictionRule
{
    public string Name => "quantity";

    public RuleReach ReachFor(Predicate predicate) => RuleReach.Proposition;

    public bool MayFind(Predicate predicate, TopicCensus census) => census.Figures >= 2;

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        bool running = topic.Predicate.Counts == CountKind.RunningTotal;
        foreach (List<Statement> measure in Measures(topic))
        {
            HashSet<Statement> superseded = topic.Options.KeepSuperseded ? [] : [.. Revisions(topic.Ledger, measure).SelectMany(r => r.SkipLast(1))];
            var figures = measure.Where(s => !superseded.Contains(s))
                .Select(s => new Figure(s, s.Claim.Quantity!.ToInterval(topic.Options.Quantities), running ? AsOf(s) : Interval.Of(s.Time)))
                .ToList();
            var disagree = new HashSet<Statement>();
            var fell = new List<(Figure Earlier, Figure Later)>();
            for (int i = 0; i < figures.Count; i++)
            {
                for (int j = i + 1; j < figures.Count; j++)
                {
                    Figure a = figures[i], b = figures[j];
                    if (a.Range.Overlaps(b.Range))
                    {
                        continue;
                    }

                    if (a.Time.Overlaps(b.Time))
                    {
                        disagree.Add(a.Statement);
                        disagree.Add(b.Statement);
                    }
                    else if (running && Fell(a, b) is { } drop)
                    {
                        fell.Add(drop);
                    }
                }
            }

            var involved = figures.Where(f => disagree.Contains(f.Statement) || fell.Any(p => p.Earlier == f || p.Later == f)).ToList();
            if (involved.Count > 0)
            {
                yield return Make(topic, involved, disagree.Count > 0, fell);
            }
        }
    }

    /// <summary>The figures a topic gives, one group per measure: the same proposition and unit, own statements that affirm.</summary>
    internal static IEnumerable<List<Statement>> Measures(ContradictionTopic topic)
    {
        UnitVocabulary units = topic.Options.Units;
        return topic.Statements
            .Where(s => !s.IsDerived && s.Stance == Stance.Affirms && s.Claim.Quantity is not null)
            .GroupBy(s => (PropositionKey.Of(s.Proposition), Unit: units.KeyOf(s.Claim.Quantity!.Unit)))
            .Select(g => g.ToList())
            .Where(g => g.Count > 1);
    }

    /// <summary>
    /// Each speaker's figures for one measure that were said one after another, in the order they were said: the
    /// last one stands, every earlier one is superseded. Speakers with one figure, or figures said together, give none.
    /// </summary>
    internal static IEnumerable<List<Statement>> Revisions(Ledger ledger, List<Statement> measure)
    {
        foreach (var bySpeaker in measure.GroupBy(s => s.Claim.Speaker))
        {
            var said = bySpeaker.ToList();
            if (said.Count < 2)
            {
                continue;
            }

            // Order by "said after": a figure goes after every figure it was said after.
            var ordered = said.OrderBy(s => said.Count(o => o != s && Later(ledger, s, o))).ThenBy(s => s.Claim.Id).ToList();
            var chain = new List<Statement> { ordered[0] };
            foreach (Statement next in ordered.Skip(1))
            {
                if (Later(ledger, next, chain[^1]))
                {
                    chain.Add(next);
                }
            }

            if (chain.Count > 1)
            {
                yield return chain;
            }
        }
    }

    private static bool Later(Ledger ledger, Statement later, Statement earlier) =>
        Chronology.StatedAfter(ledger, later.Claim, earlier.Claim) && !Chronology.StatedTogether(later.Claim, earlier.Claim);

    /// <summary>The time a running total counts up to: its own "as of", else when it was said, else the time it is about.</summary>
    private static Interval AsOf(Statement s) =>
        Interval.Of(s.Claim.AsOf ?? s.Claim.Attribution.Stated ?? s.Time);

    // b was given after a, and even a's lowest reading is above b's highest: the total fell.
    private static (Figure Earlier, Figure Later)? Fell(Figure a, Figure b)
    {
        (Figure earlier, Figure later) = a.Time.End < b.Time.Start ? (a, b) : (b, a);
        return earlier.Range.Low is { } low && later.Range.High is { } high && (low > high || (low == high && !(earlier.Range.LowInclusive && later.Range.HighInclusive)))
            ? (earlier, later)
            : null;
    }

    private Contradiction Make(ContradictionTopic topic, List<Figure> involved, bool disagree, List<(Figure Earlier, Figure Later)> fell)
    {
        // Group figures that agree with one another: in order of upper end, each joins the first group whose every
        // figure it overlaps, so no side holds two figures that conflict.
        var sides = new List<List<Figure>>();
        foreach (Figure f in involved.OrderBy(f => f.Range.High ?? decimal.MaxValue).ThenBy(f => f.Range.Low ?? 0m).ThenBy(f => f.Statement.Claim.Id))
        {
            List<Figure>? home = sides.FirstOrDefault(g => g.All(o => o.Range.Overlaps(f.Range)));
            if (home is null)
            {
                sides.Add([f]);
            }
            else
            {
                home.Add(f);
            }
        }

        Narrator n = topic.Narrator;
        string measure = n.Phrase(involved[0].Statement.Proposition);
        string figures = string.Join("; ", sides.SelectMany(g => g).Select(f => $"{n.Sentence(f.Statement)}: {Narrator.Figure(f.Statement.Claim.Quantity!, f.Range)}"));
        string explanation = disagree
            ? $"The figures for \"{measure}\" cannot all be right, as their ranges do not overlap: {figures}."
            : $"A running total for \"{measure}\" cannot fall, but a later figure is below an earlier one: {figures}.";
        if (disagree && fell.Count > 0)
        {
            explanation = explanation.TrimEnd('.') + "; and the total falls from one report to a later one.";
        }

        return topic.Create(
            ContradictionKind.IncompatibleQuantities,
            Name,
            sides.Select(g => (string.Join(" / ", g.Select(f => f.Statement.Claim.Quantity!.ToString()).Distinct()), g.Select(f => f.Statement))),
            explanation);
    }

    private sealed record Figure(Statement Statement, QuantityInterval Range, Interval Time);
}

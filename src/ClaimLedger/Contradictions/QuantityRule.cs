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
            HashSet<Statement> superseded = topic.Options.KeepSuperseded ? [] : Superseded(topic, measure);
            var figures = measure.Where(s => !superseded.Contains(s))
                .Select(s => new Figure(s, s.Claim.Quantity!.ToInterval(topic.Options.Quantities), running ? AsOf(s) : Interval.Of(s.Time)))
                .ToList();
            var disagree = new List<(Figure, Figure)>();
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
                        disagree.Add((a, b));
                    }
                    else if (running && Fell(a, b) is { } drop)
                    {
                        fell.Add(drop);
                    }
                }
            }

            if (disagree.Count > 0 || fell.Count > 0)
            {
                yield return Make(topic, [.. disagree, .. fell], disagree.Count > 0, fell.Count > 0);
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
    /// last one stands, every earlier one is superseded. Figures said together are ordered only for a running total,
    /// which can only rise: a speaker's lower total of the same day came first ("93, then 115, then 133 killed").
    /// Speakers with one figure give none.
    /// </summary>
    internal static IEnumerable<List<Statement>> Revisions(ContradictionTopic topic, List<Statement> measure)
    {
        Func<Statement, Statement, bool> Before = SaidBefore(topic);
        foreach (var bySpeaker in measure.GroupBy(s => s.Claim.Speaker))
        {
            var said = bySpeaker.ToList();
            if (said.Count < 2)
            {
                continue;
            }

            // A figure is superseded when the speaker gave another after it; the revision lists every figure in the
            // order said, so the last is the one that stands.
            var chain = InOrder([.. said.Where(s => said.Any(o => o != s && (Before(s, o) || Before(o, s))))], Before);
            if (chain.Count > 1)
            {
                yield return chain;
            }
        }
    }

    // A topological order of "said before" (Kahn's algorithm, ties by claim id), so every figure comes after those said before it.
    private static List<Statement> InOrder(List<Statement> items, Func<Statement, Statement, bool> before)
    {
        var left = new List<Statement>(items);
        var order = new List<Statement>(items.Count);
        while (left.Count > 0)
        {
            Statement next = left.Where(s => !left.Any(o => o != s && before(o, s))).OrderBy(s => s.Claim.Id).FirstOrDefault()
                ?? left.OrderBy(s => s.Claim.Id).First();
            order.Add(next);
            left.Remove(next);
        }

        return order;
    }

    /// <summary>The figures a speaker gave another figure for the same measure after.</summary>
    private static HashSet<Statement> Superseded(ContradictionTopic topic, List<Statement> measure)
    {
        Func<Statement, Statement, bool> before = SaidBefore(topic);
        return [.. measure.Where(s => measure.Any(o => o != s && o.Claim.Speaker == s.Claim.Speaker && before(s, o)))];
    }

    // Whether a speaker's figure came before another of theirs: said earlier, or, for a running total said at the same
    // time, lower (a total only rises).
    private static Func<Statement, Statement, bool> SaidBefore(ContradictionTopic topic)
    {
        Ledger ledger = topic.Ledger;
        bool running = topic.Predicate.Counts == CountKind.RunningTotal;
        QuantityOptions tolerances = topic.Options.Quantities;
        return (earlier, later) =>
            Later(ledger, later, earlier)
            || (running && !Later(ledger, earlier, later) && !Later(ledger, later, earlier)
                && Below(earlier.Claim.Quantity!.ToInterval(tolerances), later.Claim.Quantity!.ToInterval(tolerances)));
    }

    // Every number the first allows is below every number the second allows.
    private static bool Below(QuantityInterval first, QuantityInterval second) =>
        first.High is { } high && second.Low is { } low && (high < low || (high == low && !(first.HighInclusive && second.LowInclusive)));

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

    private Contradiction Make(ContradictionTopic topic, List<(Figure A, Figure B)> conflicts, bool disagree, bool fell)
    {
        // Sides are figures that do not conflict with one another: each figure, most conflicting first, joins the first
        // side that holds nothing it conflicts with. A rising toll stays on one side; the figure that breaks it stands apart.
        var against = new Dictionary<Figure, HashSet<Figure>>();
        foreach ((Figure a, Figure b) in conflicts)
        {
            (against.TryGetValue(a, out HashSet<Figure>? x) ? x : against[a] = []).Add(b);
            (against.TryGetValue(b, out HashSet<Figure>? y) ? y : against[b] = []).Add(a);
        }

        var sides = new List<List<Figure>>();
        foreach (Figure f in against.Keys.OrderByDescending(f => against[f].Count).ThenBy(f => f.Range.High ?? decimal.MaxValue).ThenBy(f => f.Statement.Claim.Id))
        {
            List<Figure>? home = sides.FirstOrDefault(g => !g.Any(against[f].Contains));
            if (home is null)
            {
                sides.Add([f]);
            }
            else
            {
                home.Add(f);
            }
        }

        sides = [.. sides.Select(g => g.OrderBy(f => f.Time.Start).ThenBy(f => f.Statement.Claim.Id).ToList()).OrderBy(g => g[0].Range.High ?? decimal.MaxValue)];
        List<Figure> involved = [.. sides.SelectMany(g => g)];

        Narrator n = topic.Narrator;
        string measure = n.Phrase(involved[0].Statement.Proposition);
        string figures = Narrator.Some(sides.SelectMany(g => g).Select(f => $"{n.Sentence(f.Statement)}: {Narrator.Figure(f.Statement.Claim.Quantity!, f.Range)}"));
        string explanation = disagree
            ? $"The figures for \"{measure}\" cannot all be right, as their ranges do not overlap: {figures}."
            : $"A running total for \"{measure}\" cannot fall, but a later figure is below an earlier one: {figures}.";
        if (disagree && fell)
        {
            explanation = explanation.TrimEnd('.') + "; and the total falls from one report to a later one.";
        }

        var byStatement = against.ToDictionary(p => p.Key.Statement, p => p.Value.Select(f => f.Statement).ToHashSet());
        return topic.Create(
            ContradictionKind.IncompatibleQuantities,
            Name,
            sides.Select(g => (string.Join(" / ", g.Select(f => f.Statement.Claim.Quantity!.ToString()).Distinct()), g.Select(f => f.Statement))),
            explanation,
            (a, b) => byStatement.TryGetValue(a, out HashSet<Statement>? others) && others.Contains(b));
    }

    private sealed record Figure(Statement Statement, QuantityInterval Range, Interval Time);
}

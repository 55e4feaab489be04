using ClaimLedger.Internal;

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
/// next is a sequence, and a later total below a firm earlier one's lowest reading is flagged, since a toll does not
/// fall (an earlier figure that was only hedged or conditional is no firm reading to fall from).
/// </para>
/// <para>
/// A speaker's later figure for a measure supersedes their earlier one: that is a revision (see
/// <see cref="ContradictionEngine.FindRevisions"/>), never a contradiction. The superseded figure stood until then: it
/// meets the figures other speakers gave before it was superseded, and nothing said after, unless
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
        foreach (List<Statement> measure in Measures(topic, anyPlace: true, withDenials: true))
        {
            // A speaker supersedes their own figure for the same measure at the same place only: each place apart. A
            // superseded figure stood until then, and meets what others said before it was superseded; one with no
            // known day of its own or of its successor's meets nothing.
            Dictionary<Statement, FuzzyDate?> superseded = topic.Options.KeepSuperseded ? []
                : measure.GroupBy(s => PropositionKey.Of(s.Proposition)).SelectMany(g => Superseded(topic, g.ToList())).ToDictionary(p => p.Key, p => p.Value);
            var figures = measure.Where(s => !superseded.TryGetValue(s, out FuzzyDate? until) || Standing.Stood(s.Claim, until))
                .Select(s => new Figure(s, s.Claim.Quantity!.ToInterval(topic.Options.Quantities), running ? AsOf(s) : Interval.Of(s.Time), PropositionKey.Of(s.Proposition).Place)
                {
                    Until = superseded.GetValueOrDefault(s),
                })
                .ToList();
            if (figures.All(f => f.Denied))
            {
                continue;
            }

            var disagree = new List<(Figure, Figure)>();
            var fell = new List<(Figure Earlier, Figure Later)>();

            // Figures at one place are one measure: every pair is compared, as of overlapping times.
            foreach (List<Figure> atPlace in figures.GroupBy(f => f.Place).Select(g => g.ToList()))
            {
                for (int i = 0; i < atPlace.Count; i++)
                {
                    for (int j = i + 1; j < atPlace.Count; j++)
                    {
                        Figure a = atPlace[i], b = atPlace[j];
                        if (!Conflict(a, b) || BothEntailedFromOneMeasure(topic, a.Statement, b.Statement) || !StoodTogether(a, b))
                        {
                            continue;
                        }

                        if (a.Denied || b.Denied)
                        {
                            // A toll does not fall: a firm total given before a denial that rules it out meets it too.
                            (Figure given, Figure denial) = a.Denied ? (b, a) : (a, b);
                            if (a.Time.Overlaps(b.Time) || (running && given.Until is null && denial.Until is null
                                && given.Time.End < denial.Time.Start && given.Statement.Claim.Modality == ClaimModality.Firm))
                            {
                                disagree.Add((a, b));
                            }

                            continue;
                        }

                        if (a.Time.Overlaps(b.Time))
                        {
                            disagree.Add((a, b));
                        }
                        else if (running && a.Until is null && b.Until is null && Fell(a, b) is { } drop)
                        {
                            fell.Add(drop);
                        }
                    }
                }
            }

            // A count at a place within another's place, for the same incident, is a part of the other's: it
            // conflicts only by exceeding it ("2 aircraft lost over Pakistan" against "1 aircraft lost"). Unrelated
            // places, or other incidents, count different things; so only one incident's figures at several places
            // are compared across them.
            foreach (List<Figure> ofIncident in figures.GroupBy(f => f.Statement.Claim.Incident).Select(g => g.ToList()).Where(g => g.Select(f => f.Place).Distinct().Skip(1).Any()))
            {
                for (int i = 0; i < ofIncident.Count; i++)
                {
                    for (int j = i + 1; j < ofIncident.Count; j++)
                    {
                        Figure a = ofIncident[i], b = ofIncident[j];
                        if (a.Denied || b.Denied || a.Place == b.Place || !a.Time.Overlaps(b.Time) || a.Range.Overlaps(b.Range) || BothEntailedFromOneMeasure(topic, a.Statement, b.Statement) || !StoodTogether(a, b))
                        {
                            continue;
                        }

                        if ((Within(topic, a.Place, b.Place) && Exceeds(a.Range, b.Range)) || (Within(topic, b.Place, a.Place) && Exceeds(b.Range, a.Range)))
                        {
                            disagree.Add((a, b));
                        }
                    }
                }
            }

            // One finding per place, as before places within places were compared, joined where a count at one place
            // conflicts with a count at a place that holds it.
            var finding = new Dictionary<string, string>(StringComparer.Ordinal);
            string Find(PlaceId? place)
            {
                string key = place?.Value ?? string.Empty;
                while (finding.TryGetValue(key, out string? up) && up != key)
                {
                    key = up;
                }

                return key;
            }

            foreach ((Figure a, Figure b) in disagree.Where(p => p.Item1.Place != p.Item2.Place))
            {
                finding[Find(a.Place)] = Find(b.Place);
            }

            foreach (var group in disagree.Select(p => (Pair: p, Fell: false)).Concat(fell.Select(p => (Pair: p, Fell: true)))
                .GroupBy(x => Find(x.Pair.Item1.Place)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                bool disagrees = group.Any(x => !x.Fell), falls = group.Any(x => x.Fell);
                yield return Make(topic, [.. group.Select(x => x.Pair)], disagrees, falls);
            }
        }
    }

    /// <summary>
    /// The figures a topic gives, one group per measure: the same proposition and unit, statements that affirm, the
    /// claims' own or entailed through a link that keeps the figure ("shot down two aircraft" says "lost two aircraft").
    /// </summary>
    /// <param name="topic">The topic.</param>
    /// <param name="anyPlace">Whether figures for one measure at different places fall in one group, to be compared
    /// place within place; else each place is a measure of its own.</param>
    /// <param name="withDenials">Whether denials of a figure ("denied that at least 40 were killed") join the measure.</param>
    internal static IEnumerable<List<Statement>> Measures(ContradictionTopic topic, bool anyPlace = false, bool withDenials = false)
    {
        UnitVocabulary units = topic.Options.Units;
        return topic.Statements
            .Where(s => (s.Via is null || s.Via.KeepsQuantity) && (s.Stance == Stance.Affirms || (withDenials && !s.IsWithdrawal)) && s.Claim.Quantity is not null)
            .GroupBy(s => (PropositionKey.Of(s.Proposition) is var key && anyPlace ? key with { Place = null } : key, Unit: units.KeyOf(s.Claim.Quantity!.Unit)))
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

    /// <summary>
    /// The figures a speaker gave another figure for the same measure after, each with the day the first of those
    /// later figures was said (null when none of them has a known day).
    /// </summary>
    private static IEnumerable<KeyValuePair<Statement, FuzzyDate?>> Superseded(ContradictionTopic topic, List<Statement> measure)
    {
        Func<Statement, Statement, bool> before = SaidBefore(topic);
        foreach (Statement s in measure)
        {
            var later = measure.Where(o => o != s && o.Claim.Speaker == s.Claim.Speaker
                && PropositionKey.Of(o.Proposition) == PropositionKey.Of(s.Proposition) && before(s, o)).ToList();
            if (later.Count > 0)
            {
                yield return new(s, later.Select(o => o.Claim.Attribution.Stated).OfType<FuzzyDate>().MinBy(d => Interval.Of(d).Start));
            }
        }
    }

    // Two figures both on the record at once: neither superseded, or, when one is, another speaker's said before then.
    // A speaker's own earlier figure is a revision, never a conflict.
    private static bool StoodTogether(Figure a, Figure b) =>
        (a.Until is null && b.Until is null)
        || (a.Statement.Claim.Speaker != b.Statement.Claim.Speaker
            && (a.Until is not { } ua || Standing.SaidBefore(b.Statement.Claim, ua))
            && (b.Until is not { } ub || Standing.SaidBefore(a.Statement.Claim, ub)));

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

    // Two figures entailed from claims of one measure ("killed 3 soldiers of B", "killed 30 soldiers of B") disagree
    // where they were said, in the claims' own topic; saying so again for what they entail ("B lost 3", "B lost 30")
    // adds nothing. An entailed figure meets a claim's own figure, or one entailed from another measure.
    private static bool BothEntailedFromOneMeasure(ContradictionTopic topic, Statement a, Statement b)
    {
        if (!a.IsDerived || !b.IsDerived)
        {
            return false;
        }

        Vocabulary words = topic.Ledger.State.Vocabulary;
        return PropositionKey.Of(words.Canonical(a.Claim.Proposition)) == PropositionKey.Of(words.Canonical(b.Claim.Proposition));
    }

    /// <summary>The time a running total counts up to: its own "as of", else when it was said, else the time it is about.</summary>
    private static Interval AsOf(Statement s) =>
        Interval.Of(s.Claim.AsOf ?? s.Claim.Attribution.Stated ?? s.Time);

    // b was given after a, a was said as a fact, and even a's lowest reading is above b's highest: the total fell. A
    // hedged or conditional earlier figure ("reportedly more than 70") is no firm reading for a later count to fall
    // from; a later one may well correct it.
    private static (Figure Earlier, Figure Later)? Fell(Figure a, Figure b)
    {
        (Figure earlier, Figure later) = a.Time.End < b.Time.Start ? (a, b) : (b, a);
        return earlier.Statement.Claim.Modality == ClaimModality.Firm && earlier.Range.Low is { } low && later.Range.High is { } high && (low > high || (low == high && !(earlier.Range.LowInclusive && later.Range.HighInclusive)))
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
        // A speaker who gave several figures for the measure is named once, with all of them ("The source article said
        // that ...: 1,960 personnel, and about 2,000 personnel"), rather than once per figure.
        string figures = Narrator.Some(involved
            .GroupBy(f => n.Sentence(f.Statement), StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(", and ", g.Select(f => (f.Denied ? "not " : "") + Narrator.Figure(f.Statement.Claim.Quantity!, f.Range)).Distinct(StringComparer.Ordinal))}"));
        string explanation = disagree
            ? $"The figures for \"{measure}\" cannot all be right, as {(involved.Exists(f => f.Denied) ? "no number fits them all" : "their ranges do not overlap")}: {figures}."
            : $"A running total for \"{measure}\" cannot fall, but a later figure is below an earlier one: {figures}.";
        if (disagree && fell)
        {
            explanation = explanation.TrimEnd('.') + "; and the total falls from one report to a later one.";
        }

        foreach (var revised in involved.Where(f => f.Until is not null).GroupBy(f => n.Speaker(f.Statement.Claim), StringComparer.Ordinal))
        {
            explanation += $" {revised.Key} later revised {(revised.Count() == 1 ? "its figure" : "these figures")} "
                + $"({string.Join(", ", revised.Select(f => f.Statement.Claim.Quantity!.ToString()).Distinct())}) {Narrator.When(revised.MinBy(f => Interval.Of(f.Until).Start)!.Until!)}; "
                + "the finding holds for what was said before that.";
        }

        var byStatement = against.ToDictionary(p => p.Key.Statement, p => p.Value.Select(f => f.Statement).ToHashSet());
        return topic.Create(
            ContradictionKind.IncompatibleQuantities,
            Name,
            sides.Select(g => (string.Join(" / ", g.Select(f => (f.Denied ? "not " : "") + f.Statement.Claim.Quantity!).Distinct()), g.Select(f => f.Statement))),
            explanation,
            (a, b) => byStatement.TryGetValue(a, out HashSet<Statement>? others) && others.Contains(b));
    }

    // Two figures conflict when no number fits both: two affirmed ranges that do not overlap; or an affirmed range
    // that lies wholly within a denied one ("denied at least 40" against "45": every number the one allows, the
    // other rules out). Two denials never conflict.
    private static bool Conflict(Figure a, Figure b) => (a.Denied, b.Denied) switch
    {
        (false, false) => !a.Range.Overlaps(b.Range),
        (false, true) => WithinRange(a.Range, b.Range),
        (true, false) => WithinRange(b.Range, a.Range),
        _ => false,
    };

    // Every number the inner range allows, the outer allows too.
    private static bool WithinRange(QuantityInterval inner, QuantityInterval outer)
    {
        bool low = outer.Low is not { } ol || (inner.Low is { } il && (il > ol || (il == ol && (outer.LowInclusive || !inner.LowInclusive))));
        bool high = outer.High is not { } oh || (inner.High is { } ih && (ih < oh || (ih == oh && (outer.HighInclusive || !inner.HighInclusive))));
        return low && high;
    }

    // Whether a figure's place lies within another's; no place is the whole of what the figure counts.
    private static bool Within(ContradictionTopic topic, PlaceId? inner, PlaceId? outer) =>
        outer is not { } o || (inner is { } i && topic.Ledger.State.IsWithin(i, o));

    // Even the part's lowest reading is above the whole's highest.
    private static bool Exceeds(QuantityInterval part, QuantityInterval whole) =>
        part.Low is { } low && whole.High is { } high && (low > high || (low == high && !(part.LowInclusive && whole.HighInclusive)));

    private sealed record Figure(Statement Statement, QuantityInterval Range, Interval Time, PlaceId? Place)
    {
        /// <summary>Gets whether the figure is denied ("denied that at least 40 were killed"): the range is what it rules out.</summary>
        public bool Denied => Statement.Stance == Stance.Denies;

        /// <summary>Gets the day the speaker superseded this figure with a later one, or null while it stands.</summary>
        public FuzzyDate? Until { get; init; }
    }
}

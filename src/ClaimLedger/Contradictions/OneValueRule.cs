namespace ClaimLedger.Contradictions;

/// <summary>
/// A predicate that allows one value at a time (one party controls a place; one side started an incident) given
/// different values for overlapping times. Values that take one another in are one account, not two: a village and
/// the district that contains it, a ministry and the state it speaks for. When each side's speakers name the other
/// side, it is mutual blame, whatever wording of the notion each used.
/// </summary>
/// <remarks>Runs in O(n log n) in the topic's statements (plus the pairs within one account of nested values).</remarks>
internal sealed class OneValueRule : IContradictionRule
{
    public string Name => "one-value";

    public RuleReach ReachFor(Predicate predicate) =>
        predicate.Cardinality == PredicateCardinality.Many ? RuleReach.None : RuleReach.Topic;

    public bool MayFind(Predicate predicate, TopicCensus census) => census.Affirmations >= 2;

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        bool bySubject = topic.Predicate.Cardinality == PredicateCardinality.OneSubjectPerObject;
        Term? ValueOf(Statement s) => bySubject ? s.Proposition.Subject : s.Proposition.Object;
        var affirms = topic.Statements.Where(s => s.Stance == Stance.Affirms && ValueOf(s) is not null).ToList();
        foreach (List<Statement> cluster in Overlaps.Clusters(affirms))
        {
            var values = cluster.Select(s => ValueOf(s)!).ToHashSet();
            if (values.Count < 2)
            {
                continue;
            }

            // Each value's account: the outermost value of the cluster that takes it in (itself when none does).
            var account = values.ToDictionary(v => v, v => v.Kind is TermKind.Place or TermKind.Source
                ? topic.Ledger.State.Containers(v).LastOrDefault(values.Contains) ?? v
                : v);
            List<Statement> involved = Involved(topic.Ledger, cluster, s => ValueOf(s)!, account);
            if (involved.Count == 0)
            {
                continue;
            }

            var sides = involved.GroupBy(s => ValueOf(s)!).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).ToList();
            yield return Make(topic, sides, IsMutualBlame(topic.Ledger, involved, s => ValueOf(s)!, account), (a, b) =>
                Interval.Of(a.Time).Overlaps(Interval.Of(b.Time))
                && !topic.Ledger.State.Covers(ValueOf(a)!, ValueOf(b)!) && !topic.Ledger.State.Covers(ValueOf(b)!, ValueOf(a)!));
        }
    }

    /// <summary>
    /// The statements that overlap in time a statement of another account, found in one sweep over the cluster
    /// (which comes sorted by start), and, within one account, those whose values do not take one another in.
    /// </summary>
    private static List<Statement> Involved(Ledger ledger, List<Statement> cluster, Func<Statement, Term> valueOf, Dictionary<Term, Term> account)
    {
        int n = cluster.Count;
        var times = cluster.Select(s => Interval.Of(s.Time)).ToArray();
        var accounts = cluster.Select(s => account[valueOf(s)]).ToArray();
        var hit = new bool[n];

        // Forward: the next index whose account differs from this index's.
        var nextOther = new int[n];
        nextOther[n - 1] = n;
        for (int k = n - 2; k >= 0; k--)
        {
            nextOther[k] = !accounts[k + 1].Equals(accounts[k]) ? k + 1 : nextOther[k + 1];
        }

        // Backward: the latest end so far, and the latest end among other accounts than its own.
        (long End, Term? Account) best = (long.MinValue, null), second = (long.MinValue, null);
        for (int i = 0; i < n; i++)
        {
            Interval t = times[i];
            long earlier = accounts[i].Equals(best.Account) ? second.End : best.End;
            int last = LastStartingBy(times, t.End);
            bool later = i + 1 <= last && (!accounts[i + 1].Equals(accounts[i]) || nextOther[i + 1] <= last);
            hit[i] = earlier >= t.Start || later;

            if (accounts[i].Equals(best.Account))
            {
                best.End = Math.Max(best.End, t.End);
            }
            else if (t.End > best.End)
            {
                second = best;
                best = (t.End, accounts[i]);
            }
            else if (t.End > second.End)
            {
                second = (t.End, accounts[i]);
            }
        }

        // Within one account, two values neither of which takes the other in (two villages of one district).
        foreach (var group in Enumerable.Range(0, n).GroupBy(i => accounts[i]))
        {
            var members = group.ToList();
            if (members.Select(i => valueOf(cluster[i])).Distinct().Count() < 3)
            {
                continue;
            }

            foreach (int i in members)
            {
                foreach (int j in members)
                {
                    Term a = valueOf(cluster[i]), b = valueOf(cluster[j]);
                    if (i < j && times[i].Overlaps(times[j]) && !ledger.State.Covers(a, b) && !ledger.State.Covers(b, a))
                    {
                        hit[i] = hit[j] = true;
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, n).Where(i => hit[i]).Select(i => cluster[i])];
    }

    // The last index whose interval starts by the given day; the intervals are sorted by start.
    private static int LastStartingBy(Interval[] sorted, long day)
    {
        int low = 0, high = sorted.Length - 1, last = -1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            if (sorted[mid].Start <= day)
            {
                last = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return last;
    }

    private Contradiction Make(ContradictionTopic topic, List<IGrouping<Term, Statement>> sides, bool mutualBlame, Func<Statement, Statement, bool> conflict)
    {
        Narrator n = topic.Narrator;
        string anchor = n.Name(topic.Anchor);
        string values = sides.Count <= Narrator.MostSpelledOut
            ? string.Join(" and ", sides.Select(g => n.Name(g.Key)))
            : string.Join(", ", sides.Take(Narrator.MostSpelledOut).Select(g => n.Name(g.Key))) + $" and {sides.Count - Narrator.MostSpelledOut:#,0} more";
        string sentences = Narrator.Some(sides.SelectMany(g => g).Select(s => n.Sentence(s)));
        string explanation = mutualBlame
            ? $"Each side blames the other ({values}) for \"{n.Label(topic.Predicate.Id)} {anchor}\": {sentences}."
            : $"Only one value of \"{n.Label(topic.Predicate.Id)}\" can hold for {anchor} at a time, but the claims give {values}: {sentences}.";
        return topic.Create(
            mutualBlame ? ContradictionKind.MutualBlame : ContradictionKind.IncompatibleValues,
            Name,
            sides.Select(g => (n.Phrase(g.First().Proposition), (IEnumerable<Statement>)g)),
            explanation,
            conflict);
    }

    /// <summary>
    /// Whether two statements of different accounts each name, as the value, a party on the side of the other's
    /// speaker and not on their own speaker's side. Decided over the few kinds of (speaker's party, named party).
    /// </summary>
    private static bool IsMutualBlame(Ledger ledger, List<Statement> involved, Func<Statement, Term> valueOf, Dictionary<Term, Term> account)
    {
        var kinds = new Dictionary<(PartyId Speaker, PartyId Named), HashSet<Term>>();
        foreach (Statement s in involved)
        {
            if (ledger.PartyOf(s.Claim)?.Id is { } speaker && Sides.PartyOf(ledger, valueOf(s)) is { } named
                && !Sides.SameSide(ledger, named, speaker))
            {
                if (!kinds.TryGetValue((speaker, named), out HashSet<Term>? accounts))
                {
                    kinds[(speaker, named)] = accounts = [];
                }

                if (accounts.Count < 2)
                {
                    accounts.Add(account[valueOf(s)]);
                }
            }
        }

        var list = kinds.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            for (int j = i + 1; j < list.Count; j++)
            {
                ((PartyId sa, PartyId na), HashSet<Term> a) = list[i];
                ((PartyId sb, PartyId nb), HashSet<Term> b) = list[j];
                bool differ = a.Count > 1 || b.Count > 1 || !a.First().Equals(b.First());
                if (differ && Sides.SameSide(ledger, na, sb) && Sides.SameSide(ledger, nb, sa))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

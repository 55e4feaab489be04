namespace ClaimLedger.Contradictions;

/// <summary>
/// A predicate that allows one value at a time (one party controls a place; one side started an incident) given
/// different values for overlapping times. When each side's speakers name the other side, it is mutual blame.
/// </summary>
internal sealed class OneValueRule : IContradictionRule
{
    public string Name => "one-value";

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        if (topic.Predicate.Cardinality == PredicateCardinality.Many)
        {
            yield break;
        }

        bool bySubject = topic.Predicate.Cardinality == PredicateCardinality.OneSubjectPerObject;
        Term? ValueOf(Statement s) => bySubject ? s.Proposition.Subject : s.Proposition.Object;
        var affirms = topic.Statements.Where(s => s.Stance == Stance.Affirms && ValueOf(s) is not null).ToList();
        foreach (List<Statement> cluster in Overlaps.Clusters(affirms))
        {
            if (cluster.Select(ValueOf).Distinct().Count() < 2)
            {
                continue;
            }

            var times = cluster.ToDictionary(s => s, s => Interval.Of(s.Time));
            var involved = cluster.Where(s => cluster.Any(o => !Equals(ValueOf(o), ValueOf(s)) && times[o].Overlaps(times[s]))).ToList();
            if (involved.Count == 0)
            {
                continue;
            }

            var sides = involved.GroupBy(s => ValueOf(s)!).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).ToList();
            yield return Make(topic, sides, IsMutualBlame(topic.Ledger, sides.Select(g => g.ToList()).ToList(), ValueOf));
        }
    }

    private Contradiction Make(ContradictionTopic topic, List<IGrouping<Term, Statement>> sides, bool mutualBlame)
    {
        Narrator n = topic.Narrator;
        string anchor = n.Name(topic.Anchor);
        string values = string.Join(" and ", sides.Select(g => n.Name(g.Key)));
        string sentences = string.Join("; ", sides.SelectMany(g => g).Select(s => n.Sentence(s)));
        string explanation = mutualBlame
            ? $"Each side blames the other ({values}) for \"{n.Label(topic.Predicate.Id)} {anchor}\": {sentences}."
            : $"Only one value of \"{n.Label(topic.Predicate.Id)}\" can hold for {anchor} at a time, but the claims give {values}: {sentences}.";
        return topic.Create(
            mutualBlame ? ContradictionKind.MutualBlame : ContradictionKind.IncompatibleValues,
            Name,
            sides.Select(g => (n.Phrase(g.First().Proposition), (IEnumerable<Statement>)g)),
            explanation);
    }

    /// <summary>Whether two sides each name, as the value, a party on the other side's speakers' side of the conflict.</summary>
    private static bool IsMutualBlame(Ledger ledger, List<List<Statement>> sides, Func<Statement, Term?> valueOf)
    {
        for (int i = 0; i < sides.Count; i++)
        {
            for (int j = i + 1; j < sides.Count; j++)
            {
                foreach (Statement a in sides[i])
                {
                    foreach (Statement b in sides[j])
                    {
                        if (Blames(ledger, a, valueOf(a), b) && Blames(ledger, b, valueOf(b), a))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    // a's value names a party on the side of b's speaker, and not on a's own speaker's side.
    private static bool Blames(Ledger ledger, Statement a, Term? value, Statement b)
    {
        PartyId? named = Sides.PartyOf(ledger, value);
        PartyId? speakerA = ledger.PartyOf(a.Claim)?.Id;
        PartyId? speakerB = ledger.PartyOf(b.Claim)?.Id;
        return named is { } p && speakerA is { } sa && speakerB is { } sb
            && Sides.SameSide(ledger, p, sb) && !Sides.SameSide(ledger, p, sa);
    }
}

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// The contradiction finder a user would write by hand: compare every claim with every other claim, applying the
/// same semantics as the engine's built-in rules. Quadratic; a baseline for the benchmarks and an independent check
/// of the engine in the tests.
/// </summary>
/// <remarks>
/// Each claim is read as its statements, as the engine does: its own proposition, and for an affirmation, each
/// proposition its predicate entails (withdrew from ⇒ does not control). Two statements conflict when they are about
/// overlapping times and
/// <list type="bullet">
/// <item>one affirms and the other denies the same proposition (subject, predicate, object, place) — a denial;</item>
/// <item>both affirm a predicate that allows one value at a time, for the same anchor, with different values;</item>
/// <item>both are a claim's own affirmation of the same proposition with the same unit, with figures whose ranges do not overlap;</item>
/// <item>both affirm, of the same subject, labels the predicate declares opposite.</item>
/// </list>
/// </remarks>
public static class NaivePairDetector
{
    /// <summary>Finds every conflicting pair of claims.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="options">The engine settings whose quantity tolerances to use, or null for the defaults.</param>
    /// <returns>The pairs, each once, the smaller claim id first.</returns>
    public static HashSet<ConflictingPair> FindPairs(Ledger ledger, ContradictionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        QuantityOptions tolerances = (options ?? ContradictionOptions.Default).Quantities;
        var statements = new List<Flat>(ledger.Claims.Count * 2);
        foreach (Claim claim in ledger.Claims)
        {
            FuzzyDate? time = ledger.TimeOf(claim);
            (long start, long end) = Days(time);
            Predicate predicate = ledger.GetPredicate(claim.Proposition.Predicate);
            statements.Add(new Flat(claim, claim.Proposition, predicate, claim.Stance, false, start, end));
            if (claim.Stance == Stance.Affirms)
            {
                foreach (Entailment entailment in predicate.Entails)
                {
                    if (entailment.Predicate != predicate.Id && ledger.TryGetPredicate(entailment.Predicate, out Predicate? entailed))
                    {
                        statements.Add(new Flat(claim, claim.Proposition with { Predicate = entailed.Id }, entailed,
                            entailment.Negated ? Stance.Denies : Stance.Affirms, true, start, end));
                    }
                }
            }
        }

        var pairs = new HashSet<ConflictingPair>();
        for (int i = 0; i < statements.Count; i++)
        {
            Flat a = statements[i];
            for (int j = i + 1; j < statements.Count; j++)
            {
                Flat b = statements[j];
                if (a.Claim.Id == b.Claim.Id || a.Predicate.Id != b.Predicate.Id || a.Start > b.End || b.Start > a.End)
                {
                    continue;
                }

                if (Conflict(a, b, tolerances) is { } family)
                {
                    pairs.Add(ConflictingPair.Of(a.Claim.Id, b.Claim.Id, family));
                }
            }
        }

        return pairs;
    }

    private static ConflictFamily? Conflict(Flat a, Flat b, QuantityOptions tolerances)
    {
        Proposition p = a.Proposition;
        Proposition q = b.Proposition;
        bool sameProposition = p.Subject.Equals(q.Subject) && Equals(p.Object, q.Object) && PlaceOf(p) == PlaceOf(q);
        if (sameProposition && a.Stance != b.Stance)
        {
            return ConflictFamily.Denial;
        }

        if (a.Stance != Stance.Affirms || b.Stance != Stance.Affirms)
        {
            return null;
        }

        Predicate predicate = a.Predicate;
        if (predicate.Cardinality != PredicateCardinality.Many)
        {
            bool bySubject = predicate.Cardinality == PredicateCardinality.OneSubjectPerObject;
            Term? anchorA = bySubject && p.Object is not null ? p.Object : p.Subject;
            Term? anchorB = bySubject && q.Object is not null ? q.Object : q.Subject;
            Term? valueA = bySubject ? p.Subject : p.Object;
            Term? valueB = bySubject ? q.Subject : q.Object;
            if (anchorA.Equals(anchorB) && valueA is not null && valueB is not null && !valueA.Equals(valueB))
            {
                return ConflictFamily.OneValue;
            }
        }

        if (sameProposition && !a.IsDerived && !b.IsDerived && a.Claim.Quantity is { } x && b.Claim.Quantity is { } y
            && Fold(x.Unit) == Fold(y.Unit) && !x.ToInterval(tolerances).Overlaps(y.ToInterval(tolerances)))
        {
            return ConflictFamily.Quantity;
        }

        if (!predicate.Opposites.IsDefaultOrEmpty && p.Object is { } labelA && q.Object is { } labelB
            && Anchor(predicate, p).Equals(Anchor(predicate, q)) && predicate.AreOpposites(labelA.Key, labelB.Key))
        {
            return ConflictFamily.OppositeLabels;
        }

        return null;
    }

    private static Term Anchor(Predicate predicate, Proposition p) =>
        predicate.Cardinality == PredicateCardinality.OneSubjectPerObject && p.Object is not null ? p.Object : p.Subject;

    // An omitted place is the object's place: "withdrew from Parukh" is about Parukh.
    private static string? PlaceOf(Proposition p) => p.Place?.Value ?? (p.Object is { Kind: TermKind.Place } o ? o.Value : null);

    // Units here are plain words; the engine's folding also ignores diacritics and dashes.
    private static string Fold(string? unit) => (unit ?? string.Empty).Trim().ToLowerInvariant();

    private static (long Start, long End) Days(FuzzyDate? time) => (
        time?.Earliest is { } e ? e.ToDateOnly().DayNumber : long.MinValue,
        time?.Latest is { } l ? l.ToDateOnly().DayNumber : long.MaxValue);

    private sealed record Flat(Claim Claim, Proposition Proposition, Predicate Predicate, Stance Stance, bool IsDerived, long Start, long End);
}

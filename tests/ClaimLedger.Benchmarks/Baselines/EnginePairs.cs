namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// Turns the engine's contradictions into pairs comparable with <see cref="NaivePairDetector"/>'s.
/// </summary>
/// <remarks>
/// The engine reports a group: sides whose statements each overlap in time some statement of another side. So a
/// pair is two statements on different sides whose times overlap and, for figures, whose ranges do not: exactly the
/// pairs a hand-written comparison finds. Two figures on different sides can still agree (sides group figures that
/// share a point), and two statements in one group need not overlap each other, which is why this filter is needed;
/// and in a finding of many sides the rule says which pairs across sides conflict (<see cref="Contradiction.AreInConflict"/>).
/// </remarks>
public static class EnginePairs
{
    /// <summary>Gets the conflicting pairs of the engine's contradictions.</summary>
    /// <param name="ledger">The ledger the contradictions were found in.</param>
    /// <param name="contradictions">The contradictions.</param>
    /// <param name="options">The engine's settings, or null for the defaults.</param>
    /// <returns>The pairs.</returns>
    public static HashSet<ConflictingPair> Of(Ledger ledger, IEnumerable<Contradiction> contradictions, ContradictionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(contradictions);
        QuantityOptions tolerances = (options ?? ContradictionOptions.Default).Quantities;
        var pairs = new HashSet<ConflictingPair>();
        foreach (Contradiction c in contradictions)
        {
            ConflictFamily family = ConflictingPair.FamilyOf(c.Kind);
            for (int i = 0; i < c.Sides.Length; i++)
            {
                for (int j = i + 1; j < c.Sides.Length; j++)
                {
                    foreach (Statement a in c.Sides[i].Statements)
                    {
                        foreach (Statement b in c.Sides[j].Statements)
                        {
                            if (a.Claim.Id != b.Claim.Id && Overlap(a.Time, b.Time) && c.AreInConflict(a.Claim.Id, b.Claim.Id)
                                && (family != ConflictFamily.Quantity || !a.Claim.Quantity!.ToInterval(tolerances).Overlaps(b.Claim.Quantity!.ToInterval(tolerances))))
                            {
                                pairs.Add(ConflictingPair.Of(a.Claim.Id, b.Claim.Id, family));
                            }
                        }
                    }
                }
            }
        }

        return pairs;
    }

    private static bool Overlap(FuzzyDate? a, FuzzyDate? b) => a is null || b is null || a.Overlaps(b);
}

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>Two claims that cannot both be true, and the family of the conflict. The smaller id comes first.</summary>
/// <param name="First">The claim with the smaller id.</param>
/// <param name="Second">The claim with the larger id.</param>
/// <param name="Family">The family of the conflict.</param>
public readonly record struct ConflictingPair(ClaimId First, ClaimId Second, ConflictFamily Family)
{
    /// <summary>Makes a pair with the smaller id first.</summary>
    /// <param name="a">One claim.</param>
    /// <param name="b">The other claim.</param>
    /// <param name="family">The family of the conflict.</param>
    /// <returns>The pair.</returns>
    public static ConflictingPair Of(ClaimId a, ClaimId b, ConflictFamily family) =>
        a.CompareTo(b) <= 0 ? new(a, b, family) : new(b, a, family);

    /// <summary>Gets the family of a contradiction kind.</summary>
    /// <param name="kind">A built-in kind.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="ContradictionKind.Custom"/>.</exception>
    public static ConflictFamily FamilyOf(ContradictionKind kind) => kind switch
    {
        ContradictionKind.Denial or ContradictionKind.Retraction or ContradictionKind.Reversal => ConflictFamily.Denial,
        ContradictionKind.IncompatibleValues or ContradictionKind.MutualBlame => ConflictFamily.OneValue,
        ContradictionKind.IncompatibleQuantities => ConflictFamily.Quantity,
        ContradictionKind.OppositeCharacterisations => ConflictFamily.OppositeLabels,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only built-in kinds have a family"),
    };

    /// <summary>Returns the pair as "first / second (family)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{First} / {Second} ({Family})";
}

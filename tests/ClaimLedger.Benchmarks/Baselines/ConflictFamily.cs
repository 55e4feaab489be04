namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// Which built-in rule a conflict falls under. A pair of claims cannot say whether a denial was a retraction or
/// whether incompatible values were mutual blame (the engine decides that for a whole group), so pairs compare by family.
/// </summary>
public enum ConflictFamily
{
    /// <summary>Affirmed and denied: <see cref="ContradictionKind.Denial"/>, <see cref="ContradictionKind.Retraction"/> or <see cref="ContradictionKind.Reversal"/>.</summary>
    Denial,

    /// <summary>Two values of a one-value predicate: <see cref="ContradictionKind.IncompatibleValues"/> or <see cref="ContradictionKind.MutualBlame"/>.</summary>
    OneValue,

    /// <summary>Figures whose ranges do not overlap: <see cref="ContradictionKind.IncompatibleQuantities"/>.</summary>
    Quantity,

    /// <summary>Labels declared opposite: <see cref="ContradictionKind.OppositeCharacterisations"/>.</summary>
    OppositeLabels,
}

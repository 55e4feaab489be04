namespace ClaimLedger.Contradictions;

/// <summary>Why claims cannot all be true.</summary>
public enum ContradictionKind
{
    /// <summary>The same proposition is affirmed and denied for overlapping times.</summary>
    Denial = 0,

    /// <summary>A speaker takes back their own statement: denies it later, or withdraws it (a deleted post), even on the same day.</summary>
    Retraction,

    /// <summary>A predicate that allows one value at a time is given different values for overlapping times.</summary>
    IncompatibleValues,

    /// <summary>Incompatible values where each side names the other: each blames the other.</summary>
    MutualBlame,

    /// <summary>The same measure of the same thing is given figures whose ranges do not overlap.</summary>
    IncompatibleQuantities,

    /// <summary>The same act or actor is given labels declared opposite, for overlapping times.</summary>
    OppositeCharacterisations,

    /// <summary>Found by a rule the user supplied; see <see cref="Contradiction.Rule"/>.</summary>
    Custom,

    /// <summary>A statement denied clearly later by another speaker: all of the denying side was said after all of the other.</summary>
    Reversal,
}

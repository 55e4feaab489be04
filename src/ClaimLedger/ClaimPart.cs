using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>One of the things a statement says, for <see cref="Claim.Parts"/>: a proposition, a stance and an optional figure.</summary>
/// <param name="Proposition">What this part says.</param>
/// <param name="Stance">Whether it affirms or denies the proposition.</param>
/// <remarks>Two parts are equal when every property is equal.</remarks>
public sealed record ClaimPart(Proposition Proposition, Stance Stance = Stance.Affirms)
{
    /// <summary>Gets what this part says.</summary>
    public Proposition Proposition { get; init; } = Preconditions.CheckNotNull(Proposition);

    /// <summary>Gets the figure this part gives, or null.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>Gets a note on how this part was encoded, or null.</summary>
    public string? Note { get; init; }
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// A verb of the ledger's vocabulary with its declared semantics: how many values it allows at a time, whether it
/// carries a quantity, which of its labels are opposites and what it entails. The contradiction engine reads
/// these declarations; it knows nothing about any particular predicate.
/// </summary>
/// <remarks>
/// The built-in vocabulary is <see cref="BuiltInPredicates"/>; add your own with <see cref="LedgerBuilder"/>.
/// Two predicates are equal when every property is equal.
/// </remarks>
public sealed record Predicate
{
    /// <summary>Creates a predicate.</summary>
    /// <param name="id">The predicate's identifier, such as "controls".</param>
    /// <param name="label">How the predicate reads in a sentence, such as "controls".</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public Predicate(PredicateId id, string label)
    {
        Id = id;
        Label = Preconditions.CheckNotNull(label);
    }

    /// <summary>Gets the predicate's identifier.</summary>
    public PredicateId Id { get; init; }

    /// <summary>Gets how the predicate reads in a sentence ("withdrew from").</summary>
    public string Label { get; init; }

    /// <summary>Gets what the predicate means, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets how many values the predicate allows at one time.</summary>
    public PredicateCardinality Cardinality { get; init; }

    /// <summary>Gets whether claims with this predicate carry a quantity.</summary>
    public QuantityUse Quantity { get; init; }

    /// <summary>Gets the pairs of object labels that cannot both apply to one subject at one time.</summary>
    public ImmutableArray<OppositeLabels> Opposites { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets what affirming this predicate also affirms or denies.</summary>
    public ImmutableArray<Entailment> Entails { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether two labels are declared opposites of this predicate, in either order.</summary>
    /// <param name="first">One label.</param>
    /// <param name="second">The other label.</param>
    /// <returns>Whether the labels are opposites; labels compare ignoring case, diacritics and spacing.</returns>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    public bool AreOpposites(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        string a = TextFolding.Fold(first);
        string b = TextFolding.Fold(second);
        foreach (OppositeLabels pair in Preconditions.OrEmpty(Opposites))
        {
            string x = TextFolding.Fold(pair.First);
            string y = TextFolding.Fold(pair.Second);
            if ((a == x && b == y) || (a == y && b == x))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Predicate? other) =>
        other is not null && Id == other.Id && Label == other.Label && Description == other.Description
        && Cardinality == other.Cardinality && Quantity == other.Quantity
        && Equality.Sequence(Opposites, other.Opposites) && Equality.Sequence(Entails, other.Entails);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Label, Description, Cardinality, Quantity, Equality.Hash(Opposites), Equality.Hash(Entails));

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Id.ToString();
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// A verb of the ledger's vocabulary with its declared semantics: how many values it allows at a time, whether it
/// carries a quantity, which of its labels are opposites and what it entails. The contradiction engine reads
/// these declarations; it knows nothing about any particular predicate.
/// </summary>
/// <remarks>
/// <para>
/// The built-in vocabulary is <see cref="BuiltInPredicates"/>; add your own with <see cref="LedgerBuilder"/>.
/// Two predicates are equal when every property is equal.
/// </para>
/// <para>
/// A predicate can be another wording of a notion declared once: <see cref="SameAs"/> ("precipitated" means
/// "started") or <see cref="InverseOf"/> ("was rammed by" is "rammed" with subject and object swapped). Such a
/// wording takes its cardinality, opposites and entailments from the predicate it names and declares none of its
/// own; the engine compares its claims with every other wording of the notion, and explanations quote the words each
/// speaker used.
/// </para>
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

    /// <summary>Gets what the predicate's figures count: a figure for its event, or a running total as of when it was given (a toll).</summary>
    public CountKind Counts { get; init; }

    /// <summary>Gets the pairs of object labels that cannot both apply to one subject at one time.</summary>
    public ImmutableArray<OppositeLabels> Opposites { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets what affirming this predicate also affirms or denies.</summary>
    public ImmutableArray<Entailment> Entails { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the predicate this one is another wording of, with the same subject and object ("provoked" is the same
    /// notion as "started"), or null.
    /// </summary>
    /// <remarks>A wording declares no cardinality, opposites or entailments of its own: they are the named predicate's.</remarks>
    public PredicateId? SameAs { get; init; }

    /// <summary>
    /// Gets the predicate this one is the inverse of: the same notion with subject and object swapped ("was rammed
    /// by" is the inverse of "rammed"), or null.
    /// </summary>
    /// <remarks>A wording declares no cardinality, opposites or entailments of its own: they are the named predicate's.</remarks>
    public PredicateId? InverseOf { get; init; }

    /// <summary>Gets whether the predicate is a wording of another (<see cref="SameAs"/> or <see cref="InverseOf"/> is set).</summary>
    public bool IsWording => SameAs is not null || InverseOf is not null;

    /// <summary>Gets whether two labels are declared opposites of this predicate, in either order.</summary>
    /// <param name="first">One label.</param>
    /// <param name="second">The other label.</param>
    /// <returns>Whether the labels are opposites; labels compare ignoring case, diacritics and spacing.</returns>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    public bool AreOpposites(string first, string second)
    {
        Preconditions.CheckNotNull(first);
        Preconditions.CheckNotNull(second);
        string a = TextFolding.Fold(first);
        string b = TextFolding.Fold(second);
        foreach (OppositeLabels pair in Preconditions.OrEmpty(Opposites))
        {
            int poleA = pair.PoleOf(a);
            int poleB = pair.PoleOf(b);
            if (poleA != 0 && poleB != 0 && poleA != poleB)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Predicate? other) =>
        other is not null && Id == other.Id && Label == other.Label && Description == other.Description
        && Cardinality == other.Cardinality && Quantity == other.Quantity && Counts == other.Counts && SameAs == other.SameAs && InverseOf == other.InverseOf
        && Equality.Sequence(Opposites, other.Opposites) && Equality.Sequence(Entails, other.Entails);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Label, Description, Cardinality, Quantity, HashCode.Combine(SameAs, InverseOf, Counts), Equality.Hash(Opposites), Equality.Hash(Entails));

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Id.ToString();
}

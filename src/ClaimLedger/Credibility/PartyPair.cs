using ClaimLedger.Contradictions;
using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>
/// One cell of a <see cref="PartyMatrix"/>, read as a pair: two parties whose speakers stand on opposite sides of
/// contradictions, with those contradictions and their kinds. The same party twice is a contradiction within it.
/// </summary>
/// <remarks>Two pairs are equal when their parties and their contradictions, in order, are equal.</remarks>
public sealed record PartyPair
{
    internal PartyPair(PartyId first, PartyId second, ImmutableArray<Contradiction> contradictions)
    {
        First = first;
        Second = second;
        Contradictions = contradictions;
        Kinds = [.. contradictions.Select(c => c.Kind).Distinct().Order()];
    }

    /// <summary>Gets the party that comes first in <see cref="PartyMatrix.Parties"/>.</summary>
    public PartyId First { get; }

    /// <summary>Gets the other party: the same as <see cref="First"/> for a contradiction within one party.</summary>
    public PartyId Second { get; }

    /// <summary>Gets the contradictions that set the two parties against each other, ordered as the engine orders them.</summary>
    public ImmutableArray<Contradiction> Contradictions { get; }

    /// <summary>Gets the kinds of those contradictions, each once, in the order <see cref="ContradictionKind"/> declares them.</summary>
    public ImmutableArray<ContradictionKind> Kinds { get; }

    /// <summary>Gets whether both parties are the same: its speakers contradict one another.</summary>
    public bool IsWithinOneParty => First == Second;

    /// <inheritdoc />
    public bool Equals(PartyPair? other) =>
        other is not null && First == other.First && Second == other.Second && Equality.Sequence(Contradictions, other.Contradictions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Second, Equality.Hash(Contradictions));

    /// <summary>Returns the pair and its count.</summary>
    /// <returns>Text such as "russia / azerbaijan: 2 (denial, opposite characterisations)".</returns>
    public override string ToString() =>
        $"{First.Value} / {Second.Value}: {Contradictions.Length} ({string.Join(", ", Kinds.Select(k => k.ToWords()))})";
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// Items to add to a ledger together: they are validated together, against what the ledger already holds, and go in
/// whole or not at all. Items may refer to each other in any order within a batch.
/// </summary>
public sealed record LedgerBatch
{
    /// <summary>Gets an empty batch.</summary>
    public static LedgerBatch Empty { get; } = new();

    /// <summary>Gets the parties to add.</summary>
    public ImmutableArray<Party> Parties { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources to add.</summary>
    public ImmutableArray<Source> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the places to add.</summary>
    public ImmutableArray<Place> Places { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the predicates to add next to the built-in ones.</summary>
    public ImmutableArray<Predicate> Predicates { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the incidents to add.</summary>
    public ImmutableArray<Incident> Incidents { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the claims to add.</summary>
    public ImmutableArray<Claim> Claims { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the total number of items.</summary>
    public int Count => Parties.Length + Sources.Length + Places.Length + Predicates.Length + Incidents.Length + Claims.Length;

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(LedgerBatch? other) =>
        other is not null && Equality.Sequence(Parties, other.Parties) && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(Places, other.Places) && Equality.Sequence(Predicates, other.Predicates) && Equality.Sequence(Incidents, other.Incidents) && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Equality.Hash(Parties));
        hash.Add(Equality.Hash(Sources));
        hash.Add(Equality.Hash(Places));
        hash.Add(Equality.Hash(Predicates));
        hash.Add(Equality.Hash(Incidents));
        hash.Add(Equality.Hash(Claims));
        return hash.ToHashCode();
    }
}

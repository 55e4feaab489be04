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
}

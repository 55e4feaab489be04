using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger;

/// <summary>
/// An immutable snapshot of parties, sources, places, predicates, incidents and the claims made about them, with
/// indexes for the usual questions. Made by a <see cref="LedgerBuilder"/> or loaded from a file.
/// </summary>
/// <remarks>
/// A ledger never changes; <see cref="Add(LedgerBatch)"/> returns a new ledger that shares all it can with this one,
/// so adding a claim to a large ledger costs time in proportion to the claim, not the ledger. A ledger is safe to
/// read from any number of threads. Collections keep the order in which items were added.
/// </remarks>
public sealed partial class Ledger
{
    private readonly LedgerState _state;

    internal Ledger(LedgerState state, string? title = null, string? description = null)
    {
        _state = state;
        Title = title;
        Description = description;
    }

    /// <summary>Gets the ledger's title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets a description of what the ledger holds and how it was made, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets a ledger with nothing in it but the built-in predicates.</summary>
    public static Ledger Empty { get; } = new(LedgerState.Empty);

    /// <summary>Gets the parties, in the order they were added.</summary>
    public IReadOnlyList<Party> Parties => _state.PartyOrder;

    /// <summary>Gets the sources, in the order they were added.</summary>
    public IReadOnlyList<Source> Sources => _state.SourceOrder;

    /// <summary>Gets the places, in the order they were added.</summary>
    public IReadOnlyList<Place> Places => _state.PlaceOrder;

    /// <summary>
    /// Gets the predicates: the built-in ones first, then the ledger's own. A ledger's own declaration under a
    /// built-in's id replaces that built-in and is listed with the ledger's own.
    /// </summary>
    public IReadOnlyList<Predicate> Predicates => _state.PredicateOrder;

    /// <summary>Gets the incidents, in the order they were added.</summary>
    public IReadOnlyList<Incident> Incidents => _state.IncidentOrder;

    /// <summary>Gets the claims, in the order they were added.</summary>
    public IReadOnlyList<Claim> Claims => _state.ClaimOrder;

    internal LedgerState State => _state;

    /// <summary>Returns a new ledger with a batch added; this ledger is unchanged.</summary>
    /// <param name="batch">The items to add.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The batch has problems.</exception>
    public Ledger Add(LedgerBatch batch) => ToBuilder().Add(batch).Build();

    /// <summary>Returns a builder that starts from this ledger's contents, in constant time.</summary>
    /// <returns>The builder.</returns>
    public LedgerBuilder ToBuilder() => new(_state) { Title = Title, Description = Description };

    /// <summary>Returns the ledger's contents as one batch, in the order they were added (built-in predicates left out).</summary>
    /// <returns>The batch.</returns>
    public LedgerBatch ToBatch() => new()
    {
        Parties = [.. _state.PartyOrder],
        Sources = [.. _state.SourceOrder],
        Places = [.. _state.PlaceOrder],
        Predicates = [.. _state.PredicateOrder.Where(p => !BuiltInPredicates.IsBuiltIn(p))],
        Incidents = [.. _state.IncidentOrder],
        Claims = [.. _state.ClaimOrder],
    };

    /// <summary>Returns the counts of what the ledger holds.</summary>
    /// <returns>Text such as "Ledger: 5 parties, 40 sources, 30 places, 25 incidents, 120 claims".</returns>
    public override string ToString() =>
        $"Ledger: {Parties.Count} parties, {Sources.Count} sources, {Places.Count} places, {Incidents.Count} incidents, {Claims.Count} claims";
}

using ClaimLedger.Internal;

namespace ClaimLedger.Validation;

/// <summary>What references may resolve to while a batch is validated: the ledger's items and the batch's own.</summary>
internal sealed class ReferenceScope
{
    private readonly LedgerState _state;
    private readonly HashSet<PartyId> _parties;
    private readonly HashSet<SourceId> _sources;
    private readonly HashSet<PlaceId> _places;
    private readonly Dictionary<PredicateId, Predicate> _predicates;
    private readonly HashSet<IncidentId> _incidents;
    private readonly HashSet<ClaimId> _claims;

    internal ReferenceScope(LedgerState state, LedgerBatch batch)
    {
        _state = state;
        _parties = [.. batch.Parties.Select(p => p.Id)];
        _sources = [.. batch.Sources.Select(s => s.Id)];
        _places = Ids(batch.Places, p => p.Id);
        _predicates = [];
        foreach (Predicate predicate in batch.Predicates)
        {
            _predicates.TryAdd(predicate.Id, predicate);
        }

        _incidents = Ids(batch.Incidents, i => i.Id);
        _claims = Ids(batch.Claims, c => c.Id);
    }

    /// <summary>Gets the number of distinct claim ids in the batch.</summary>
    internal int ClaimCount => _claims.Count;

    internal bool HasParty(PartyId id) => id.Value is not null && (_parties.Contains(id) || Remember(_parties, id, _state.Parties.ContainsKey(id)));

    internal bool HasSource(SourceId id) => id.Value is not null && (_sources.Contains(id) || Remember(_sources, id, _state.Sources.ContainsKey(id)));

    internal bool HasPlace(PlaceId id) => id.Value is not null && (_places.Contains(id) || Remember(_places, id, _state.Places.ContainsKey(id)));

    internal bool HasIncident(IncidentId id) => id.Value is not null && (_incidents.Contains(id) || Remember(_incidents, id, _state.Incidents.ContainsKey(id)));

    internal bool HasClaim(ClaimId id) => id.Value is not null && (_claims.Contains(id) || _state.Claims.ContainsKey(id));

    internal Predicate? FindPredicate(PredicateId id) =>
        id.Value is null ? null
        : _predicates.TryGetValue(id, out Predicate? predicate) ? predicate
        : _state.Predicates.GetValueOrDefault(id);

    internal bool Resolves(Term? term) => term is null || term.Kind switch
    {
        TermKind.Party => HasParty(term.Value),
        TermKind.Place => HasPlace(term.Value),
        TermKind.Source => HasSource(term.Value),
        TermKind.Incident => HasIncident(term.Value),
        _ => true,
    };

    // Sized once for the whole batch: a set of a million claim ids grown by doubling was copied twenty times over.
    private static HashSet<TId> Ids<TItem, TId>(ImmutableArray<TItem> items, Func<TItem, TId> id)
    {
        var ids = new HashSet<TId>(items.IsDefault ? 0 : items.Length);
        foreach (TItem item in Preconditions.OrEmpty(items))
        {
            ids.Add(id(item));
        }

        return ids;
    }

    // A batch names the same few parties, sources and places over and over: remember each one found in the ledger
    // in the scope's own hash set, which answers faster than the ledger's persistent dictionary.
    private static bool Remember<TId>(HashSet<TId> known, TId id, bool exists)
    {
        if (exists)
        {
            known.Add(id);
        }

        return exists;
    }
}

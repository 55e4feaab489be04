using ClaimLedger.Internal;

namespace ClaimLedger.Validation;

/// <summary>
/// The fast check of <see cref="ClaimFastCheck"/> for the entities a large batch holds by the hundred thousand:
/// places and incidents. The same rules as <see cref="PlaceValidator"/>, <see cref="IncidentValidator"/> and the
/// batch-wide checks on them (unique ids, no place its own ancestor), in plain code; when in doubt it fails, and the
/// full validators run and report.
/// </summary>
internal static class EntityFastCheck
{
    internal static bool AllValid(LedgerState state, ImmutableArray<Place> places, ImmutableArray<Incident> incidents, ReferenceScope scope) =>
        PlacesValid(state, places, scope) && IncidentsValid(state, incidents, scope);

    private static bool PlacesValid(LedgerState state, ImmutableArray<Place> places, ReferenceScope scope)
    {
        var ids = new HashSet<PlaceId>(places.Length);
        bool anyParent = false;
        foreach (Place? place in places)
        {
            if (place is null || string.IsNullOrEmpty(place.Id.Value) || !ids.Add(place.Id) || state.Places.ContainsKey(place.Id)
                || string.IsNullOrWhiteSpace(place.Name) || !AllPresent(place.Aliases)
                || !TextCheck.IsClean(place.Name) || !TextCheck.IsClean(place.Kind) || !TextCheck.AllClean(place.Aliases)
                || (place.Parent is { } parent && !scope.HasPlace(parent))
                || (place.Coordinates is { } at && !(at.Latitude >= -90 && at.Latitude <= 90 && at.Longitude >= -180 && at.Longitude <= 180)))
            {
                return false;
            }

            anyParent |= place.Parent is not null;
        }

        return !anyParent || !HasParentLoop(state, places);
    }

    private static bool IncidentsValid(LedgerState state, ImmutableArray<Incident> incidents, ReferenceScope scope)
    {
        var ids = new HashSet<IncidentId>(incidents.Length);
        foreach (Incident? incident in incidents)
        {
            if (incident is null || string.IsNullOrEmpty(incident.Id.Value) || !ids.Add(incident.Id) || state.Incidents.ContainsKey(incident.Id)
                || string.IsNullOrWhiteSpace(incident.Title) || !AllPresent(incident.Tags) || incident.Places.IsDefault
                || !TextCheck.IsClean(incident.Title) || !TextCheck.IsClean(incident.Summary) || !TextCheck.IsClean(incident.Note)
                || !TextCheck.AllClean(incident.Tags))
            {
                return false;
            }

            foreach (PlaceId place in incident.Places)
            {
                if (!scope.HasPlace(place))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool AllPresent(ImmutableArray<string> names)
    {
        if (names.IsDefault)
        {
            return false;
        }

        foreach (string name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a place of the batch is its own ancestor, through the batch's parents and the ledger's.</summary>
    private static bool HasParentLoop(LedgerState state, ImmutableArray<Place> places)
    {
        var parents = new Dictionary<PlaceId, PlaceId>(places.Length);
        foreach (Place place in places)
        {
            if (place.Parent is { } parent)
            {
                parents.TryAdd(place.Id, parent);
            }
        }

        // A place whose ancestry is known to end (at a root) needs no second walk.
        var ends = new HashSet<PlaceId>();
        var path = new HashSet<PlaceId>();
        foreach (Place place in places)
        {
            path.Clear();
            PlaceId? current = place.Id;
            while (current is { } id && id.Value is not null && !ends.Contains(id))
            {
                if (!path.Add(id))
                {
                    return true;
                }

                current = parents.TryGetValue(id, out PlaceId parent) ? parent : state.Places.GetValueOrDefault(id)?.Parent;
            }

            ends.UnionWith(path);
        }

        return false;
    }
}

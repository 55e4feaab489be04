using ClaimLedger.Internal;

namespace ClaimLedger;

public sealed partial class Ledger
{
    /// <summary>Gets a party by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The party.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such party.</exception>
    public Party GetParty(PartyId id) => Get(_state.Parties, id, "party");

    /// <summary>Gets a source by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The source.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such source.</exception>
    public Source GetSource(SourceId id) => Get(_state.Sources, id, "source");

    /// <summary>Gets a place by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The place.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such place.</exception>
    public Place GetPlace(PlaceId id) => Get(_state.Places, id, "place");

    /// <summary>Gets a predicate by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such predicate.</exception>
    public Predicate GetPredicate(PredicateId id) => Get(_state.Predicates, id, "predicate");

    /// <summary>Gets an incident by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such incident.</exception>
    public Incident GetIncident(IncidentId id) => Get(_state.Incidents, id, "incident");

    /// <summary>Gets a claim by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public Claim GetClaim(ClaimId id) => Get(_state.Claims, id, "claim");

    /// <summary>Tries to get a party by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="party">The party, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetParty(PartyId id, [NotNullWhen(true)] out Party? party) => TryGet(_state.Parties, id, out party);

    /// <summary>Tries to get a source by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="source">The source, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetSource(SourceId id, [NotNullWhen(true)] out Source? source) => TryGet(_state.Sources, id, out source);

    /// <summary>Tries to get a place by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="place">The place, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetPlace(PlaceId id, [NotNullWhen(true)] out Place? place) => TryGet(_state.Places, id, out place);

    /// <summary>Tries to get a predicate by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="predicate">The predicate, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetPredicate(PredicateId id, [NotNullWhen(true)] out Predicate? predicate) => TryGet(_state.Predicates, id, out predicate);

    /// <summary>Tries to get an incident by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="incident">The incident, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetIncident(IncidentId id, [NotNullWhen(true)] out Incident? incident) => TryGet(_state.Incidents, id, out incident);

    /// <summary>Tries to get a claim by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetClaim(ClaimId id, [NotNullWhen(true)] out Claim? claim) => TryGet(_state.Claims, id, out claim);

    /// <summary>
    /// Finds the places known by a name or alias, ignoring case, diacritics, dashes and spacing, and reading Cyrillic,
    /// Armenian and Azerbaijani Latin names through their transliterations, so "Шуша", "Şuşa" and "Shusha" meet.
    /// </summary>
    /// <param name="name">A name, such as "kohne taghlar", "Khtsaberd" or "Ханкенди".</param>
    /// <returns>
    /// The matching places, in the order they were added; the places the name matches as written come before those
    /// only its transliterations reach. Empty when none.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Place> FindPlaces(string name)
    {
        Preconditions.CheckNotNull(name);
        IReadOnlyList<string> keys = NameKeys.For(name);
        if (keys.Count == 1)
        {
            return ByName(_state.PlaceNames, name, _state.Places);
        }

        // The places the name matches as written come first, then those only its transliterations reach.
        var found = new List<Place>();
        var seen = new HashSet<PlaceId>();
        foreach (string key in keys)
        {
            if (_state.PlaceNames.TryGetValue(key, out ImmutableList<PlaceId>? ids))
            {
                found.AddRange(ids.Where(seen.Add).Select(id => _state.Places[id]));
            }
        }

        return found;
    }

    /// <summary>Finds the place known by a name or alias, as <see cref="FindPlaces(string)"/> does.</summary>
    /// <param name="name">A name, such as "kohne taghlar" or "Şuşa".</param>
    /// <returns>The first place added with that name, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Place? FindPlace(string name) => FindPlaces(name) is [var first, ..] ? first : null;

    /// <summary>Finds the sources known by a name or name variant, ignoring case, diacritics, dashes and spacing.</summary>
    /// <param name="name">A name, such as "Russian defence ministry".</param>
    /// <returns>The matching sources; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Source> FindSources(string name) => ByName(_state.SourceNames, name, _state.Sources);

    /// <summary>Finds the source known by a name or name variant.</summary>
    /// <param name="name">A name, such as "Russian Defense Ministry".</param>
    /// <returns>The first source added with that name, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Source? FindSource(string name) => FindSources(name) is [var first, ..] ? first : null;

    /// <summary>Finds the party known by a name or alias.</summary>
    /// <param name="name">A name, such as "Azerbaijani".</param>
    /// <returns>The first party added with that name, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Party? FindParty(string name) => ByName(_state.PartyNames, name, _state.Parties) is [var first, ..] ? first : null;

    /// <summary>Gets the claims about an incident, in the order they were added.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The claims; empty for an unknown incident.</returns>
    public IReadOnlyList<Claim> ClaimsAbout(IncidentId incident) => Resolve(_state.ClaimsByIncident, incident);

    /// <summary>Gets the claims a source made, and with <paramref name="includeRelayed"/> also those it relayed.</summary>
    /// <param name="source">The source.</param>
    /// <param name="includeRelayed">Whether to include statements the source relayed for another speaker.</param>
    /// <returns>The claims, in the order they were added.</returns>
    public IReadOnlyList<Claim> ClaimsBy(SourceId source, bool includeRelayed = false)
    {
        IReadOnlyList<Claim> spoken = Resolve(_state.ClaimsBySpeaker, source);
        if (!includeRelayed)
        {
            return spoken;
        }

        IReadOnlyList<Claim> relayed = Resolve(_state.ClaimsByRelay, source);
        return relayed.Count == 0 ? spoken : InLedgerOrder(spoken.Concat(relayed).Distinct());
    }

    /// <summary>Gets the claims made by sources affiliated with a party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The claims, in the order they were added.</returns>
    public IReadOnlyList<Claim> ClaimsByParty(PartyId party) =>
        InLedgerOrder(_state.SourceOrder.Where(s => s.Party == party).SelectMany(s => Resolve(_state.ClaimsBySpeaker, s.Id)));

    /// <summary>
    /// Gets the claims about a place: those whose proposition names it (as place, subject or object) or names a
    /// place within it, and those about incidents at it.
    /// </summary>
    /// <param name="place">The place.</param>
    /// <returns>The claims, in the order they were added.</returns>
    public IReadOnlyList<Claim> ClaimsAt(PlaceId place)
    {
        HashSet<PlaceId> within = [.. PlaceAndDescendants(place)];
        IEnumerable<Claim> direct = within.SelectMany(p => Resolve(_state.ClaimsByPlace, p));
        IEnumerable<Claim> viaIncident = _state.IncidentOrder
            .Where(i => Preconditions.OrEmpty(i.Places).Any(within.Contains))
            .SelectMany(i => Resolve(_state.ClaimsByIncident, i.Id));
        return InLedgerOrder(direct.Concat(viaIncident).Distinct());
    }

    /// <summary>
    /// Gets the claims about every place known by a name or alias (see <see cref="FindPlaces(string)"/>). Named apart
    /// from <see cref="ClaimsAt(PlaceId)"/> so that a string, which converts to an identifier, is never taken for a name.
    /// </summary>
    /// <param name="placeName">A name or alias, such as "Kohne Taghlar".</param>
    /// <returns>The claims; empty when no place has the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placeName"/> is null.</exception>
    public IReadOnlyList<Claim> ClaimsAtPlaceNamed(string placeName)
    {
        Preconditions.CheckNotNull(placeName);
        return InLedgerOrder(FindPlaces(placeName).SelectMany(p => ClaimsAt(p.Id)).Distinct());
    }

    /// <summary>Gets the claims with a predicate.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The claims, in the order they were added.</returns>
    public IReadOnlyList<Claim> ClaimsWith(PredicateId predicate) =>
        [.. _state.ClaimOrder.Where(c => c.Proposition.Predicate == predicate)];

    /// <summary>
    /// Gets the claims whose time (<see cref="TimeOf(Claim)"/>) may fall within a period: those whose interval
    /// overlaps it. Claims with no known time are left out.
    /// </summary>
    /// <param name="period">The period, such as <c>FuzzyDate.InMonth(new YearMonth(2022, 3))</c>.</param>
    /// <returns>The claims, in the order they were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<Claim> ClaimsDuring(FuzzyDate period)
    {
        Preconditions.CheckNotNull(period);
        return [.. _state.ClaimOrder.Where(c => TimeOf(c)?.Overlaps(period) == true)];
    }

    /// <summary>Gets the time a claim's proposition is about: its own time, or else its incident's.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The time, or null when neither is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public FuzzyDate? TimeOf(Claim claim)
    {
        Preconditions.CheckNotNull(claim);
        return claim.Proposition.Time ?? _state.Incidents.GetValueOrDefault(claim.Incident)?.When;
    }

    /// <summary>Gets the party a claim's speaker is affiliated with.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The party, or null when the speaker has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public Party? PartyOf(Claim claim)
    {
        Preconditions.CheckNotNull(claim);
        return _state.Sources.GetValueOrDefault(claim.Attribution.Speaker)?.Party is { } party ? _state.Parties.GetValueOrDefault(party) : null;
    }

    /// <summary>Gets a place and every place within it, at any depth.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The place first, then its descendants.</returns>
    public IEnumerable<PlaceId> PlaceAndDescendants(PlaceId place)
    {
        yield return place;
        var frontier = new Queue<PlaceId>([place]);
        var seen = new HashSet<PlaceId> { place };
        while (frontier.Count > 0)
        {
            PlaceId current = frontier.Dequeue();
            foreach (Place child in _state.PlaceOrder.Where(p => p.Parent == current))
            {
                if (seen.Add(child.Id))
                {
                    frontier.Enqueue(child.Id);
                    yield return child.Id;
                }
            }
        }
    }

    private static TValue Get<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> items, TKey id, string kind)
        where TKey : notnull =>
        items.TryGetValue(id, out TValue? value) ? value : throw new KeyNotFoundException($"The ledger has no {kind} '{id}'.");

    private static bool TryGet<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> items, TKey id, [NotNullWhen(true)] out TValue? value)
        where TKey : notnull
        where TValue : class
    {
        if (id.ToString() is null or "")
        {
            value = null;
            return false;
        }

        return items.TryGetValue(id, out value);
    }

    private static IReadOnlyList<TValue> ByName<TKey, TValue>(IReadOnlyDictionary<string, ImmutableList<TKey>> names, string name, IReadOnlyDictionary<TKey, TValue> items)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(name);
        return names.TryGetValue(TextFolding.Fold(name), out ImmutableList<TKey>? ids) ? [.. ids.Select(id => items[id])] : [];
    }

    private IReadOnlyList<Claim> Resolve<TKey, TIds>(IReadOnlyDictionary<TKey, TIds> index, TKey key)
        where TKey : notnull
        where TIds : IReadOnlyList<ClaimId> =>
        key.ToString() is not (null or "") && index.TryGetValue(key, out TIds? ids) ? [.. ids.Select(id => _state.Claims[id])] : [];

    private IReadOnlyList<Claim> InLedgerOrder(IEnumerable<Claim> claims)
    {
        HashSet<ClaimId> wanted = [.. claims.Select(c => c.Id)];
        return wanted.Count == 0 ? [] : [.. _state.ClaimOrder.Where(c => wanted.Contains(c.Id))];
    }
}

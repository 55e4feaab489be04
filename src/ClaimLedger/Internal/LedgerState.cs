namespace ClaimLedger.Internal;

/// <summary>
/// The immutable contents of a ledger and its indexes. Every collection is persistent, so adding a batch shares
/// everything it does not touch: a new snapshot costs time and memory in proportion to the batch, not the ledger.
/// </summary>
internal sealed class LedgerState
{
    internal static readonly LedgerState Empty = CreateEmpty();

    internal ImmutableDictionary<PartyId, Party> Parties { get; private init; } = ImmutableDictionary<PartyId, Party>.Empty;
    internal ImmutableList<Party> PartyOrder { get; private init; } = ImmutableList<Party>.Empty;
    internal ImmutableDictionary<SourceId, Source> Sources { get; private init; } = ImmutableDictionary<SourceId, Source>.Empty;
    internal ImmutableList<Source> SourceOrder { get; private init; } = ImmutableList<Source>.Empty;
    internal ImmutableDictionary<PlaceId, Place> Places { get; private init; } = ImmutableDictionary<PlaceId, Place>.Empty;
    internal ImmutableList<Place> PlaceOrder { get; private init; } = ImmutableList<Place>.Empty;
    internal ImmutableDictionary<PredicateId, Predicate> Predicates { get; private init; } = ImmutableDictionary<PredicateId, Predicate>.Empty;
    internal ImmutableList<Predicate> PredicateOrder { get; private init; } = ImmutableList<Predicate>.Empty;
    internal ImmutableDictionary<IncidentId, Incident> Incidents { get; private init; } = ImmutableDictionary<IncidentId, Incident>.Empty;
    internal ImmutableList<Incident> IncidentOrder { get; private init; } = ImmutableList<Incident>.Empty;
    internal ImmutableDictionary<ClaimId, Claim> Claims { get; private init; } = ImmutableDictionary<ClaimId, Claim>.Empty;
    internal ImmutableList<Claim> ClaimOrder { get; private init; } = ImmutableList<Claim>.Empty;

    internal ImmutableDictionary<string, ImmutableList<PlaceId>> PlaceNames { get; private init; } = ImmutableDictionary<string, ImmutableList<PlaceId>>.Empty;
    internal ImmutableDictionary<string, ImmutableList<SourceId>> SourceNames { get; private init; } = ImmutableDictionary<string, ImmutableList<SourceId>>.Empty;
    internal ImmutableDictionary<string, ImmutableList<PartyId>> PartyNames { get; private init; } = ImmutableDictionary<string, ImmutableList<PartyId>>.Empty;

    internal ImmutableDictionary<IncidentId, ImmutableList<ClaimId>> ClaimsByIncident { get; private init; } = ImmutableDictionary<IncidentId, ImmutableList<ClaimId>>.Empty;
    internal ImmutableDictionary<SourceId, ImmutableList<ClaimId>> ClaimsBySpeaker { get; private init; } = ImmutableDictionary<SourceId, ImmutableList<ClaimId>>.Empty;
    internal ImmutableDictionary<SourceId, ImmutableList<ClaimId>> ClaimsByRelay { get; private init; } = ImmutableDictionary<SourceId, ImmutableList<ClaimId>>.Empty;
    internal ImmutableDictionary<PlaceId, ImmutableList<ClaimId>> ClaimsByPlace { get; private init; } = ImmutableDictionary<PlaceId, ImmutableList<ClaimId>>.Empty;
    internal ImmutableDictionary<TopicKey, ImmutableList<ClaimId>> ClaimsByTopic { get; private init; } = ImmutableDictionary<TopicKey, ImmutableList<ClaimId>>.Empty;

    /// <summary>Returns a new state with the batch added. The batch must have been validated against this state.</summary>
    internal LedgerState Apply(LedgerBatch batch)
    {
        var m = new Mutable(this);
        foreach (Party party in batch.Parties)
        {
            m.Parties[party.Id] = party;
            m.PartyOrder.Add(party);
            foreach (string name in Preconditions.OrEmpty(party.Aliases).Prepend(party.Name))
            {
                AddTo(m.PartyNames, TextFolding.Fold(name), party.Id);
            }
        }

        foreach (Source source in batch.Sources)
        {
            m.Sources[source.Id] = source;
            m.SourceOrder.Add(source);
            foreach (string name in source.AllNames)
            {
                AddTo(m.SourceNames, TextFolding.Fold(name), source.Id);
            }
        }

        foreach (Place place in batch.Places)
        {
            m.Places[place.Id] = place;
            m.PlaceOrder.Add(place);
            foreach (string name in place.AllNames)
            {
                AddTo(m.PlaceNames, TextFolding.Fold(name), place.Id);
            }
        }

        foreach (Predicate predicate in batch.Predicates)
        {
            m.Predicates[predicate.Id] = predicate;
            m.PredicateOrder.Add(predicate);
        }

        foreach (Incident incident in batch.Incidents)
        {
            m.Incidents[incident.Id] = incident;
            m.IncidentOrder.Add(incident);
        }

        foreach (Claim claim in batch.Claims)
        {
            m.Claims[claim.Id] = claim;
            m.ClaimOrder.Add(claim);
            AddTo(m.ClaimsByIncident, claim.Incident, claim.Id);
            AddTo(m.ClaimsBySpeaker, claim.Attribution.Speaker, claim.Id);
            foreach (SourceId relay in Preconditions.OrEmpty(claim.Attribution.Relays))
            {
                AddTo(m.ClaimsByRelay, relay, claim.Id);
            }

            foreach (PlaceId place in PlacesOf(claim.Proposition))
            {
                AddTo(m.ClaimsByPlace, place, claim.Id);
            }

            Predicate predicate = m.Predicates[claim.Proposition.Predicate];
            AddTo(m.ClaimsByTopic, TopicKey.For(predicate, claim.Proposition), claim.Id);
            foreach (Entailment entailment in Preconditions.OrEmpty(predicate.Entails))
            {
                if (m.Predicates.TryGetValue(entailment.Predicate, out Predicate? entailed))
                {
                    AddTo(m.ClaimsByTopic, TopicKey.For(entailed, claim.Proposition), claim.Id);
                }
            }
        }

        return m.ToState();
    }

    internal static IEnumerable<PlaceId> PlacesOf(Proposition proposition)
    {
        if (proposition.Place is { } place)
        {
            yield return place;
        }

        if (proposition.Object is { Kind: TermKind.Place } obj && obj.Value != proposition.Place?.Value)
        {
            yield return obj.Value;
        }

        if (proposition.Subject is { Kind: TermKind.Place } subject && subject.Value != proposition.Place?.Value && subject.Value != proposition.Object?.Value)
        {
            yield return subject.Value;
        }
    }

    private static void AddTo<TKey, TValue>(ImmutableDictionary<TKey, ImmutableList<TValue>>.Builder index, TKey key, TValue value)
        where TKey : notnull =>
        index[key] = index.TryGetValue(key, out ImmutableList<TValue>? list) ? list.Add(value) : ImmutableList.Create(value);

    private static LedgerState CreateEmpty()
    {
        var empty = new LedgerState();
        return empty.Apply(new LedgerBatch { Predicates = BuiltInPredicates.All });
    }

    private sealed class Mutable(LedgerState s)
    {
        internal ImmutableDictionary<PartyId, Party>.Builder Parties { get; } = s.Parties.ToBuilder();
        internal ImmutableList<Party>.Builder PartyOrder { get; } = s.PartyOrder.ToBuilder();
        internal ImmutableDictionary<SourceId, Source>.Builder Sources { get; } = s.Sources.ToBuilder();
        internal ImmutableList<Source>.Builder SourceOrder { get; } = s.SourceOrder.ToBuilder();
        internal ImmutableDictionary<PlaceId, Place>.Builder Places { get; } = s.Places.ToBuilder();
        internal ImmutableList<Place>.Builder PlaceOrder { get; } = s.PlaceOrder.ToBuilder();
        internal ImmutableDictionary<PredicateId, Predicate>.Builder Predicates { get; } = s.Predicates.ToBuilder();
        internal ImmutableList<Predicate>.Builder PredicateOrder { get; } = s.PredicateOrder.ToBuilder();
        internal ImmutableDictionary<IncidentId, Incident>.Builder Incidents { get; } = s.Incidents.ToBuilder();
        internal ImmutableList<Incident>.Builder IncidentOrder { get; } = s.IncidentOrder.ToBuilder();
        internal ImmutableDictionary<ClaimId, Claim>.Builder Claims { get; } = s.Claims.ToBuilder();
        internal ImmutableList<Claim>.Builder ClaimOrder { get; } = s.ClaimOrder.ToBuilder();
        internal ImmutableDictionary<string, ImmutableList<PlaceId>>.Builder PlaceNames { get; } = s.PlaceNames.ToBuilder();
        internal ImmutableDictionary<string, ImmutableList<SourceId>>.Builder SourceNames { get; } = s.SourceNames.ToBuilder();
        internal ImmutableDictionary<string, ImmutableList<PartyId>>.Builder PartyNames { get; } = s.PartyNames.ToBuilder();
        internal ImmutableDictionary<IncidentId, ImmutableList<ClaimId>>.Builder ClaimsByIncident { get; } = s.ClaimsByIncident.ToBuilder();
        internal ImmutableDictionary<SourceId, ImmutableList<ClaimId>>.Builder ClaimsBySpeaker { get; } = s.ClaimsBySpeaker.ToBuilder();
        internal ImmutableDictionary<SourceId, ImmutableList<ClaimId>>.Builder ClaimsByRelay { get; } = s.ClaimsByRelay.ToBuilder();
        internal ImmutableDictionary<PlaceId, ImmutableList<ClaimId>>.Builder ClaimsByPlace { get; } = s.ClaimsByPlace.ToBuilder();
        internal ImmutableDictionary<TopicKey, ImmutableList<ClaimId>>.Builder ClaimsByTopic { get; } = s.ClaimsByTopic.ToBuilder();

        internal LedgerState ToState() => new()
        {
            Parties = Parties.ToImmutable(),
            PartyOrder = PartyOrder.ToImmutable(),
            Sources = Sources.ToImmutable(),
            SourceOrder = SourceOrder.ToImmutable(),
            Places = Places.ToImmutable(),
            PlaceOrder = PlaceOrder.ToImmutable(),
            Predicates = Predicates.ToImmutable(),
            PredicateOrder = PredicateOrder.ToImmutable(),
            Incidents = Incidents.ToImmutable(),
            IncidentOrder = IncidentOrder.ToImmutable(),
            Claims = Claims.ToImmutable(),
            ClaimOrder = ClaimOrder.ToImmutable(),
            PlaceNames = PlaceNames.ToImmutable(),
            SourceNames = SourceNames.ToImmutable(),
            PartyNames = PartyNames.ToImmutable(),
            ClaimsByIncident = ClaimsByIncident.ToImmutable(),
            ClaimsBySpeaker = ClaimsBySpeaker.ToImmutable(),
            ClaimsByRelay = ClaimsByRelay.ToImmutable(),
            ClaimsByPlace = ClaimsByPlace.ToImmutable(),
            ClaimsByTopic = ClaimsByTopic.ToImmutable(),
        };
    }
}

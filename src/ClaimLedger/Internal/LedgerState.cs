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
    internal PersistentMap<PlaceId, Place> Places { get; private init; } = PersistentMap<PlaceId, Place>.Empty;
    internal PersistentList<Place> PlaceOrder { get; private init; } = PersistentList<Place>.Empty;
    internal ImmutableDictionary<PredicateId, Predicate> Predicates { get; private init; } = ImmutableDictionary<PredicateId, Predicate>.Empty;
    internal ImmutableList<Predicate> PredicateOrder { get; private init; } = ImmutableList<Predicate>.Empty;
    internal PersistentMap<IncidentId, Incident> Incidents { get; private init; } = PersistentMap<IncidentId, Incident>.Empty;
    internal PersistentList<Incident> IncidentOrder { get; private init; } = PersistentList<Incident>.Empty;
    internal PersistentMap<ClaimId, Claim> Claims { get; private init; } = PersistentMap<ClaimId, Claim>.Empty;
    internal PersistentList<Claim> ClaimOrder { get; private init; } = PersistentList<Claim>.Empty;

    internal PersistentMap<string, ImmutableList<PlaceId>> PlaceNames { get; private init; } = PersistentMap<string, ImmutableList<PlaceId>>.Empty;
    internal ImmutableDictionary<string, ImmutableList<SourceId>> SourceNames { get; private init; } = ImmutableDictionary<string, ImmutableList<SourceId>>.Empty;
    internal ImmutableDictionary<string, ImmutableList<PartyId>> PartyNames { get; private init; } = ImmutableDictionary<string, ImmutableList<PartyId>>.Empty;

    // Every index of claims holds each key's ids (or claims) in a frozen array with a short tail: a persistent tree
    // node per entry (48 bytes) was most of what a ledger held beyond its claims.
    internal PersistentMap<IncidentId, PersistentList<ClaimId>> ClaimsByIncident { get; private init; } = PersistentMap<IncidentId, PersistentList<ClaimId>>.Empty;
    internal PersistentMap<SourceId, PersistentList<ClaimId>> ClaimsBySpeaker { get; private init; } = PersistentMap<SourceId, PersistentList<ClaimId>>.Empty;
    internal PersistentMap<SourceId, PersistentList<ClaimId>> ClaimsByRelay { get; private init; } = PersistentMap<SourceId, PersistentList<ClaimId>>.Empty;
    internal PersistentMap<PlaceId, PersistentList<ClaimId>> ClaimsByPlace { get; private init; } = PersistentMap<PlaceId, PersistentList<ClaimId>>.Empty;
    /// <summary>The predicates resolved: wordings to their notions, entailments chained. Rebuilt only when predicates are added.</summary>
    internal Vocabulary Vocabulary { get; private init; } = null!;

    /// <summary>The claims of each topic, held directly (not by id) because the engine reads every one of them.</summary>
    internal PersistentMap<TopicKey, PersistentList<Claim>> ClaimsByTopic { get; private init; } = PersistentMap<TopicKey, PersistentList<Claim>>.Empty;

    /// <summary>
    /// The claims of each topic by the subject and object of their statement in it, so that a question about one
    /// proposition ("what contradicts this claim?") reads only the claims that share its subject and object, not a
    /// topic that may hold a tenth of the ledger.
    /// </summary>
    internal PersistentMap<StatementKey, PersistentList<Claim>> ClaimsByStatement { get; private init; } = PersistentMap<StatementKey, PersistentList<Claim>>.Empty;

    /// <summary>Returns a new state with the batch added. The batch must have been validated against this state.</summary>
    internal LedgerState Apply(LedgerBatch batch)
    {
        var m = new Mutable(this, batch);
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

        // Places and incidents can come in the hundreds of thousands too: the same batching as for claims below.
        foreach (Place place in batch.Places)
        {
            m.Places[place.Id] = place;
        }

        var placeNames = new Pending<string, PlaceId>();
        var placeKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Place place in batch.Places)
        {
            // A place is listed once under each key, however many of its names share it ("Shusha" and "Шуша").
            placeKeys.Clear();
            foreach (string name in place.AllNames)
            {
                foreach (string key in NameKeys.For(name))
                {
                    if (placeKeys.Add(key))
                    {
                        placeNames.Add(key, place.Id);
                    }
                }
            }
        }

        m.PlaceNames = placeNames.MergeInto(PlaceNames);

        foreach (Predicate predicate in batch.Predicates)
        {
            // Validation lets a batch redeclare only a built-in, and only before the first claim: the ledger's own
            // declaration takes the built-in's place.
            if (m.Predicates.TryGetValue(predicate.Id, out Predicate? builtIn))
            {
                m.PredicateOrder.Remove(builtIn);
            }

            m.Predicates[predicate.Id] = predicate;
            m.PredicateOrder.Add(predicate);
        }

        // The vocabulary knows the parties too, to tell whose a described object is ("Indian aircraft"); new parties
        // can change what a claim already held entails, so its statements are indexed again below.
        bool newParties = !batch.Parties.IsDefaultOrEmpty;
        Vocabulary vocabulary = batch.Predicates.IsDefaultOrEmpty && !newParties && Vocabulary is not null
            ? Vocabulary
            : new Vocabulary(m.Predicates.ToImmutable(), m.PartyNames.ToImmutable());
        m.Vocabulary = vocabulary;

        foreach (Incident incident in batch.Incidents)
        {
            m.Incidents[incident.Id] = incident;
        }

        // Claims come in large batches: collect each index's additions per key first, then extend each key's list
        // once. Adding one id at a time to a persistent list copies its path every time, which at a million claims
        // cost more than everything else together.
        var byIncident = new Pending<IncidentId, ClaimId>();
        var bySpeaker = new Pending<SourceId, ClaimId>();
        var byRelay = new Pending<SourceId, ClaimId>();
        var byPlace = new Pending<PlaceId, ClaimId>();
        // Sized up front for a large batch: growing a dictionary of a million statement keys by doubling copied it
        // again and again, a fifth of a build. Topics are fewer than claims by far.
        var byTopic = new Pending<TopicKey, Claim>(batch.Claims.Length / 8);
        var byStatement = new Pending<StatementKey, Claim>(batch.Claims.Length);
        var keys = new List<StatementKey>();
        var statements = new List<Vocabulary.Derivation>();
        var topics = new List<TopicKey>();
        foreach (Claim claim in batch.Claims)
        {
            m.Claims[claim.Id] = claim;
        }

        bool reindex = newParties && !ClaimOrder.IsEmpty;
        if (reindex)
        {
            foreach (Claim held in ClaimOrder)
            {
                IndexStatements(held);
            }
        }

        foreach (Claim claim in batch.Claims)
        {
            byIncident.Add(claim.Incident, claim.Id);
            bySpeaker.Add(claim.Attribution.Speaker, claim.Id);
            foreach (SourceId relay in Preconditions.OrEmpty(claim.Attribution.Relays))
            {
                byRelay.Add(relay, claim.Id);
            }

            AddPlaces(byPlace, claim.Proposition, claim.Id);

            IndexStatements(claim);
        }

        // Each index's builder is made for the keys it will be given, not for one key per claim: a batch of a million
        // claims names some thousands of incidents and a few hundred speakers, and a table sized for a million keys
        // stayed in the ledger, 26 bytes per claim for each index.
        m.ClaimsByIncident = byIncident.MergeInto(ClaimsByIncident);
        m.ClaimsBySpeaker = bySpeaker.MergeInto(ClaimsBySpeaker);
        m.ClaimsByRelay = byRelay.MergeInto(ClaimsByRelay);
        m.ClaimsByPlace = byPlace.MergeInto(ClaimsByPlace);
        m.ClaimsByTopic = byTopic.MergeInto(reindex ? PersistentMap<TopicKey, PersistentList<Claim>>.Empty : ClaimsByTopic);
        m.ClaimsByStatement = byStatement.MergeInto(reindex ? PersistentMap<StatementKey, PersistentList<Claim>>.Empty : ClaimsByStatement);

        return m.ToState();

        void IndexStatements(Claim claim)
        {
            // A claim is listed once in each topic any of its statements (own or entailed) falls in.
            statements.Clear();
            topics.Clear();
            keys.Clear();
            vocabulary.StatementsOf(claim, statements);
            foreach (Vocabulary.Derivation statement in statements)
            {
                var topic = TopicKey.For(vocabulary.RootOf(statement.Proposition.Predicate), statement.Proposition, claim.Modality == ClaimModality.Attempted);
                if (!topics.Contains(topic))
                {
                    topics.Add(topic);
                    byTopic.Add(topic, claim);
                }

                var key = new StatementKey(topic, statement.Proposition.Subject, statement.Proposition.Object);
                if (!keys.Contains(key))
                {
                    keys.Add(key);
                    byStatement.Add(key, claim);
                }
            }
        }
    }

    /// <summary>
    /// Every way a name of a place, party or source can begin, cut where a letter is followed by something else
    /// ("Al", "Al-Ahli", "Al-Ahli Arab"...), so that whether a word begins a name is one look-up. Made on first use:
    /// the state never changes, so the set never goes stale, and two threads that make it make the same set.
    /// </summary>
    internal IReadOnlySet<string> NameBeginnings => _nameBeginnings ??= MakeNameBeginnings();

    private HashSet<string>? _nameBeginnings;

    private HashSet<string> MakeNameBeginnings()
    {
        var beginnings = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<string> names = PlaceOrder.SelectMany(p => p.AllNames)
            .Concat(PartyOrder.SelectMany(p => Preconditions.OrEmpty(p.Aliases).Prepend(p.Name)))
            .Concat(SourceOrder.SelectMany(s => s.AllNames));
        foreach (string name in names)
        {
            for (int i = 1; i <= name.Length; i++)
            {
                if (i == name.Length || (char.IsLetter(name[i - 1]) && !char.IsLetter(name[i])))
                {
                    beginnings.Add(name[..i]);
                }
            }
        }

        return beginnings;
    }

    /// <summary>Whether a place is the other or lies within it, at any depth of <see cref="Place.Parent"/>.</summary>
    internal bool IsWithin(PlaceId inner, PlaceId outer)
    {
        PlaceId? current = inner;
        // A cycle of parents is refused by validation; the bound only keeps a bad state from hanging.
        for (int depth = 0; depth < 64 && current is { } id; depth++)
        {
            if (id == outer)
            {
                return true;
            }

            current = Places.TryGetValue(id, out Place? place) ? place.Parent : null;
        }

        return false;
    }

    /// <summary>
    /// Whether one term takes in another: the same term, a place within a place, or a source that belongs to a party.
    /// "Parand" is within "Tehran Province"; the "Islamic Revolutionary Guard Corps" is within "Iran".
    /// </summary>
    internal bool Covers(Term outer, Term inner)
    {
        if (outer.Equals(inner))
        {
            return true;
        }

        return (outer.Kind, inner.Kind) switch
        {
            (TermKind.Place, TermKind.Place) => IsWithin(new PlaceId(inner.Value), new PlaceId(outer.Value)),
            (TermKind.Party, TermKind.Source) => Sources.TryGetValue(inner.Value, out Source? source) && source.Party?.Value == outer.Value,
            _ => false,
        };
    }

    /// <summary>The terms that take a term in, nearest first: a place's parents, a source's party.</summary>
    internal IEnumerable<Term> Containers(Term term)
    {
        if (term.Kind == TermKind.Source)
        {
            if (Sources.TryGetValue(term.Value, out Source? source) && source.Party is { } party)
            {
                yield return Term.Party(party);
            }

            yield break;
        }

        if (term.Kind != TermKind.Place)
        {
            yield break;
        }

        PlaceId? current = Places.TryGetValue(term.Value, out Place? place) ? place.Parent : null;
        for (int depth = 0; depth < 64 && current is { } id; depth++)
        {
            yield return Term.Place(id);
            current = Places.TryGetValue(id, out Place? next) ? next.Parent : null;
        }
    }

    // The places a proposition names (its place, and a place as object or subject), each once.
    private static void AddPlaces(Pending<PlaceId, ClaimId> index, Proposition proposition, ClaimId id)
    {
        if (proposition.Place is { } place)
        {
            index.Add(place, id);
        }

        if (proposition.Object is { Kind: TermKind.Place } obj && obj.Value != proposition.Place?.Value)
        {
            index.Add(new PlaceId(obj.Value), id);
        }

        if (proposition.Subject is { Kind: TermKind.Place } subject && subject.Value != proposition.Place?.Value && subject.Value != proposition.Object?.Value)
        {
            index.Add(new PlaceId(subject.Value), id);
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

    /// <summary>The items to add to an index, per key, in the order they came.</summary>
    private sealed class Pending<TKey, TValue>(int capacity = 0)
        where TKey : notnull
    {
        private readonly Dictionary<TKey, List<TValue>> _added = new(capacity);
        private TKey? _lastKey;
        private List<TValue>? _lastList;

        internal void Add(TKey key, TValue value)
        {
            // Claims usually come grouped (an incident's claims together), so the last key is often the key again.
            if (_lastList is not null && EqualityComparer<TKey>.Default.Equals(key, _lastKey))
            {
                _lastList.Add(value);
                return;
            }

            if (!_added.TryGetValue(key, out List<TValue>? list))
            {
                list = [];
                _added.Add(key, list);
            }

            list.Add(value);
            _lastKey = key;
            _lastList = list;
        }

        internal PersistentMap<TKey, ImmutableList<TValue>> MergeInto(PersistentMap<TKey, ImmutableList<TValue>> from)
        {
            var index = from.ToBuilder(_added.Count);
            foreach ((TKey key, List<TValue> values) in _added)
            {
                index[key] = index.TryGetValue(key, out ImmutableList<TValue>? existing) ? existing.AddRange(values) : ImmutableList.CreateRange(values);
            }

            return index.ToImmutable();
        }

        internal PersistentMap<TKey, PersistentList<TValue>> MergeInto(PersistentMap<TKey, PersistentList<TValue>> from)
        {
            var index = from.ToBuilder(_added.Count);
            foreach ((TKey key, List<TValue> values) in _added)
            {
                index[key] = (index.TryGetValue(key, out PersistentList<TValue>? existing) ? existing : PersistentList<TValue>.Empty).AddRange(values);
            }

            return index.ToImmutable();
        }
    }

    private sealed class Mutable(LedgerState s, LedgerBatch batch)
    {
        internal ImmutableDictionary<PartyId, Party>.Builder Parties { get; } = s.Parties.ToBuilder();
        internal ImmutableList<Party>.Builder PartyOrder { get; } = s.PartyOrder.ToBuilder();
        internal ImmutableDictionary<SourceId, Source>.Builder Sources { get; } = s.Sources.ToBuilder();
        internal ImmutableList<Source>.Builder SourceOrder { get; } = s.SourceOrder.ToBuilder();
        internal PersistentMap<PlaceId, Place>.Builder Places { get; } = s.Places.ToBuilder(batch.Places.Length);
        internal ImmutableDictionary<PredicateId, Predicate>.Builder Predicates { get; } = s.Predicates.ToBuilder();
        internal ImmutableList<Predicate>.Builder PredicateOrder { get; } = s.PredicateOrder.ToBuilder();
        internal PersistentMap<IncidentId, Incident>.Builder Incidents { get; } = s.Incidents.ToBuilder(batch.Incidents.Length);
        internal PersistentMap<ClaimId, Claim>.Builder Claims { get; } = s.Claims.ToBuilder(batch.Claims.Length);
        internal PersistentMap<string, ImmutableList<PlaceId>> PlaceNames { get; set; } = s.PlaceNames;
        internal ImmutableDictionary<string, ImmutableList<SourceId>>.Builder SourceNames { get; } = s.SourceNames.ToBuilder();
        internal ImmutableDictionary<string, ImmutableList<PartyId>>.Builder PartyNames { get; } = s.PartyNames.ToBuilder();
        internal PersistentMap<IncidentId, PersistentList<ClaimId>> ClaimsByIncident { get; set; } = s.ClaimsByIncident;
        internal PersistentMap<SourceId, PersistentList<ClaimId>> ClaimsBySpeaker { get; set; } = s.ClaimsBySpeaker;
        internal PersistentMap<SourceId, PersistentList<ClaimId>> ClaimsByRelay { get; set; } = s.ClaimsByRelay;
        internal PersistentMap<PlaceId, PersistentList<ClaimId>> ClaimsByPlace { get; set; } = s.ClaimsByPlace;
        internal PersistentMap<TopicKey, PersistentList<Claim>> ClaimsByTopic { get; set; } = s.ClaimsByTopic;
        internal PersistentMap<StatementKey, PersistentList<Claim>> ClaimsByStatement { get; set; } = s.ClaimsByStatement;
        internal Vocabulary Vocabulary { get; set; } = s.Vocabulary;

        internal LedgerState ToState() => new()
        {
            Parties = Parties.ToImmutable(),
            PartyOrder = PartyOrder.ToImmutable(),
            Sources = Sources.ToImmutable(),
            SourceOrder = SourceOrder.ToImmutable(),
            Places = Places.ToImmutable(),
            PlaceOrder = s.PlaceOrder.AddRange(batch.Places),
            Predicates = Predicates.ToImmutable(),
            PredicateOrder = PredicateOrder.ToImmutable(),
            Incidents = Incidents.ToImmutable(),
            IncidentOrder = s.IncidentOrder.AddRange(batch.Incidents),
            Claims = Claims.ToImmutable(),
            ClaimOrder = s.ClaimOrder.AddRange(batch.Claims),
            PlaceNames = PlaceNames,
            SourceNames = SourceNames.ToImmutable(),
            PartyNames = PartyNames.ToImmutable(),
            ClaimsByIncident = ClaimsByIncident,
            ClaimsBySpeaker = ClaimsBySpeaker,
            ClaimsByRelay = ClaimsByRelay,
            ClaimsByPlace = ClaimsByPlace,
            ClaimsByTopic = ClaimsByTopic,
            ClaimsByStatement = ClaimsByStatement,
            Vocabulary = Vocabulary,
        };
    }
}

namespace ClaimLedger.Internal;

/// <summary>
/// The immutable contents of a ledger and its indexes. Every collection is persistent, so adding a batch shares
/// everything it does not touch: a new snapshot costs time and memory in proportion to the batch, not the ledger.
/// </summary>
internal sealed class LedgerState
{
    internal static readonly LedgerState Empty = CreateEmpty();

    // Below this many items, sorting costs more than the cache misses it saves.
    private const int SortThreshold = 256;

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
    /// <summary>The predicates resolved: wordings to their notions, entailments chained. Rebuilt only when predicates are added.</summary>
    internal Vocabulary Vocabulary { get; private init; } = null!;

    /// <summary>The claims of each topic, held directly (not by id) because the engine reads every one of them.</summary>
    internal ImmutableDictionary<TopicKey, ImmutableList<Claim>> ClaimsByTopic { get; private init; } = ImmutableDictionary<TopicKey, ImmutableList<Claim>>.Empty;

    /// <summary>
    /// The claims of each topic by the subject and object of their statement in it, so that a question about one
    /// proposition ("what contradicts this claim?") reads only the claims that share its subject and object, not a
    /// topic that may hold a tenth of the ledger.
    /// </summary>
    internal ImmutableDictionary<StatementKey, ImmutableList<Claim>> ClaimsByStatement { get; private init; } = ImmutableDictionary<StatementKey, ImmutableList<Claim>>.Empty;

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

        // Places and incidents can come in the hundreds of thousands too: the same batching as for claims below.
        AddInHashOrder(m.Places, batch.Places, p => p.Id, p => p);
        m.PlaceOrder.AddRange(batch.Places);
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

        placeNames.MergeInto(m.PlaceNames);

        foreach (Predicate predicate in batch.Predicates)
        {
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

        AddInHashOrder(m.Incidents, batch.Incidents, i => i.Id, i => i);
        m.IncidentOrder.AddRange(batch.Incidents);

        // Claims come in large batches: collect each index's additions per key first, then extend each key's list
        // once. Adding one id at a time to a persistent list copies its path every time, which at a million claims
        // cost more than everything else together.
        var byIncident = new Pending<IncidentId, ClaimId>();
        var bySpeaker = new Pending<SourceId, ClaimId>();
        var byRelay = new Pending<SourceId, ClaimId>();
        var byPlace = new Pending<PlaceId, ClaimId>();
        var byTopic = new Pending<TopicKey, Claim>();
        var byStatement = new Pending<StatementKey, Claim>();
        var keys = new List<StatementKey>();
        var statements = new List<Vocabulary.Derivation>();
        var topics = new List<TopicKey>();
        AddInHashOrder(m.Claims, batch.Claims, c => c.Id, c => c);
        if (newParties && !ClaimOrder.IsEmpty)
        {
            m.ClaimsByTopic.Clear();
            m.ClaimsByStatement.Clear();
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

        m.ClaimOrder.AddRange(batch.Claims);
        byIncident.MergeInto(m.ClaimsByIncident);
        bySpeaker.MergeInto(m.ClaimsBySpeaker);
        byRelay.MergeInto(m.ClaimsByRelay);
        byPlace.MergeInto(m.ClaimsByPlace);
        byTopic.MergeInto(m.ClaimsByTopic);
        byStatement.MergeInto(m.ClaimsByStatement);

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

    /// <summary>
    /// Adds many items to a persistent dictionary in the order of its keys' hash codes. The dictionary is a tree
    /// ordered by hash code, so in that order each insertion walks the path the previous one left in the cache:
    /// at a million claims this halves the time of adding them one by one in any other order.
    /// </summary>
    private static void AddInHashOrder<TItem, TKey, TValue>(ImmutableDictionary<TKey, TValue>.Builder index, ImmutableArray<TItem> items, Func<TItem, TKey> key, Func<TItem, TValue> value)
        where TKey : notnull
    {
        if (items.Length <= SortThreshold)
        {
            foreach (TItem item in items)
            {
                index[key(item)] = value(item);
            }

            return;
        }

        IEqualityComparer<TKey> comparer = index.KeyComparer;
        var ordered = new (int Hash, TItem Item)[items.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (comparer.GetHashCode(key(items[i])), items[i]);
        }

        Array.Sort(ordered, static (a, b) => a.Hash.CompareTo(b.Hash));
        foreach ((int _, TItem item) in ordered)
        {
            index[key(item)] = value(item);
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
    private sealed class Pending<TKey, TValue>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, List<TValue>> _added = [];
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

        internal void MergeInto(ImmutableDictionary<TKey, ImmutableList<TValue>>.Builder index)
        {
            IEqualityComparer<TKey> comparer = index.KeyComparer;
            var entries = new (int Hash, TKey Key, List<TValue> Values)[_added.Count];
            int n = 0;
            foreach ((TKey key, List<TValue> values) in _added)
            {
                entries[n++] = (entries.Length > SortThreshold ? comparer.GetHashCode(key) : 0, key, values);
            }

            if (entries.Length > SortThreshold)
            {
                Array.Sort(entries, static (a, b) => a.Hash.CompareTo(b.Hash));
            }

            foreach ((int _, TKey key, List<TValue> values) in entries)
            {
                if (index.TryGetValue(key, out ImmutableList<TValue>? existing))
                {
                    ImmutableList<TValue>.Builder builder = existing.ToBuilder();
                    builder.AddRange(values);
                    index[key] = builder.ToImmutable();
                }
                else
                {
                    index[key] = ImmutableList.CreateRange(values);
                }
            }
        }
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
        internal ImmutableDictionary<TopicKey, ImmutableList<Claim>>.Builder ClaimsByTopic { get; } = s.ClaimsByTopic.ToBuilder();
        internal ImmutableDictionary<StatementKey, ImmutableList<Claim>>.Builder ClaimsByStatement { get; } = s.ClaimsByStatement.ToBuilder();
        internal Vocabulary Vocabulary { get; set; } = s.Vocabulary;

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
            ClaimsByStatement = ClaimsByStatement.ToImmutable(),
            Vocabulary = Vocabulary,
        };
    }
}

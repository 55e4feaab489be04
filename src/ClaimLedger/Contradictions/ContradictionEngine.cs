using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>
/// Finds the contradictions in a ledger from the claims' propositions and the predicates' declared semantics, and
/// explains each in words.
/// </summary>
/// <remarks>
/// <para>
/// Claims are grouped by topic (a predicate and the term its values hang on) through an index the ledger keeps, and
/// compared only within a topic, so the work grows with the number of claims, not with its square. A claim whose
/// predicate entails another (withdrew from ⇒ does not control) is compared in the entailed topic too.
/// </para>
/// <para>
/// Results are deterministic and independent of the order claims were added in: contradictions come ordered by time
/// (unknown first), then by id. Times of different precision compare by their intervals: "March 2022" overlaps
/// "27 March 2022"; a statement with no known time is taken to overlap every time. The engine is immutable and safe
/// to share between threads.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var engine = new ContradictionEngine();
/// List&lt;string&gt; report = [];
/// foreach (Contradiction c in engine.FindAll(ledger))
/// {
///     report.Add($"{c.Kind}: {c.Explanation}");
/// }
/// </code>
/// </example>
public sealed class ContradictionEngine
{
    private static readonly ImmutableArray<IContradictionRule> BuiltInRules =
        [new DenialRule(), new OneValueRule(), new QuantityRule(), new OppositeLabelsRule()];

    private readonly ImmutableArray<IContradictionRule> _rules;

    /// <summary>Creates an engine.</summary>
    /// <param name="options">Settings, or null for <see cref="ContradictionOptions.Default"/>.</param>
    public ContradictionEngine(ContradictionOptions? options = null)
    {
        Options = options ?? ContradictionOptions.Default;
        _rules = (Options.UseBuiltInRules ? BuiltInRules : []).AddRange(Preconditions.OrEmpty(Options.Rules));
    }

    /// <summary>Gets an engine with the default settings.</summary>
    public static ContradictionEngine Default { get; } = new();

    /// <summary>Gets the engine's settings.</summary>
    public ContradictionOptions Options { get; }

    /// <summary>Finds every contradiction in a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public ImmutableArray<Contradiction> FindAll(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var found = new List<Contradiction>();
        var context = new Context(ledger);
        foreach ((TopicKey key, ImmutableList<Claim> claims) in ledger.State.ClaimsByTopic)
        {
            if (claims.Count > 1)
            {
                found.AddRange(InTopic(context, key, claims, only: null));
            }
        }

        return Order(found);
    }

    /// <summary>Finds the contradictions that match a filter.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="filter">The criteria.</param>
    /// <returns>The matching contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<Contradiction> Find(Ledger ledger, ContradictionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(filter);
        IEnumerable<Contradiction> candidates = filter.Incident is { } incident
            ? ForClaims(ledger, ledger.ClaimsAbout(incident))
            : filter.Place is { } place ? ForClaims(ledger, ledger.ClaimsAt(place))
            : FindAll(ledger);
        IReadOnlySet<ClaimId>? atPlace = filter.Place is { } p ? ledger.ClaimsAt(p).Select(c => c.Id).ToHashSet() : null;
        return Order(candidates.Where(c => filter.Matches(c, atPlace)));
    }

    /// <summary>Finds the contradictions that involve a claim. Costs time in proportion to the claim's topics, not the ledger.</summary>
    /// <param name="ledger">The ledger that holds the claim.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The contradictions involving the claim, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public ImmutableArray<Contradiction> FindFor(Ledger ledger, ClaimId claim)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Claim found = ledger.GetClaim(claim);
        return Order(ForClaims(ledger, [found]).Where(c => c.Involves(claim)));
    }

    /// <summary>Finds the contradictions that involve an incident's claims.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="incident">The incident's id.</param>
    /// <returns>The contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public ImmutableArray<Contradiction> FindAbout(Ledger ledger, IncidentId incident) =>
        Find(ledger, new ContradictionFilter { Incident = incident });

    /// <summary>
    /// Tells who affirms and who denies a claim's proposition for times overlapping the claim's. Each speaker is one
    /// voice however many outlets relayed it.
    /// </summary>
    /// <param name="ledger">The ledger that holds the claim.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The agreement on the claim's proposition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public Agreement AgreementOn(Ledger ledger, ClaimId claim)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Claim found = ledger.GetClaim(claim);
        Predicate predicate = ledger.GetPredicate(found.Proposition.Predicate);
        PropositionKey key = PropositionKey.Of(found.Proposition);
        Interval time = Interval.Of(ledger.TimeOf(found));
        var same = Statements(new Context(ledger), TopicKey.For(predicate, found.Proposition), ledger.State.ClaimsByTopic[TopicKey.For(predicate, found.Proposition)])
            .Where(s => PropositionKey.Of(s.Proposition) == key && Interval.Of(s.Time).Overlaps(time))
            .ToList();
        return new Agreement(found.Proposition, Voices(ledger, same, Stance.Affirms), Voices(ledger, same, Stance.Denies));
    }

    private static ImmutableArray<Voice> Voices(Ledger ledger, List<Statement> statements, Stance stance) =>
        [.. statements.Where(s => s.Stance == stance)
            .GroupBy(s => s.Claim.Speaker)
            .OrderBy(g => g.Key)
            .Select(g => new Voice(g.Key, ledger.PartyOf(g.First().Claim)?.Id, [.. g.Select(s => s.Claim).DistinctBy(c => c.Id)]))];

    /// <summary>Gets whether only the built-in rules run, whose semantics the engine may use to skip work.</summary>
    private bool OnlyBuiltInRules => Options.UseBuiltInRules && Options.Rules.IsDefaultOrEmpty;

    private IEnumerable<Contradiction> ForClaims(Ledger ledger, IEnumerable<Claim> claims)
    {
        // For each topic, the proposition keys of the given claims' statements in it.
        var topics = new Dictionary<TopicKey, HashSet<PropositionKey>>();
        void Note(TopicKey topic, Proposition proposition)
        {
            if (!topics.TryGetValue(topic, out HashSet<PropositionKey>? keys))
            {
                keys = [];
                topics.Add(topic, keys);
            }

            keys.Add(PropositionKey.Of(proposition));
        }

        foreach (Claim claim in claims)
        {
            Predicate predicate = ledger.GetPredicate(claim.Proposition.Predicate);
            Note(TopicKey.For(predicate, claim.Proposition), claim.Proposition);
            foreach (Entailment entailment in Preconditions.OrEmpty(predicate.Entails))
            {
                if (ledger.TryGetPredicate(entailment.Predicate, out Predicate? entailed))
                {
                    Note(TopicKey.For(entailed, claim.Proposition), claim.Proposition with { Predicate = entailed.Id });
                }
            }
        }

        var context = new Context(ledger);
        var found = new List<Contradiction>();
        foreach ((TopicKey topic, HashSet<PropositionKey> keys) in topics)
        {
            if (ledger.State.ClaimsByTopic.TryGetValue(topic, out ImmutableList<Claim>? all) && all.Count > 1)
            {
                bool narrow = OnlyBuiltInRules && IsPerProposition(context.Predicate(topic.Predicate));
                found.AddRange(InTopic(context, topic, narrow ? Candidates(ledger, keys, all) : all, narrow ? keys : null));
            }
        }

        return found;
    }

    /// <summary>
    /// The claims that may hold a statement of the given propositions: every claim whose proposition names a place
    /// is indexed by it, so when each proposition has a place and those places hold fewer claims than the topic,
    /// they are the cheaper place to look. A topic such as "Azerbaijan attacked ..." may hold a fifth of a ledger.
    /// </summary>
    private static IReadOnlyCollection<Claim> Candidates(Ledger ledger, HashSet<PropositionKey> keys, ImmutableList<Claim> topic)
    {
        var places = new HashSet<PlaceId>();
        foreach (PropositionKey key in keys)
        {
            if (key.Place is not { } place)
            {
                return topic;
            }

            places.Add(place);
        }

        int total = 0;
        var lists = new List<ImmutableList<ClaimId>>(places.Count);
        foreach (PlaceId place in places)
        {
            if (ledger.State.ClaimsByPlace.TryGetValue(place, out ImmutableList<ClaimId>? ids))
            {
                lists.Add(ids);
                total += ids.Count;
            }
        }

        if (total >= topic.Count)
        {
            return topic;
        }

        var seen = new HashSet<ClaimId>(total);
        var claims = new List<Claim>(total);
        foreach (ImmutableList<ClaimId> ids in lists)
        {
            foreach (ClaimId id in ids)
            {
                if (seen.Add(id))
                {
                    claims.Add(ledger.State.Claims[id]);
                }
            }
        }

        return claims;
    }

    /// <summary>
    /// Whether the built-in rules can only find contradictions among statements of one proposition in a topic of this
    /// predicate: with many values allowed and no opposite labels, only denials and figures remain, and both compare
    /// statements of one proposition. Then a claim's contradictions need only its own propositions' statements.
    /// </summary>
    private static bool IsPerProposition(Predicate predicate) =>
        predicate.Cardinality == PredicateCardinality.Many && predicate.Opposites.IsDefaultOrEmpty;

    /// <param name="context">The ledger and its lookups.</param>
    /// <param name="key">The topic.</param>
    /// <param name="claims">The topic's claims, or with <paramref name="only"/> the claims that may hold those propositions.</param>
    /// <param name="only">When set, compare only the statements of these propositions (see <see cref="IsPerProposition"/>).</param>
    private IEnumerable<Contradiction> InTopic(Context context, TopicKey key, IReadOnlyCollection<Claim> claims, HashSet<PropositionKey>? only)
    {
        Predicate predicate = context.Predicate(key.Predicate);
        if (OnlyBuiltInRules && !MayConflict(context, predicate, claims))
        {
            return [];
        }

        ImmutableArray<Statement> statements = Statements(context, key, claims, only);
        if (statements.Length < 2)
        {
            return [];
        }

        var topic = new ContradictionTopic(context.Ledger, predicate, key.Anchor, statements, Options);
        return _rules.SelectMany(rule => rule.Find(topic));
    }

    /// <summary>
    /// Whether the built-in rules could find anything in a topic, decided without making its statements: a denial
    /// needs a statement that denies, figures need two claims that give one, and only a predicate with one value at a
    /// time or with opposite labels can conflict otherwise. Most large topics ("Azerbaijan attacked ...") pass none of these.
    /// </summary>
    private static bool MayConflict(Context context, Predicate predicate, IReadOnlyCollection<Claim> claims)
    {
        if (!IsPerProposition(predicate))
        {
            return true;
        }

        int figures = 0;
        foreach (Claim claim in claims)
        {
            if (claim.Proposition.Predicate == predicate.Id)
            {
                if (claim.Stance != Stance.Affirms || (claim.Quantity is not null && ++figures > 1))
                {
                    return true;
                }
            }
            else if (claim.Stance == Stance.Affirms)
            {
                foreach (Entailment entailment in Preconditions.OrEmpty(context.Predicate(claim.Proposition.Predicate).Entails))
                {
                    if (entailment.Predicate == predicate.Id && entailment.Negated)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The statements of a topic: each claim's own proposition, or the one its predicate entails.</summary>
    private static ImmutableArray<Statement> Statements(Context context, TopicKey key, IReadOnlyCollection<Claim> claims, HashSet<PropositionKey>? only = null)
    {
        var statements = ImmutableArray.CreateBuilder<Statement>(only is null ? claims.Count : 4);
        foreach (Claim claim in claims)
        {
            if (claim.Proposition.Predicate == key.Predicate)
            {
                if (only is null || only.Contains(PropositionKey.Of(claim.Proposition)))
                {
                    statements.Add(new Statement(claim, claim.Proposition, claim.Stance, context.TimeOf(claim), null));
                }
            }

            if (claim.Stance != Stance.Affirms)
            {
                continue;
            }

            Predicate predicate = context.Predicate(claim.Proposition.Predicate);
            foreach (Entailment entailment in Preconditions.OrEmpty(predicate.Entails))
            {
                if (entailment.Predicate == key.Predicate && entailment.Predicate != predicate.Id)
                {
                    Proposition entailed = claim.Proposition with { Predicate = entailment.Predicate };
                    if (only is null || only.Contains(PropositionKey.Of(entailed)))
                    {
                        statements.Add(new Statement(claim, entailed, entailment.Negated ? Stance.Denies : Stance.Affirms, context.TimeOf(claim), entailment));
                    }
                }
            }
        }

        statements.Sort(static (a, b) => a.Claim.Id != b.Claim.Id ? a.Claim.Id.CompareTo(b.Claim.Id) : a.IsDerived.CompareTo(b.IsDerived));
        return statements.ToImmutable();
    }

    /// <summary>A ledger with plain caches of what every statement looks up: incidents' times and predicates.</summary>
    private sealed class Context(Ledger ledger)
    {
        private readonly Dictionary<IncidentId, FuzzyDate?> _times = [];
        private Predicate? _last;

        internal Ledger Ledger => ledger;

        internal Predicate Predicate(PredicateId id)
        {
            Predicate? last = _last;
            if (last is not null && last.Id == id)
            {
                return last;
            }

            return _last = ledger.State.Predicates[id];
        }

        internal FuzzyDate? TimeOf(Claim claim)
        {
            if (claim.Proposition.Time is { } own)
            {
                return own;
            }

            if (!_times.TryGetValue(claim.Incident, out FuzzyDate? time))
            {
                time = ledger.TimeOf(claim);
                _times.Add(claim.Incident, time);
            }

            return time;
        }
    }

    private static ImmutableArray<Contradiction> Order(IEnumerable<Contradiction> contradictions) =>
        [.. contradictions
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Time?.Earliest is { } e ? e.ToDateOnly().DayNumber : long.MinValue)
            .ThenBy(c => c.Id, StringComparer.Ordinal)];
}

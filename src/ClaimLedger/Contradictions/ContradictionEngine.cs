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
/// foreach (Contradiction c in engine.FindAll(ledger))
/// {
///     Console.WriteLine($"{c.Kind}: {c.Explanation}");
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
        return Order(ledger.State.ClaimsByTopic.Where(t => t.Value.Count > 1).SelectMany(t => InTopic(ledger, t.Key, t.Value)));
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
        return Order(candidates.Where(c => filter.Matches(c, ledger, atPlace)));
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
        var same = Statements(ledger, TopicKey.For(predicate, found.Proposition), ledger.State.ClaimsByTopic[TopicKey.For(predicate, found.Proposition)])
            .Where(s => PropositionKey.Of(s.Proposition) == key && Interval.Of(s.Time).Overlaps(time))
            .ToList();
        return new Agreement(found.Proposition, Voices(ledger, same, Stance.Affirms), Voices(ledger, same, Stance.Denies));
    }

    private static ImmutableArray<Voice> Voices(Ledger ledger, List<Statement> statements, Stance stance) =>
        [.. statements.Where(s => s.Stance == stance)
            .GroupBy(s => s.Claim.Speaker)
            .OrderBy(g => g.Key)
            .Select(g => new Voice(g.Key, ledger.PartyOf(g.First().Claim)?.Id, [.. g.Select(s => s.Claim).DistinctBy(c => c.Id)]))];

    private IEnumerable<Contradiction> ForClaims(Ledger ledger, IEnumerable<Claim> claims)
    {
        var topics = new HashSet<TopicKey>();
        foreach (Claim claim in claims)
        {
            Predicate predicate = ledger.GetPredicate(claim.Proposition.Predicate);
            topics.Add(TopicKey.For(predicate, claim.Proposition));
            foreach (Entailment entailment in Preconditions.OrEmpty(predicate.Entails))
            {
                if (ledger.TryGetPredicate(entailment.Predicate, out Predicate? entailed))
                {
                    topics.Add(TopicKey.For(entailed, claim.Proposition));
                }
            }
        }

        return topics.SelectMany(t => ledger.State.ClaimsByTopic.TryGetValue(t, out ImmutableList<ClaimId>? ids) && ids.Count > 1
            ? InTopic(ledger, t, ids)
            : []);
    }

    private IEnumerable<Contradiction> InTopic(Ledger ledger, TopicKey key, ImmutableList<ClaimId> ids)
    {
        ImmutableArray<Statement> statements = Statements(ledger, key, ids);
        if (statements.Length < 2)
        {
            return [];
        }

        var topic = new ContradictionTopic(ledger, ledger.GetPredicate(key.Predicate), key.Anchor, statements, Options);
        return _rules.SelectMany(rule => rule.Find(topic));
    }

    /// <summary>The statements of a topic: each claim's own proposition, or the one its predicate entails.</summary>
    private static ImmutableArray<Statement> Statements(Ledger ledger, TopicKey key, ImmutableList<ClaimId> ids)
    {
        var statements = ImmutableArray.CreateBuilder<Statement>(ids.Count);
        foreach (ClaimId id in ids)
        {
            Claim claim = ledger.State.Claims[id];
            FuzzyDate? time = ledger.TimeOf(claim);
            if (claim.Proposition.Predicate == key.Predicate)
            {
                statements.Add(new Statement(claim, claim.Proposition, claim.Stance, time, null));
            }

            if (claim.Stance != Stance.Affirms)
            {
                continue;
            }

            Predicate predicate = ledger.State.Predicates[claim.Proposition.Predicate];
            foreach (Entailment entailment in Preconditions.OrEmpty(predicate.Entails))
            {
                if (entailment.Predicate == key.Predicate && entailment.Predicate != predicate.Id)
                {
                    Proposition entailed = claim.Proposition with { Predicate = entailment.Predicate };
                    statements.Add(new Statement(claim, entailed, entailment.Negated ? Stance.Denies : Stance.Affirms, time, entailment));
                }
            }
        }

        statements.Sort((a, b) => a.Claim.Id != b.Claim.Id ? a.Claim.Id.CompareTo(b.Claim.Id) : a.IsDerived.CompareTo(b.IsDerived));
        return statements.ToImmutable();
    }

    private static ImmutableArray<Contradiction> Order(IEnumerable<Contradiction> contradictions) =>
        [.. contradictions
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Time?.Earliest is { } e ? e.ToDateOnly().DayNumber : long.MinValue)
            .ThenBy(c => c.Id, StringComparer.Ordinal)];
}

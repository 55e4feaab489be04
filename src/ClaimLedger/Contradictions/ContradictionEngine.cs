using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>
/// Finds the contradictions in a ledger from the claims' propositions and the predicates' declared semantics, and
/// explains each in words.
/// </summary>
/// <remarks>
/// <para>
/// Claims are grouped by topic (a notion and the term its values hang on) through an index the ledger keeps, and
/// compared only within a topic, so the work grows with the number of claims, not with its square. Every wording of
/// a notion ("provoked", "initiated", "started") falls in the notion's topics, an inverse wording ("was rammed by")
/// with subject and object turned round; a claim whose predicate entails another (withdrew from ⇒ does not control)
/// is compared in the entailed topic too.
/// </para>
/// <para>
/// The engine holds no rule's semantics: each rule declares which statements it compares and whether a topic can
/// hold anything for it (<see cref="IContradictionRule.ReachFor"/>, <see cref="IContradictionRule.MayFind"/>), and
/// the engine skips only what the rules say they do not need.
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
        [new DenialRule(), new OneValueRule(), new QuantityRule(), new OppositeLabelsRule(), new AttributionRule()];

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
    /// <remarks>
    /// Topics are independent, so they are searched on every core (<see cref="ContradictionOptions.MaxDegreeOfParallelism"/>);
    /// the results are the same, in the same order, as with one thread.
    /// </remarks>
    public ImmutableArray<Contradiction> FindAll(Ledger ledger) => FindAll(ledger, CancellationToken.None);

    /// <summary>Finds every contradiction in a ledger, and stops early if asked to.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="cancellationToken">Checked before each topic; a large ledger has many, so a request is answered within one topic's work.</param>
    /// <returns>The contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing is returned.</exception>
    /// <remarks>
    /// Topics are independent, so they are searched on every core (<see cref="ContradictionOptions.MaxDegreeOfParallelism"/>);
    /// the results are the same, in the same order, as with one thread.
    /// </remarks>
    public ImmutableArray<Contradiction> FindAll(Ledger ledger, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(ledger);
        KeyValuePair<TopicKey, PersistentList<Claim>>[] topics = [.. ledger.State.ClaimsByTopic.Where(t => MayConflict(t.Value))];
        var found = new List<Contradiction>[topics.Length];
        int threads = Options.MaxDegreeOfParallelism is > 0 and var n ? n : Environment.ProcessorCount;
        if (threads == 1 || topics.Length < 2)
        {
            var context = new Context(ledger);
            for (int i = 0; i < topics.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                found[i] = [.. InTopic(context, topics[i].Key, topics[i].Value, only: null)];
            }
        }
        else
        {
            // Each worker has its own look-up caches; results go to their topic's slot, so the order is the one-thread order.
            Parallel.ForEach(
                Partitioner.Create(0, topics.Length, Math.Max(1, topics.Length / (threads * 8))),
                new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                () => new Context(ledger),
                (range, _, context) =>
                {
                    for (int i = range.Item1; i < range.Item2 && !cancellationToken.IsCancellationRequested; i++)
                    {
                        found[i] = [.. InTopic(context, topics[i].Key, topics[i].Value, only: null)];
                    }

                    return context;
                },
                static _ => { });
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Order(found.SelectMany(f => f));
    }

    /// <summary>Finds the contradictions that match a filter.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="filter">The criteria.</param>
    /// <returns>The matching contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<Contradiction> Find(Ledger ledger, ContradictionFilter filter)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(filter);
        IEnumerable<Contradiction> candidates = filter.Incident is { } incident
            ? ForClaims(ledger, ledger.ClaimsAbout(incident))
            : filter.Place is { } place ? ForClaims(ledger, ledger.ClaimsAt(place))
            : FindAll(ledger);
        IReadOnlySet<ClaimId>? atPlace = filter.Place is { } p ? ledger.ClaimsAt(p).Select(c => c.Id).ToHashSet() : null;
        return Order(candidates.Where(c => filter.Matches(c, atPlace)));
    }

    /// <summary>
    /// Finds the contradictions that involve a claim. Costs time in proportion to the claims of the claim's topics,
    /// not the ledger; where every rule compares only statements of one subject and object, only those are made.
    /// </summary>
    /// <remarks>
    /// In a large topic (a thousand claims or more, such as one village with thousands of claimed holders) a finding
    /// can hold every claim of the topic, so one pass over it is the least any answer costs. The engine makes that
    /// pass once per ledger and topic and keeps its findings, indexed by claim, for as long as the ledger lives: the
    /// first call for a claim of such a topic costs the pass, every later call for any claim of it a look-up. The
    /// results are the same either way.
    /// </remarks>
    /// <param name="ledger">The ledger that holds the claim.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The contradictions involving the claim, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public ImmutableArray<Contradiction> FindFor(Ledger ledger, ClaimId claim)
    {
        Preconditions.CheckNotNull(ledger);
        Claim found = ledger.GetClaim(claim);
        return Order(ForClaims(ledger, [found], claim).Where(c => c.Involves(claim)));
    }

    /// <summary>Finds the contradictions that involve an incident's claims.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="incident">The incident's id.</param>
    /// <returns>The contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public ImmutableArray<Contradiction> FindAbout(Ledger ledger, IncidentId incident) =>
        Find(ledger, new ContradictionFilter { Incident = incident });

    /// <summary>
    /// Tells who affirms and who denies a claim's proposition for times overlapping the claim's, in any wording of
    /// its notion. Each speaker is one voice however many outlets relayed it.
    /// </summary>
    /// <param name="ledger">The ledger that holds the claim.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The agreement on the claim's proposition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public Agreement AgreementOn(Ledger ledger, ClaimId claim)
    {
        Preconditions.CheckNotNull(ledger);
        Claim found = ledger.GetClaim(claim);
        Vocabulary vocabulary = ledger.State.Vocabulary;
        Proposition canonical = vocabulary.Canonical(found.Proposition);
        var topic = TopicKey.For(vocabulary.RootOf(canonical.Predicate), canonical, found.Modality == ClaimModality.Attempted);
        PropositionKey key = PropositionKey.Of(canonical);
        Interval time = Interval.Of(ledger.TimeOf(found));
        var statements = new List<Statement>();
        Scan(new Context(ledger), topic, ledger.State.ClaimsByTopic[topic], only: null, statements);
        var same = statements.Where(s => PropositionKey.Of(s.Proposition) == key && Interval.Of(s.Time).Overlaps(time)).ToList();
        return new Agreement(found.Proposition, Voices(ledger, same, Stance.Affirms), Voices(ledger, same, Stance.Denies));
    }

    /// <summary>
    /// Gives every statement the engine compares, claim by claim in the ledger's order: each claim's own proposition in
    /// its notion's terms (a wording resolved to its notion, an inverse turned round), then, for an affirmation, each
    /// proposition it entails. This is what a search outside the library (SQL over an export) needs to find what the
    /// engine finds.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The statements; a claim's own first, then those derived from it (<see cref="Statement.Via"/> set).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public IEnumerable<Statement> StatementsOf(Ledger ledger)
    {
        Preconditions.CheckNotNull(ledger);
        return Walk();

        IEnumerable<Statement> Walk()
        {
            var context = new Context(ledger);
            var made = new List<Vocabulary.Derivation>(4);
            foreach (Claim claim in ledger.State.ClaimOrder)
            {
                made.Clear();
                ledger.State.Vocabulary.StatementsOf(claim, made);
                foreach (Vocabulary.Derivation d in made)
                {
                    yield return new Statement(claim, d.Proposition, d.Stance, TimeOf(context, claim, d.Via, d.Proposition), d.Via);
                }
            }
        }
    }

    /// <summary>
    /// Finds every revision: a speaker's figures for one measure said one after another, of which the last stands.
    /// Revisions are never contradictions; a superseded figure meets only what other speakers said before it was
    /// superseded, unless <see cref="ContradictionOptions.KeepSuperseded"/> is set.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The revisions, ordered by speaker, then by the first claim's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public ImmutableArray<Revision> FindRevisions(Ledger ledger)
    {
        Preconditions.CheckNotNull(ledger);
        var context = new Context(ledger);
        var found = new List<Revision>();
        foreach ((TopicKey key, PersistentList<Claim> claims) in ledger.State.ClaimsByTopic)
        {
            if (claims.Count < 2 || Scan(context, key, claims, only: null, into: null).Figures < 2)
            {
                continue;
            }

            var statements = new List<Statement>();
            Scan(context, key, claims, only: null, statements);
            var topic = new ContradictionTopic(ledger, context.Predicate(key.Predicate), key.Anchor, [.. statements], Options) { Attempt = key.Attempt };
            foreach (List<Statement> measure in QuantityRule.Measures(topic))
            {
                foreach (List<Statement> chain in QuantityRule.Revisions(topic, measure))
                {
                    string phrase = topic.Narrator.Phrase(chain[0].Proposition);
                    string figures = string.Join(", then ", chain.Select(s => s.Claim.Quantity + topic.Narrator.Provenance(s.Claim)));
                    found.Add(new Revision(chain[0].Claim.Speaker, phrase, [.. chain.Select(s => s.Claim)],
                        $"{topic.Narrator.Speaker(chain[0].Claim)} revised its figure for \"{phrase}\": {figures}."));
                }
            }
        }

        return [.. found.OrderBy(r => r.Speaker).ThenBy(r => r.Figures[0].Id)];
    }

    /// <summary>
    /// Finds the ledger's own predicates that its claims use but that the vocabulary cannot link to any other: a
    /// modeller's new predicate with no <see cref="Predicate.SameAs"/>, <see cref="Predicate.InverseOf"/> or
    /// <see cref="Predicate.Entails"/>, entailed by none, with no opposite labels and any number of values at a time.
    /// Its claims meet only claims of the very same predicate, which is seldom what the modeller meant: "chlorine was
    /// used" and "no traces of chlorine were found" never meet when each is a predicate of its own. Also notes each
    /// of the ledger's own predicates declared under a built-in's id, which replaces that built-in in the ledger (a
    /// file written before the built-in vocabulary grew that id).
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>A note per such predicate, most used first, then by id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public ImmutableArray<VocabularyNote> CheckVocabulary(Ledger ledger) => VocabularyCheck.Notes(Preconditions.CheckNotNull(ledger));

    // A statement is about the claim's time, but one entailed onward holds from then on (what was destroyed stays damaged).
    private static FuzzyDate? TimeOf(Context context, Claim claim, Entailment? via, Proposition entailed) =>
        via is { Onward: true } && entailed.Time is { } onward ? onward : context.TimeOf(claim);

    private static ImmutableArray<Voice> Voices(Ledger ledger, List<Statement> statements, Stance stance) =>
        [.. statements.Where(s => s.Stance == stance)
            .GroupBy(s => s.Claim.Speaker)
            .OrderBy(g => g.Key)
            .Select(g => new Voice(g.Key, ledger.PartyOf(g.First().Claim)?.Id, [.. g.Select(s => s.Claim).DistinctBy(c => c.Id)]))];

    private IEnumerable<Contradiction> ForClaims(Ledger ledger, IEnumerable<Claim> claims, ClaimId? one = null)
    {
        // For each topic, the subjects and objects of the given claims' statements in it.
        var topics = new Dictionary<TopicKey, HashSet<(Term, Term?)>>();
        Vocabulary vocabulary = ledger.State.Vocabulary;
        var statements = new List<Vocabulary.Derivation>();
        foreach (Claim claim in claims)
        {
            statements.Clear();
            vocabulary.StatementsOf(claim, statements);
            foreach (Vocabulary.Derivation statement in statements)
            {
                var topic = TopicKey.For(vocabulary.RootOf(statement.Proposition.Predicate), statement.Proposition, claim.Modality == ClaimModality.Attempted);
                if (!topics.TryGetValue(topic, out HashSet<(Term, Term?)>? terms))
                {
                    terms = [];
                    topics.Add(topic, terms);
                }

                terms.Add((statement.Proposition.Subject, statement.Proposition.Object));
            }

            // A denial that the claim's speaker said what the ledger reports them saying sits in the denials' topic.
            TopicKey disputes = AttributionRule.DisputesOf(claim);
            if (ledger.State.ClaimsByTopic.ContainsKey(disputes))
            {
                topics.TryAdd(disputes, []);
            }
        }

        var context = new Context(ledger);
        var found = new List<Contradiction>();
        foreach ((TopicKey topic, HashSet<(Term, Term?)> terms) in topics)
        {
            if (ledger.State.ClaimsByTopic.TryGetValue(topic, out PersistentList<Claim>? all) && MayConflict(all))
            {
                found.AddRange(InTopic(context, topic, all, terms, one));
            }
        }

        return found;
    }

    // From this many claims a topic's findings are kept for FindFor (see its remarks).
    private const int LargeTopic = 1_000;

    private readonly ConditionalWeakTable<Ledger, ConcurrentDictionary<TopicKey, Lazy<Dictionary<ClaimId, List<Contradiction>>>>> _kept = new();

    /// <summary>A large topic's findings, made once per ledger in a full pass over the topic, by the claims they involve.</summary>
    private Dictionary<ClaimId, List<Contradiction>> Kept(Context context, TopicKey topic, IReadOnlyCollection<Claim> claims) =>
        _kept.GetValue(context.Ledger, static _ => new())
            .GetOrAdd(topic, key => new Lazy<Dictionary<ClaimId, List<Contradiction>>>(() =>
            {
                var byClaim = new Dictionary<ClaimId, List<Contradiction>>();
                foreach (Contradiction c in InTopic(context, key, claims, only: null))
                {
                    foreach (ClaimId id in c.Claims.Select(x => x.Id).Distinct())
                    {
                        (byClaim.TryGetValue(id, out List<Contradiction>? list) ? list : byClaim[id] = []).Add(c);
                    }
                }

                return byClaim;
            }))
            .Value;

    /// <param name="context">The ledger and its lookups.</param>
    /// <param name="key">The topic.</param>
    /// <param name="claims">The topic's claims.</param>
    /// <param name="only">When set, the subjects and objects of the statements a caller asks about; where every rule that can
    /// find anything compares only statements of one subject and object, only those statements are made.</param>
    /// <param name="keptFor">When set, the one claim a caller asks about: if the claims to compare are many, the
    /// topic's findings are kept for the ledger and the claim's are looked up.</param>
    private IEnumerable<Contradiction> InTopic(Context context, TopicKey key, IReadOnlyCollection<Claim> claims, HashSet<(Term, Term?)>? only, ClaimId? keptFor = null)
    {
        IReadOnlyCollection<Claim> topicClaims = claims;
        Predicate predicate = context.Predicate(key.Predicate);
        var reaching = new List<IContradictionRule>(_rules.Length);
        bool perProposition = true;
        foreach (IContradictionRule rule in _rules)
        {
            RuleReach reach = rule.ReachFor(predicate);
            if (reach != RuleReach.None)
            {
                reaching.Add(rule);
                perProposition &= reach == RuleReach.Proposition;
            }
        }

        HashSet<(Term, Term?)>? narrow = perProposition ? only : null;
        if (keptFor is { } one && (narrow is null ? claims.Count : CandidateCount(context.Ledger, key, narrow)) >= LargeTopic)
        {
            return Kept(context, key, topicClaims).GetValueOrDefault(one) ?? [];
        }

        if (narrow is not null)
        {
            claims = Candidates(context.Ledger, key, narrow);
        }

        TopicCensus census = Scan(context, key, claims, narrow, into: null);
        reaching.RemoveAll(rule => !rule.MayFind(predicate, census));
        // A lone statement meets nothing, unless it disputes what another claim reports its subject saying.
        if (reaching.Count == 0 || (census.Statements < 2 && !(census.Denials == 1 && reaching.Exists(r => r is AttributionRule))))
        {
            return [];
        }

        var statements = new List<Statement>(census.Statements);
        Scan(context, key, claims, narrow, statements);
        statements.Sort(static (a, b) => a.Claim.Id != b.Claim.Id ? a.Claim.Id.CompareTo(b.Claim.Id) : a.IsDerived.CompareTo(b.IsDerived));
        var topic = new ContradictionTopic(context.Ledger, predicate, key.Anchor, [.. statements], Options) { Attempt = key.Attempt };
        List<Contradiction> found = [.. reaching.SelectMany(rule => rule.Find(topic))];
        if (!Options.KeepSuperseded && statements.Exists(static s => !s.IsWithdrawal && s.Claim.Attribution.Withdrawn is not null))
        {
            found.AddRange(WhileStanding(context, key, predicate, statements, reaching));
        }

        return found;
    }

    /// <summary>
    /// What each withdrawn statement met while it stood: the rules run over it and the statements other speakers made
    /// before it was withdrawn, and each finding in which it conflicts with one of them is kept, saying it was later
    /// withdrawn. A statement withdrawn the day it was made, or with no known day, meets nothing but its withdrawal.
    /// </summary>
    private IEnumerable<Contradiction> WhileStanding(Context context, TopicKey key, Predicate predicate, List<Statement> statements, List<IContradictionRule> reaching)
    {
        foreach (var made in statements.Where(s => !s.IsWithdrawal && Standing.Stood(s.Claim, s.Claim.Attribution.Withdrawn?.When)).GroupBy(s => s.Claim.Id))
        {
            Claim withdrawn = made.First().Claim;
            Withdrawal withdrawal = withdrawn.Attribution.Withdrawn!;
            var before = statements.Where(s => !s.IsWithdrawal && s.Claim.Attribution.Withdrawn is null && s.Claim.Speaker != withdrawn.Speaker
                && Standing.SaidBefore(s.Claim, withdrawal.When!)).ToList();
            if (before.Count == 0)
            {
                continue;
            }

            // First who it conflicts with, then the rules again over just those, so the finding holds no one else.
            HashSet<ClaimId> met = [.. Run(before).SelectMany(c => c.Claims.Where(x => x.Id != withdrawn.Id && c.AreInConflict(withdrawn.Id, x.Id))).Select(x => x.Id)];
            if (met.Count == 0)
            {
                continue;
            }

            var narrator = new Narrator(context.Ledger);
            string note = $" {narrator.Speaker(withdrawn)} later withdrew the statement ({withdrawal.How ?? "withdrew it"}{(withdrawal.When is { } when ? ", " + Narrator.When(when) : string.Empty)}); "
                + "it meets here only what was said before that.";
            foreach (Contradiction c in Run([.. before.Where(s => met.Contains(s.Claim.Id))]))
            {
                if (c.Claims.Any(x => x.Id != withdrawn.Id && c.AreInConflict(withdrawn.Id, x.Id)))
                {
                    yield return c.WithNote(note);
                }
            }

            List<Contradiction> Run(List<Statement> others)
            {
                ImmutableArray<Statement> together = [.. statements.Where(s => s.Claim.Id == withdrawn.Id && !s.IsWithdrawal).Concat(others)
                    .OrderBy(s => s.Claim.Id).ThenBy(s => s.IsDerived)];
                var topic = new ContradictionTopic(context.Ledger, predicate, key.Anchor, together, Options, keepWithdrawn: true) { Attempt = key.Attempt };
                return [.. reaching.SelectMany(rule => rule.Find(topic)).Where(c => c.Involves(withdrawn.Id))];
            }
        }
    }

    /// <summary>How many claims <see cref="Candidates"/> would give, at most (a claim may be counted for two of the terms).</summary>
    private static int CandidateCount(Ledger ledger, TopicKey key, HashSet<(Term, Term?)> terms)
    {
        int count = 0;
        foreach ((Term subject, Term? @object) in terms)
        {
            count += ledger.State.ClaimsByStatement.TryGetValue(new StatementKey(key, subject, @object), out PersistentList<Claim>? found) ? found.Count : 0;
        }

        return count;
    }

    /// <summary>The claims whose statement in the topic has one of the subjects and objects, each once, from the ledger's index.</summary>
    private static List<Claim> Candidates(Ledger ledger, TopicKey key, HashSet<(Term, Term?)> terms)
    {
        var seen = new HashSet<ClaimId>();
        var claims = new List<Claim>();
        foreach ((Term subject, Term? @object) in terms)
        {
            if (ledger.State.ClaimsByStatement.TryGetValue(new StatementKey(key, subject, @object), out PersistentList<Claim>? found))
            {
                foreach (Claim claim in found)
                {
                    if (seen.Add(claim.Id))
                    {
                        claims.Add(claim);
                    }
                }
            }
        }

        return claims;
    }

    /// <summary>
    /// Walks the statements of a topic's claims that fall in the topic (a claim's own, in its notion's terms, and
    /// those its affirmation entails), counting them and, when <paramref name="into"/> is given, making them.
    /// </summary>
    private static TopicCensus Scan(Context context, TopicKey key, IReadOnlyCollection<Claim> claims, HashSet<(Term, Term?)>? only, List<Statement>? into)
    {
        Vocabulary vocabulary = context.Ledger.State.Vocabulary;
        bool byObject = context.Predicate(key.Predicate).Cardinality == PredicateCardinality.OneSubjectPerObject;
        int affirms = 0, denies = 0, figures = 0;
        var made = new List<Vocabulary.Derivation>(4);
        foreach (Claim claim in claims)
        {
            // A conditional statement ("if it is established, ...") asserts neither its proposition nor its denial.
            if ((claim.Modality == ClaimModality.Attempted) != key.Attempt || claim.Modality == ClaimModality.Conditional)
            {
                continue;
            }

            // The vocabulary says which statements a claim makes, as it does for the ledger's index; the topic keeps its own.
            made.Clear();
            vocabulary.StatementsOf(claim, made);
            foreach (Vocabulary.Derivation statement in made)
            {
                Proposition p = statement.Proposition;
                if (p.Predicate != key.Predicate || !InTopic(key, byObject, p.Subject, p.Object, only))
                {
                    continue;
                }

                _ = statement.Stance == Stance.Affirms ? affirms++ : denies++;
                into?.Add(new Statement(claim, p, statement.Stance, TimeOf(context, claim, statement.Via, p), statement.Via));
                if (statement.Via is not null)
                {
                    figures += claim.Quantity is not null && statement.Via.KeepsQuantity ? 1 : 0;
                    continue;
                }

                figures += claim.Quantity is null ? 0 : 1;

                // A withdrawal takes the statement back: it stands as the opposite stance, said by whoever withdrew it.
                if (claim.Attribution.Withdrawn is { } withdrawal)
                {
                    _ = claim.Stance == Stance.Affirms ? denies++ : affirms++;
                    into?.Add(new Statement(claim, p, claim.Stance == Stance.Affirms ? Stance.Denies : Stance.Affirms, context.TimeOf(claim), null) { Withdrawal = withdrawal });
                }
            }
        }

        return new TopicCensus(affirms, denies, figures);
    }

    // Two claims can conflict; so can one withdrawn claim with its own withdrawal, and one denial with the claim it replies to.
    private static bool MayConflict(PersistentList<Claim> claims) =>
        claims.Count > 1 || (claims.Count == 1 && (claims[0].Attribution.Withdrawn is not null || AttributionRule.MayDispute(claims[0])));

    private static bool InTopic(TopicKey key, bool byObject, Term subject, Term? @object, HashSet<(Term, Term?)>? only) =>
        key.Anchor.Equals(byObject && @object is not null ? @object : subject) && (only is null || only.Contains((subject, @object)));

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
            .OrderBy(c => c.Time?.Earliest is { } e ? e.ToDateOnly().DayNumber : long.MinValue)
            .ThenBy(c => c.Id, StringComparer.Ordinal)];
}

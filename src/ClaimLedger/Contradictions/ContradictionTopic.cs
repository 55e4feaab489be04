using ClaimLedger.Internal;
namespace ClaimLedger.Contradictions;

/// <summary>
/// The statements of one topic (one predicate about one anchor term) as a rule sees them, with the means to put
/// statements into words and to make contradictions.
/// </summary>
public sealed class ContradictionTopic
{
    private readonly Narrator _narrator;

    internal ContradictionTopic(Ledger ledger, Predicate predicate, Term anchor, ImmutableArray<Statement> statements, ContradictionOptions options, bool keepWithdrawn = false)
    {
        Ledger = ledger;
        Predicate = predicate;
        Anchor = anchor;
        Options = options;
        _narrator = new Narrator(ledger);

        // A withdrawn statement is its speaker's no longer: it meets its own withdrawal, and others only when asked.
        Withdrawals = [.. statements.Where(s => s.IsWithdrawal)
            .Select(w => (statements.First(s => s.Claim.Id == w.Claim.Id && !s.IsWithdrawal && !s.IsDerived), w))];
        Statements = options.KeepSuperseded || keepWithdrawn
            ? [.. statements.Where(s => !s.IsWithdrawal)]
            : [.. statements.Where(s => s.Claim.Attribution.Withdrawn is null)];
    }

    /// <summary>Gets the ledger the statements come from.</summary>
    public Ledger Ledger { get; }

    /// <summary>Gets the notion every statement has, with its declared semantics: the predicate that any wording in the claims words.</summary>
    public Predicate Predicate { get; }

    /// <summary>Gets the term the statements hang on: the object for a predicate with one subject per object, else the subject.</summary>
    public Term Anchor { get; }

    /// <summary>
    /// Gets the statements, ordered by claim id (a claim's own statement before one derived from it). A withdrawn
    /// claim's statements are left out unless <see cref="ContradictionOptions.KeepSuperseded"/> is set; the engine
    /// meets them separately with what other speakers said while they stood.
    /// </summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>Gets each withdrawn claim's own statement with the withdrawal that takes it back.</summary>
    public ImmutableArray<(Statement Made, Statement Withdrawn)> Withdrawals { get; }

    /// <summary>Gets the engine's settings.</summary>
    public ContradictionOptions Options { get; }

    /// <summary>Gets the topic in written form, such as "controls place:hin-tagher".</summary>
    public string Key => $"{(Attempt ? "attempt " : string.Empty)}{Predicate.Id} {Anchor}";

    /// <summary>Gets whether the topic is about attempts ("tried to capture"), which are compared only with one another.</summary>
    public bool Attempt { get; init; }

    /// <summary>Puts a statement into words: who said what, when, through whom.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>A sentence such as "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public string Describe(Statement statement)
    {
        Preconditions.CheckNotNull(statement);
        return _narrator.Sentence(statement, withQuantity: true);
    }

    /// <summary>Puts a proposition into words with the ledger's names.</summary>
    /// <param name="proposition">The proposition.</param>
    /// <returns>A phrase such as "Azerbaijan withdrew from Parukh".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public string Describe(Proposition proposition)
    {
        Preconditions.CheckNotNull(proposition);
        return _narrator.Phrase(proposition);
    }

    /// <summary>Makes a contradiction from sides of statements, every statement conflicting with every one on another side.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="rule">The name of the rule that found it.</param>
    /// <param name="sides">Each side's position in words and its statements; at least two sides.</param>
    /// <param name="explanation">The explanation in words.</param>
    /// <returns>The contradiction.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two sides, or a side has no statements.</exception>
    public Contradiction Create(ContradictionKind kind, string rule, IEnumerable<(string Position, IEnumerable<Statement> Statements)> sides, string explanation) =>
        Create(kind, rule, sides, explanation, conflict: null);

    /// <summary>
    /// Makes a contradiction from sides of statements, saying which statements on different sides cannot both be true:
    /// in a finding of many sides (a dozen tolls) not every pair across sides conflicts.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="rule">The name of the rule that found it.</param>
    /// <param name="sides">Each side's position in words and its statements; at least two sides.</param>
    /// <param name="explanation">The explanation in words.</param>
    /// <param name="conflict">Whether two statements on different sides conflict, or null for every pair.</param>
    /// <returns>The contradiction.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="conflict"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two sides, or a side has no statements.</exception>
    public Contradiction Create(ContradictionKind kind, string rule, IEnumerable<(string Position, IEnumerable<Statement> Statements)> sides, string explanation, Func<Statement, Statement, bool>? conflict)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckNotNull(sides);
        Preconditions.CheckNotNull(explanation);
        ImmutableArray<ContradictionSide> made = [.. sides.Select(side => MakeSide(side.Position, side.Statements))];
        if (made.Length < 2)
        {
            throw new ArgumentException($"A contradiction needs at least two sides, but {made.Length} were given.", nameof(sides));
        }

        bool tentative = made.Any(side => side.Statements.All(st => st.Claim.Modality is ClaimModality.Hedged or ClaimModality.Conditional));
        return new Contradiction(kind, rule, Key, made, explanation + Wordings(made) + (tentative ? Tentative(made) : string.Empty), Ledger)
        {
            IsTentative = tentative,
            Conflict = conflict,
        };
    }

    /// <summary>" Tentative: Hananya Naftali's statement is hedged ("reportedly")."</summary>
    private string Tentative(ImmutableArray<ContradictionSide> sides)
    {
        IEnumerable<string> notes = sides.SelectMany(side => side.Statements).Select(st => st.Claim).DistinctBy(c => c.Id)
            .Where(c => c.Modality is ClaimModality.Hedged or ClaimModality.Conditional)
            .Select(c => $"{_narrator.Speaker(c)}'s statement is {(c.Modality == ClaimModality.Hedged ? "hedged" : "conditional")}{(c.Hedge is { } h ? $" (\"{h}\")" : string.Empty)}")
            .Distinct();
        return $" Tentative: {string.Join("; ", notes)}.";
    }

    /// <summary>
    /// When the claims word the notion differently from one another or from the notion itself, a sentence that says
    /// so: " The claims word it "precipitated" and "initiated", which the vocabulary takes as "started"."
    /// </summary>
    private string Wordings(ImmutableArray<ContradictionSide> sides)
    {
        // Only statements of the topic's notion word it; a rule may set a statement of another beside them.
        PredicateId[] worded = [.. sides.SelectMany(side => side.Statements).Where(s => !s.IsDerived && !(s.IsWithdrawal && s.Claim.Attribution.Withdrawn is null) && s.Proposition.Predicate == Predicate.Id)
            .Select(s => s.Claim.Proposition.Predicate).Distinct().Order()];
        if (worded.Length == 0 || (worded.Length == 1 && worded[0] == Predicate.Id))
        {
            return string.Empty;
        }

        string words = string.Join(", ", worded.Select(id => $"\"{_narrator.Label(id)}\""));
        return $" The claims word it {words}, which the vocabulary takes as \"{Predicate.Label}\".";
    }

    internal Narrator Narrator => _narrator;

    private ContradictionSide MakeSide(string position, IEnumerable<Statement> statements)
    {
        Preconditions.CheckNotNull(position);
        ImmutableArray<Statement> ordered = [.. statements.OrderBy(s => s.Claim.Id).ThenBy(s => s.IsDerived)];
        if (ordered.IsEmpty)
        {
            throw new ArgumentException($"The side '{position}' has no statements.", nameof(statements));
        }

        ImmutableArray<PartyId> parties = [.. ordered.Select(s => Ledger.PartyOf(s.Claim)?.Id).OfType<PartyId>().Distinct().Order()];
        return new ContradictionSide(position, ordered, parties);
    }
}

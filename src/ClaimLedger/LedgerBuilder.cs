using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger;

/// <summary>
/// Builds a <see cref="Ledger"/> step by step. By default every addition is validated at once, against what the
/// builder already holds: each <c>Add</c> call is one batch, and an invalid one throws
/// <see cref="LedgerValidationException"/> with every problem of that batch and leaves the builder exactly as it was.
/// A fluent chain therefore stops at its first failing call. With <see cref="ValidateOnBuild"/>, the additions are
/// kept and validated together at <see cref="Build"/>, which reports every problem of the whole chain at once.
/// </summary>
/// <remarks>
/// The built-in predicates (<see cref="BuiltInPredicates"/>) are always present. <see cref="Build"/> takes a snapshot
/// in constant time; the builder can go on afterwards without affecting the snapshot. A builder is not thread-safe;
/// the ledgers it builds are.
/// </remarks>
/// <example>
/// <code>
/// Ledger ledger = new LedgerBuilder()
///     .AddParty(WellKnownParties.Russia)
///     .AddSource(new Source("ru-mod", "Russian Ministry of Defence", SourceKind.Military) { Party = "russia" })
///     .Build();
///
/// // Every problem of the chain at once: one exception names the unknown party and the unknown place.
/// Ledger checkedAtTheEnd = new LedgerBuilder { ValidateOnBuild = true }
///     .AddSource(new Source("az-mod", "Ministry of Defence of Azerbaijan", SourceKind.Military) { Party = "azerbaijan" })
///     .AddPlace(new Place("parukh", "Parukh") { Parent = "khojaly-district" })
///     .Build();
/// </code>
/// </example>
public sealed class LedgerBuilder
{
    private readonly List<LedgerBatch> _pending = [];

    private LedgerState _state;

    /// <summary>Creates an empty builder (holding only the built-in predicates).</summary>
    public LedgerBuilder()
        : this(LedgerState.Empty)
    {
    }

    internal LedgerBuilder(LedgerState state) => _state = state;

    /// <summary>Gets or sets the title the built ledger will have.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the description the built ledger will have.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Gets whether additions wait for <see cref="Build"/> to be validated, all together, so that one exception lists
    /// every problem of a whole fluent chain. By default (<see langword="false"/>) each <c>Add</c> validates its own batch
    /// at once and throws there.
    /// </summary>
    /// <remarks>
    /// Items added while this is on are checked as one batch, so they may refer to each other in any order, across
    /// calls. A problem's path counts the items of its kind in the order they were added since the last successful
    /// <see cref="Build"/>: <c>claims[3]</c> is the fourth claim added, whichever call added it.
    /// </remarks>
    public bool ValidateOnBuild { get; init; }

    /// <summary>Gets the number of claims added so far, including those waiting for <see cref="Build"/> under <see cref="ValidateOnBuild"/>.</summary>
    public int ClaimCount => _state.Claims.Count + _pending.Sum(b => b.Claims.Length);

    /// <summary>Adds a batch of items, validated together against what the builder holds.</summary>
    /// <param name="batch">The items to add.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The batch has problems; the builder is unchanged. Never thrown under <see cref="ValidateOnBuild"/>, where <see cref="Build"/> reports them.</exception>
    public LedgerBuilder Add(LedgerBatch batch)
    {
        if (!TryAdd(batch, out ImmutableArray<ValidationProblem> problems))
        {
            throw new LedgerValidationException(problems);
        }

        return this;
    }

    /// <summary>Adds a batch of items if it is valid, and reports the problems if not.</summary>
    /// <param name="batch">The items to add.</param>
    /// <param name="problems">Every problem found; empty when the batch was added.</param>
    /// <returns>
    /// Whether the batch was added. When false, the builder is unchanged. Under <see cref="ValidateOnBuild"/> the batch
    /// only waits for <see cref="Build"/>, so this is always true and <paramref name="problems"/> empty.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public bool TryAdd(LedgerBatch batch, out ImmutableArray<ValidationProblem> problems)
    {
        Preconditions.CheckNotNull(batch);
        if (ValidateOnBuild)
        {
            _pending.Add(batch);
            problems = [];
            return true;
        }

        problems = BatchValidator.Check(_state, batch);
        if (!problems.IsEmpty)
        {
            return false;
        }

        _state = _state.Apply(batch);
        return true;
    }

    /// <summary>Adds parties.</summary>
    /// <param name="parties">The parties.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="LedgerValidationException">A party is invalid; the builder is unchanged.</exception>
    public LedgerBuilder AddParty(params IEnumerable<Party> parties) => Add(new LedgerBatch { Parties = [.. Preconditions.CheckNotNull(parties)] });

    /// <summary>Adds sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="LedgerValidationException">A source is invalid; the builder is unchanged.</exception>
    public LedgerBuilder AddSource(params IEnumerable<Source> sources) => Add(new LedgerBatch { Sources = [.. Preconditions.CheckNotNull(sources)] });

    /// <summary>Adds places.</summary>
    /// <param name="places">The places.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="LedgerValidationException">A place is invalid; the builder is unchanged.</exception>
    public LedgerBuilder AddPlace(params IEnumerable<Place> places) => Add(new LedgerBatch { Places = [.. Preconditions.CheckNotNull(places)] });

    /// <summary>
    /// Adds predicates next to the built-in ones. One declared under a built-in's id before the first claim replaces
    /// that built-in in this ledger (so a file written before the built-in vocabulary grew that id still loads).
    /// </summary>
    /// <param name="predicates">The predicates.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="LedgerValidationException">A predicate is invalid or its id is taken; the builder is unchanged.</exception>
    public LedgerBuilder AddPredicate(params IEnumerable<Predicate> predicates) => Add(new LedgerBatch { Predicates = [.. Preconditions.CheckNotNull(predicates)] });

    /// <summary>Adds incidents.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="LedgerValidationException">An incident is invalid; the builder is unchanged.</exception>
    public LedgerBuilder AddIncident(params IEnumerable<Incident> incidents) => Add(new LedgerBatch { Incidents = [.. Preconditions.CheckNotNull(incidents)] });

    /// <summary>Adds claims.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="LedgerValidationException">A claim is invalid; the builder is unchanged.</exception>
    public LedgerBuilder AddClaim(params IEnumerable<Claim> claims) => Add(new LedgerBatch { Claims = [.. Preconditions.CheckNotNull(claims)] });

    /// <summary>Takes an immutable snapshot of everything added so far.</summary>
    /// <returns>The ledger.</returns>
    /// <exception cref="LedgerValidationException">
    /// Under <see cref="ValidateOnBuild"/>: the additions waiting to be validated have problems, every one of them
    /// listed; the builder is unchanged, and they still wait.
    /// </exception>
    public Ledger Build() =>
        TryBuild(out Ledger? ledger, out ImmutableArray<ValidationProblem> problems) ? ledger : throw new LedgerValidationException(problems);

    /// <summary>Takes an immutable snapshot of everything added so far, or reports why it cannot.</summary>
    /// <param name="ledger">The ledger, when there were no problems.</param>
    /// <param name="problems">
    /// Every problem of the additions waiting under <see cref="ValidateOnBuild"/>; always empty otherwise, since each
    /// addition was validated when it was made.
    /// </param>
    /// <returns>Whether the ledger was built. When false, the builder is unchanged.</returns>
    public bool TryBuild([NotNullWhen(true)] out Ledger? ledger, out ImmutableArray<ValidationProblem> problems)
    {
        if (_pending.Count > 0)
        {
            LedgerBatch all = _pending.Count == 1 ? _pending[0] : new LedgerBatch
            {
                Parties = [.. _pending.SelectMany(b => b.Parties)],
                Sources = [.. _pending.SelectMany(b => b.Sources)],
                Places = [.. _pending.SelectMany(b => b.Places)],
                Predicates = [.. _pending.SelectMany(b => b.Predicates)],
                Incidents = [.. _pending.SelectMany(b => b.Incidents)],
                Claims = [.. _pending.SelectMany(b => b.Claims)],
            };
            problems = BatchValidator.Check(_state, all);
            if (!problems.IsEmpty)
            {
                ledger = null;
                return false;
            }

            _state = _state.Apply(all);
            _pending.Clear();
        }

        problems = [];
        ledger = new Ledger(_state, Title, Description);
        return true;
    }
}

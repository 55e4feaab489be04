using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger;

/// <summary>
/// Builds a <see cref="Ledger"/> step by step. Every addition is validated against what the builder already holds;
/// an invalid addition throws <see cref="LedgerValidationException"/> with every problem found and leaves the
/// builder exactly as it was: a batch goes in whole or not at all.
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
/// </code>
/// </example>
public sealed class LedgerBuilder
{
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

    /// <summary>Gets the number of claims added so far.</summary>
    public int ClaimCount => _state.Claims.Count;

    /// <summary>Adds a batch of items, validated together against what the builder holds.</summary>
    /// <param name="batch">The items to add.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The batch has problems; the builder is unchanged.</exception>
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
    /// <returns>Whether the batch was added. When false, the builder is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public bool TryAdd(LedgerBatch batch, out ImmutableArray<ValidationProblem> problems)
    {
        Preconditions.CheckNotNull(batch);
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

    /// <summary>Adds predicates next to the built-in ones.</summary>
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
    public Ledger Build() => new(_state, Title, Description);
}

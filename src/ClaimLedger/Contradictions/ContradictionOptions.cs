using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>Settings of a <see cref="ContradictionEngine"/>.</summary>
public sealed record ContradictionOptions
{
    /// <summary>Gets the default settings: the built-in rules and the default quantity tolerances.</summary>
    public static ContradictionOptions Default { get; } = new();

    /// <summary>Gets how vague quantities ("about", "nearly") are widened into ranges before they are compared.</summary>
    /// <value>Defaults to <see cref="QuantityOptions.Default"/>; never null.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public QuantityOptions Quantities { get; init => field = Preconditions.CheckNotNull(value, nameof(Quantities)); } = QuantityOptions.Default;

    /// <summary>Gets the units figures are compared by: which words name one unit, so that only figures of one unit are compared.</summary>
    /// <value>Defaults to <see cref="UnitVocabulary.BuiltIn"/>; never null.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnitVocabulary Units { get; init => field = Preconditions.CheckNotNull(value, nameof(Units)); } = UnitVocabulary.BuiltIn;

    /// <summary>
    /// Gets whether figures a speaker later revised and statements withdrawn take part in contradictions with
    /// everything other speakers said. Off by default: a revised figure is reported as a revision, a withdrawal as a
    /// retraction, and either meets only what other speakers said while it stood (before the day it was revised or
    /// withdrawn), the finding saying so.
    /// </summary>
    public bool KeepSuperseded { get; init; }

    /// <summary>Gets the rules to apply besides the built-in ones.</summary>
    /// <value>Defaults to none; a default (uninitialised) array is read as none.</value>
    /// <exception cref="ArgumentException">Set to an array holding a null rule.</exception>
    public ImmutableArray<IContradictionRule> Rules
    {
        get;
        init => field = value.IsDefault ? [] : value.Any(r => r is null)
            ? throw new ArgumentException("ContradictionOptions.Rules holds a null rule.", nameof(Rules))
            : value;
    } = [];

    /// <summary>Gets whether the built-in rules run (denial, incompatible values, quantities, opposite labels).</summary>
    public bool UseBuiltInRules { get; init; } = true;

    /// <summary>
    /// Gets how many threads a full search (<see cref="ContradictionEngine.FindAll(Ledger)"/>) may use: topics are independent,
    /// so each is searched on its own thread and the results are the same, in the same order, as on one. Rules of
    /// <see cref="Rules"/> are then called for different topics at once; set 1 for rules that are not thread-safe.
    /// </summary>
    /// <value>Defaults to 0: every core. 1 searches on the calling thread only.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "ContradictionOptions.MaxDegreeOfParallelism cannot be negative; use 0 for every core or 1 for one thread.");
    }

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(ContradictionOptions? other) =>
        other is not null && Equals(Quantities, other.Quantities) && Equals(Units, other.Units) && Equals(UseBuiltInRules, other.UseBuiltInRules) && Equals(KeepSuperseded, other.KeepSuperseded) && MaxDegreeOfParallelism == other.MaxDegreeOfParallelism && Equality.Sequence(Rules, other.Rules);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Quantities);
        hash.Add(Units);
        hash.Add(UseBuiltInRules);
        hash.Add(KeepSuperseded);
        hash.Add(MaxDegreeOfParallelism);
        hash.Add(Equality.Hash(Rules));
        return hash.ToHashCode();
    }
}

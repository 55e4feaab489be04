using ClaimLedger.Internal;
using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

/// <summary>
/// What <see cref="TruthDiscovery"/> estimated for a ledger: each source's reliability, each contested
/// proposition's belief, the sources it took to copy one another, and whether the estimate converged.
/// </summary>
/// <remarks>Evidence for an analyst to weigh, not a verdict. The result is immutable.</remarks>
public sealed class TruthDiscoveryResult
{
    internal TruthDiscoveryResult(ImmutableArray<SourceScore> sources, ImmutableArray<PropositionBelief> propositions, ImmutableArray<SourceDependence> dependencies, int iterations, bool converged)
    {
        Sources = sources;
        Propositions = propositions;
        Dependencies = dependencies;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>Gets the score of every source that made a claim, the highest first (ties by id).</summary>
    public ImmutableArray<SourceScore> Sources { get; }

    /// <summary>
    /// Gets the belief in every contested proposition (one some source affirms and another denies, outright or by
    /// implication), in a stable order.
    /// </summary>
    public ImmutableArray<PropositionBelief> Propositions { get; }

    /// <summary>Gets the pairs of sources taken to copy one another, ordered by source ids.</summary>
    public ImmutableArray<SourceDependence> Dependencies { get; }

    /// <summary>Gets the number of rounds run.</summary>
    public int Iterations { get; }

    /// <summary>Gets whether the scores stopped moving (by less than the tolerance) before the last allowed round.</summary>
    public bool Converged { get; }

    /// <summary>Gets a source's score.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">The source made no claim in the ledger.</exception>
    public SourceScore ScoreOf(SourceId source) =>
        Sources.FirstOrDefault(s => s.Source == source) ?? throw new KeyNotFoundException($"No score for source '{source}': it made no claim in the ledger.");

    /// <summary>Gets the belief in a contested proposition, for times overlapping the proposition's (any time when it has none).</summary>
    /// <param name="proposition">The proposition; subject, predicate, object, place and time are what count.</param>
    /// <returns>The belief, or null when the proposition is not contested at that time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public PropositionBelief? BeliefIn(Proposition proposition)
    {
        Preconditions.CheckNotNull(proposition);
        PropositionKey key = PropositionKey.Of(proposition);
        Interval time = Interval.Of(proposition.Time);
        return Propositions.FirstOrDefault(p => p.Key == key && p.Time.Overlaps(time));
    }
}

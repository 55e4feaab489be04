using ClaimLedger.Internal;
using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

/// <summary>
/// How far <see cref="TruthDiscovery"/> believes a contested proposition holds, and the votes that made the belief.
/// </summary>
/// <remarks>Two beliefs are equal when every property is equal, collections compared by reference.</remarks>
public sealed record PropositionBelief
{
    internal PropositionBelief(Proposition proposition, string phrase, double belief, ImmutableArray<BeliefVote> affirming, ImmutableArray<BeliefVote> denying, PropositionKey key, Interval time)
    {
        Proposition = proposition;
        Phrase = phrase;
        Belief = belief;
        Affirming = affirming;
        Denying = denying;
        Key = key;
        Time = time;
    }

    /// <summary>Gets the proposition, with the span of time the votes cover (null when unbounded).</summary>
    public Proposition Proposition { get; }

    /// <summary>Gets the proposition in words, such as "Azerbaijan withdrew from Parukh on 24–30 March 2022".</summary>
    public string Phrase { get; }

    /// <summary>Gets the belief that the proposition holds, between 0 and 1; the belief that it does not is 1 minus this.</summary>
    public double Belief { get; }

    /// <summary>Gets the stance the estimate favours, or null at exactly 0.5.</summary>
    public Stance? Favoured => Belief > 0.5 ? Stance.Affirms : Belief < 0.5 ? Stance.Denies : null;

    /// <summary>Gets the votes that the proposition holds, ordered by source id.</summary>
    public ImmutableArray<BeliefVote> Affirming { get; }

    /// <summary>Gets the votes that it does not, ordered by source id.</summary>
    public ImmutableArray<BeliefVote> Denying { get; }

    internal PropositionKey Key { get; }

    internal Interval Time { get; }

    /// <summary>Returns the proposition and the belief.</summary>
    /// <returns>Text such as "Azerbaijan withdrew from Parukh on 27 March 2022: 0.2".</returns>
    public override string ToString() => $"{Phrase}: {IndependenceAnalyzer.Format(Belief)}";

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(PropositionBelief? other) =>
        other is not null && Equals(Proposition, other.Proposition) && Equals(Phrase, other.Phrase) && Equals(Belief, other.Belief) && Equality.Sequence(Affirming, other.Affirming) && Equality.Sequence(Denying, other.Denying);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Proposition);
        hash.Add(Phrase);
        hash.Add(Belief);
        hash.Add(Equality.Hash(Affirming));
        hash.Add(Equality.Hash(Denying));
        return hash.ToHashCode();
    }
}

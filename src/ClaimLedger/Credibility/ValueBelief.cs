namespace ClaimLedger.Credibility;

/// <summary>One value a question was given, how far <see cref="TruthDiscovery"/> believes it, and the votes on it.</summary>
/// <remarks>Immutable; two instances are equal only when they are the same instance.</remarks>
public sealed class ValueBelief
{
    internal ValueBelief(Term? value, Proposition proposition, double belief, ImmutableArray<BeliefVote> affirming, ImmutableArray<BeliefVote> denying)
    {
        Value = value;
        Proposition = proposition;
        Belief = belief;
        Affirming = affirming;
        Denying = denying;
    }

    /// <summary>
    /// Gets the value: for a predicate with one value at a time, the subject or object that varies (who controls the
    /// place, whom the book is written by); for a yes-or-no question, the proposition's object (null when it has none).
    /// </summary>
    public Term? Value { get; }

    /// <summary>Gets the proposition that the question has this value, with the span of time the question covers.</summary>
    public Proposition Proposition { get; }

    /// <summary>
    /// Gets the belief that the value holds, from 0 to 1. The beliefs of one question's values that exclude one another
    /// sum to less than 1: the rest is left to a value nobody claimed (or, for a yes-or-no question, to "no").
    /// </summary>
    public double Belief { get; }

    /// <summary>Gets the votes for the value, ordered by source id.</summary>
    public ImmutableArray<BeliefVote> Affirming { get; }

    /// <summary>Gets the votes that deny it outright or by implication (not the votes for other values), ordered by source id.</summary>
    public ImmutableArray<BeliefVote> Denying { get; }

    /// <summary>Returns the proposition and the belief.</summary>
    /// <returns>Text such as "party:azerbaijan controls place:parukh: 0.64".</returns>
    public override string ToString() => $"{Proposition}: {IndependenceAnalyzer.Format(Belief)}";
}

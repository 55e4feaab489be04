using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

/// <summary>
/// A claim read as a vote on one proposition: the claim's own proposition and stance, or one the claim implies
/// (through a declared entailment, its contrapositive, or a one-value predicate), with the reason in words.
/// </summary>
internal sealed record Vote(Claim Claim, Proposition Proposition, PropositionKey Key, Stance Stance, Interval Time, string? Derivation)
{
    internal bool IsDerived => Derivation is not null;

    internal SourceId Speaker => Claim.Speaker;
}

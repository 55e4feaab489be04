using ClaimLedger.Contradictions;

namespace ClaimLedger.Credibility;

/// <summary>
/// One yes-or-no question the ledger's claims answer: does a proposition hold over a span of time? Its votes are
/// every statement, own or implied, on that proposition for transitively overlapping times.
/// </summary>
internal sealed record Question(int Index, PropositionKey Key, Proposition Proposition, ImmutableArray<Vote> Votes)
{
    internal bool IsContested => Votes.Any(v => v.Stance == Stance.Affirms) && Votes.Any(v => v.Stance == Stance.Denies);
}

using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>How one of a source's answers moved its score: the claims, how far independent others agreed, and the effect.</summary>
/// <param name="Proposition">The proposition answered, with the span of time the question covers.</param>
/// <param name="Stance">The source's answer.</param>
/// <param name="Claims">The source's claims that gave the answer, stated or implied, ordered by id.</param>
/// <param name="Agreement">
/// The belief in the source's answer from the other sources alone, each discounted by its dependence on this source:
/// above 0.5 when independent others side with it.
/// </param>
/// <param name="Effect">What this answer added to the score (negative: took away); the effects sum to score minus prior, to within the estimator's tolerance.</param>
public sealed record ScoreContribution(Proposition Proposition, Stance Stance, ImmutableArray<ClaimId> Claims, double Agreement, double Effect)
{
    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(ScoreContribution? other) =>
        other is not null && Equals(Proposition, other.Proposition) && Equals(Stance, other.Stance) && Equals(Agreement, other.Agreement) && Equals(Effect, other.Effect) && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Proposition);
        hash.Add(Stance);
        hash.Add(Agreement);
        hash.Add(Effect);
        hash.Add(Equality.Hash(Claims));
        return hash.ToHashCode();
    }
}

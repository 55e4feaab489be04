using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>One source's vote on a contested proposition, as <see cref="TruthDiscovery"/> counted it.</summary>
/// <param name="Source">The speaker.</param>
/// <param name="Stance">Its answer.</param>
/// <param name="Claims">Its claims that gave the answer, stated or implied, ordered by id.</param>
/// <param name="Independence">
/// The share of a full vote left after discounting sources it depends on that gave the same answer, from 0 to 1.
/// </param>
/// <param name="Trust">The source's score in the last round.</param>
/// <param name="Strength">What the vote added: independence times -ln(1 - trust).</param>
public sealed record BeliefVote(SourceId Source, Stance Stance, ImmutableArray<ClaimId> Claims, double Independence, double Trust, double Strength)
{
    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(BeliefVote? other) =>
        other is not null && Equals(Source, other.Source) && Equals(Stance, other.Stance) && Equals(Independence, other.Independence) && Equals(Trust, other.Trust) && Equals(Strength, other.Strength) && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Source);
        hash.Add(Stance);
        hash.Add(Independence);
        hash.Add(Trust);
        hash.Add(Strength);
        hash.Add(Equality.Hash(Claims));
        return hash.ToHashCode();
    }
}

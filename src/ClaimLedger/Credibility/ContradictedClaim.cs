using ClaimLedger.Internal;
using ClaimLedger.Contradictions;

namespace ClaimLedger.Credibility;

/// <summary>A party's claim that other speakers contradicted: the contradictions, and who was on the other side.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Contradictions">The contradictions that involve it, ordered as the engine orders them.</param>
/// <param name="By">The speakers on the sides opposed to the claim, other than its own speaker, ordered by id.</param>
/// <param name="ByParties">The parties of those speakers, distinct, ordered by id.</param>
public sealed record ContradictedClaim(Claim Claim, ImmutableArray<Contradiction> Contradictions, ImmutableArray<SourceId> By, ImmutableArray<PartyId> ByParties)
{
    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(ContradictedClaim? other) =>
        other is not null && Equals(Claim, other.Claim) && Equality.Sequence(Contradictions, other.Contradictions) && Equality.Sequence(By, other.By) && Equality.Sequence(ByParties, other.ByParties);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Claim);
        hash.Add(Equality.Hash(Contradictions));
        hash.Add(Equality.Hash(By));
        hash.Add(Equality.Hash(ByParties));
        return hash.ToHashCode();
    }
}

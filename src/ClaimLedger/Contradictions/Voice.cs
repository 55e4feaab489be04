using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>One independent voice: a speaker, with every claim of theirs however many outlets relayed it.</summary>
/// <param name="Speaker">The speaker.</param>
/// <param name="Party">The speaker's party, or null.</param>
/// <param name="Claims">The speaker's claims on the proposition.</param>
public sealed record Voice(SourceId Speaker, PartyId? Party, ImmutableArray<Claim> Claims)
{
    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(Voice? other) =>
        other is not null && Equals(Speaker, other.Speaker) && Equals(Party, other.Party) && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Speaker);
        hash.Add(Party);
        hash.Add(Equality.Hash(Claims));
        return hash.ToHashCode();
    }
}

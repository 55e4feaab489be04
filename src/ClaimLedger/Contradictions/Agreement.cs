using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>Who affirms and who denies a proposition, counting each speaker once however many outlets relayed it.</summary>
/// <param name="Proposition">The proposition.</param>
/// <param name="Affirming">The voices that affirm it.</param>
/// <param name="Denying">The voices that deny it.</param>
public sealed record Agreement(Proposition Proposition, ImmutableArray<Voice> Affirming, ImmutableArray<Voice> Denying)
{
    /// <summary>Gets the proposition.</summary>
    public Proposition Proposition { get; init; } = Proposition ?? throw new ArgumentNullException(nameof(Proposition));

    /// <summary>Gets the parties of the affirming voices, distinct, ordered by id.</summary>
    public ImmutableArray<PartyId> AffirmingParties => [.. Affirming.Select(v => v.Party).OfType<PartyId>().Distinct().Order()];

    /// <summary>Gets the parties of the denying voices, distinct, ordered by id.</summary>
    public ImmutableArray<PartyId> DenyingParties => [.. Denying.Select(v => v.Party).OfType<PartyId>().Distinct().Order()];

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(Agreement? other) =>
        other is not null && Equals(Proposition, other.Proposition) && Equality.Sequence(Affirming, other.Affirming) && Equality.Sequence(Denying, other.Denying);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Proposition);
        hash.Add(Equality.Hash(Affirming));
        hash.Add(Equality.Hash(Denying));
        return hash.ToHashCode();
    }
}

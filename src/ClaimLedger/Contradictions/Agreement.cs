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
}

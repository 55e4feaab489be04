using ClaimLedger.Contradictions;

namespace ClaimLedger.Credibility;

/// <summary>A party's claim that other speakers contradicted: the contradictions, and who was on the other side.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Contradictions">The contradictions that involve it, ordered as the engine orders them.</param>
/// <param name="By">The speakers on the sides opposed to the claim, other than its own speaker, ordered by id.</param>
/// <param name="ByParties">The parties of those speakers, distinct, ordered by id.</param>
public sealed record ContradictedClaim(Claim Claim, ImmutableArray<Contradiction> Contradictions, ImmutableArray<SourceId> By, ImmutableArray<PartyId> ByParties);

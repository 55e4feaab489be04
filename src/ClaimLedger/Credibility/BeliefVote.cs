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
public sealed record BeliefVote(SourceId Source, Stance Stance, ImmutableArray<ClaimId> Claims, double Independence, double Trust, double Strength);

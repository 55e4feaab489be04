namespace ClaimLedger.Contradictions;

/// <summary>One independent voice: a speaker, with every claim of theirs however many outlets relayed it.</summary>
/// <param name="Speaker">The speaker.</param>
/// <param name="Party">The speaker's party, or null.</param>
/// <param name="Claims">The speaker's claims on the proposition.</param>
public sealed record Voice(SourceId Speaker, PartyId? Party, ImmutableArray<Claim> Claims);

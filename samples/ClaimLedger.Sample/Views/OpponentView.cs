namespace ClaimLedger.Sample.Views;

/// <summary>A speaker on the other side of a source's contradictions.</summary>
/// <param name="SpeakerId">The speaker's source id.</param>
/// <param name="Speaker">The speaker's name.</param>
/// <param name="Party">The speaker's party id, or null.</param>
/// <param name="Times">In how many contradictions.</param>
internal sealed record OpponentView(string SpeakerId, string Speaker, string? Party, int Times);

namespace ClaimLedger.Credibility;

/// <summary>
/// How much agreement within one party or one side weighs against agreement across sides, for
/// <see cref="IndependenceAnalyzer"/>. Each side's first voice weighs 1.
/// </summary>
/// <remarks>
/// The defaults make two voices from opposing sides weigh 2, a ministry and an aligned government 1.5, and two
/// outlets of one party 1.25. Two options are equal when every property is equal.
/// </remarks>
public sealed record IndependenceOptions
{
    /// <summary>Gets the default settings.</summary>
    public static IndependenceOptions Default { get; } = new();

    /// <summary>
    /// Gets the weight of each further voice of a party that already has a voice on the same stance, from 0 to 1;
    /// 0.25 unless set. Speakers of one party are seldom independent of each other.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1.</exception>
    public double SamePartyVoiceWeight { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(SamePartyVoiceWeight), "between 0 and 1"); } = 0.25;

    /// <summary>
    /// Gets the weight of the first voice of a party aligned with a party already counted on the same stance, from
    /// 0 to 1; 0.5 unless set. Allies share narratives, so their agreement counts for less than agreement across sides.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1.</exception>
    public double AlignedPartyWeight { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(AlignedPartyWeight), "between 0 and 1"); } = 0.5;
}

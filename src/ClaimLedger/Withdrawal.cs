namespace ClaimLedger;

/// <summary>
/// That a statement was taken back after it was made: a deleted post, a retracted report, a corrected article.
/// A withdrawal by the speaker is a retraction; the engine reports it as one and leaves the statement out of other
/// contradictions.
/// </summary>
/// <remarks>Two withdrawals are equal when every property is equal.</remarks>
public sealed record Withdrawal
{
    /// <summary>Gets who withdrew the statement, or null for its own speaker.</summary>
    public SourceId? By { get; init; }

    /// <summary>Gets when it was withdrawn, or null when not known.</summary>
    public FuzzyDate? When { get; init; }

    /// <summary>Gets how it was withdrawn, as a phrase that follows the withdrawer's name: "deleted the post", "retracted the report".</summary>
    public string? How { get; init; }
}

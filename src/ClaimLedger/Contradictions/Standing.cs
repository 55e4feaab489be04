namespace ClaimLedger.Contradictions;

/// <summary>
/// When a statement stood: from the day it was said until the day its speaker withdrew it or gave a figure that
/// superseded it. A withdrawn or superseded statement no longer speaks for its speaker, but while it stood it was on
/// the record, and what others said in that time met it: a toll of "over 500" given the night a civil-defence chief
/// gave 300 conflicts with his figure, though the ministry revised it the next day.
/// </summary>
internal static class Standing
{
    /// <summary>
    /// Whether a statement stood for at least a day before it ended: it was said on a known day clearly before the
    /// day it was withdrawn or superseded. A post deleted within minutes stood for no one.
    /// </summary>
    internal static bool Stood(Claim claim, FuzzyDate? until) =>
        until is { } end && SaidBefore(claim, end);

    /// <summary>Whether a claim was said on a known day clearly before another day: the whole of one before the start of the other.</summary>
    internal static bool SaidBefore(Claim claim, FuzzyDate until) =>
        claim.Attribution.Stated is { } stated && Interval.Of(stated).EndDay < Interval.Of(until).StartDay;
}

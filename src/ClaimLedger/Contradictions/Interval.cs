namespace ClaimLedger.Contradictions;

/// <summary>A closed span of days; an unknown or open end stretches to the limit, so it overlaps everything on that side.</summary>
internal readonly record struct Interval(long Start, long End)
{
    internal static Interval Of(FuzzyDate? date) => new(
        date?.Earliest is { } earliest ? earliest.ToDateOnly().DayNumber : long.MinValue,
        date?.Latest is { } latest ? latest.ToDateOnly().DayNumber : long.MaxValue);

    internal bool Overlaps(Interval other) => Start <= other.End && other.Start <= End;
}

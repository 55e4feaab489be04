namespace ClaimLedger.Contradictions;

/// <summary>
/// A closed span of time in minutes, from what a <see cref="FuzzyDate"/> allows: whole days, narrowed to a time of day
/// or a part of the day where the date gives one, so that a clash at dawn and shelling in the evening of one day do
/// not overlap. An unknown or open end stretches to the limit, so it overlaps everything on that side.
/// </summary>
/// <remarks>
/// A time of day is taken as the half hour either side ("at around" two hours), a range of times as given, a part of
/// the day as a window (early hours 00:00-06:00, dawn 04:00-07:00, morning 05:00-12:00, afternoon 12:00-18:00,
/// evening 17:00-22:00, night 20:00-06:00 the next day, or between the two days of a two-day range). Times compare as
/// written: zones are not converted.
/// </remarks>
internal readonly record struct Interval(long Start, long End)
{
    private const long Day = 24 * 60;

    internal static Interval Of(FuzzyDate? date)
    {
        if (date is null)
        {
            return new Interval(long.MinValue, long.MaxValue);
        }

        (long from, long to) = Window(date);
        return new Interval(
            date.Earliest is { } earliest ? (earliest.ToDateOnly().DayNumber * Day) + from : long.MinValue,
            date.Latest is { } latest ? (latest.ToDateOnly().DayNumber * Day) + to : long.MaxValue);
    }

    internal bool Overlaps(Interval other) => Start <= other.End && other.Start <= End;

    /// <summary>The day number the span starts on (<see cref="long.MinValue"/> when open).</summary>
    internal long StartDay => Start == long.MinValue ? long.MinValue : Math.DivRem(Start, Day, out long r) - (r < 0 ? 1 : 0);

    /// <summary>The day number the span ends on (<see cref="long.MaxValue"/> when open).</summary>
    internal long EndDay => End == long.MaxValue ? long.MaxValue : Math.DivRem(End, Day, out long r) - (r < 0 ? 1 : 0);

    // Minutes from the first day's midnight to the start, and from the last day's midnight to the end.
    private static (long From, long To) Window(FuzzyDate date)
    {
        if (date.TimeOfDay is { } time)
        {
            long at = time.Hour * 60 + time.Minute;
            if (date.TimeRangeEnd is { } end)
            {
                long until = end.Hour * 60 + end.Minute;
                return (at, until > at ? until : until + Day);
            }

            long slack = date.IsTimeApproximate ? 120 : 30;
            return (at - slack, at + slack);
        }

        bool twoDays = date.Earliest is { } a && date.Latest is { } b && b.ToDateOnly().DayNumber - a.ToDateOnly().DayNumber == 1;
        return date.PartOfDay switch
        {
            "early hours" => (0, 6 * 60),
            "dawn" => (4 * 60, 7 * 60),
            "morning" => (5 * 60, 12 * 60),
            "afternoon" => (12 * 60, 18 * 60),
            "evening" => (17 * 60, 22 * 60),
            "night" when twoDays => (20 * 60, 6 * 60),
            "night" => (20 * 60, Day + (6 * 60)),
            _ => (0, Day - 1),
        };
    }
}

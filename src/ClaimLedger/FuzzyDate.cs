using ClaimLedger.Internal;
using ClaimLedger.Text;
using NodaTime;

namespace ClaimLedger;

/// <summary>
/// A date as a report gives it: perhaps one day, perhaps only "mid-December 2020", "since 5 March 2022"
/// or "around 15 October 2020", with an optional time of day, part of the day and time zone.
/// </summary>
/// <remarks>
/// <para>
/// Every value is an inclusive interval of ISO calendar days, <see cref="Earliest"/> to
/// <see cref="Latest"/>, plus the <see cref="Precision"/> that says how the source worded it. Only
/// <see cref="DatePrecision.By"/> leaves <see cref="Earliest"/> open and only
/// <see cref="DatePrecision.Since"/> leaves <see cref="Latest"/> open.
/// </para>
/// <para>
/// <see cref="Overlaps"/>, <see cref="IsBefore"/>, <see cref="IsAfter"/>, <see cref="Contains"/> and
/// <see cref="ByEarliest"/> compare those day intervals only. The time of day, the part of the day and
/// the zone are kept as information: two reports of the same day at different hours overlap.
/// </para>
/// <para>
/// Equality is value equality over every property (the interval, the precision, the time, whether
/// the time is approximate, the part of the day and the zone id, compared ordinally). So "March 2022"
/// and "between 1 and 31 March 2022" are not equal although they cover the same days.
/// </para>
/// <para>
/// Values are immutable and thread-safe. Years run from <see cref="MinYear"/> to <see cref="MaxYear"/>.
/// </para>
/// </remarks>
public sealed partial class FuzzyDate : IEquatable<FuzzyDate>, ISpanParsable<FuzzyDate>
{
    /// <summary>The earliest ISO year a <see cref="FuzzyDate"/> can refer to.</summary>
    public const int MinYear = 1;

    /// <summary>The latest ISO year a <see cref="FuzzyDate"/> can refer to.</summary>
    public const int MaxYear = 9999;

    /// <summary>How many days either side of its day an <see cref="Around"/> value covers.</summary>
    public const int CircaDays = 3;

    private static readonly string[] PartsOfDay = ["early hours", "dawn", "morning", "afternoon", "evening", "night"];

    private FuzzyDate(
        LocalDate? earliest,
        LocalDate? latest,
        DatePrecision precision,
        LocalTime? timeOfDay = null,
        bool isTimeApproximate = false,
        string? partOfDay = null,
        string? zoneId = null,
        LocalTime? timeRangeEnd = null)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        TimeOfDay = timeOfDay;
        IsTimeApproximate = isTimeApproximate;
        PartOfDay = partOfDay;
        ZoneId = zoneId;
        TimeRangeEnd = timeRangeEnd;
    }

    /// <summary>Gets the first day the value may refer to, or <see langword="null"/> when it is unbounded in the past.</summary>
    /// <value>The first possible day; <see langword="null"/> only for <see cref="DatePrecision.By"/>.</value>
    public LocalDate? Earliest { get; }

    /// <summary>Gets the last day the value may refer to, or <see langword="null"/> when it is unbounded in the future.</summary>
    /// <value>The last possible day; <see langword="null"/> only for <see cref="DatePrecision.Since"/>.</value>
    public LocalDate? Latest { get; }

    /// <summary>Gets how precisely the source gave the date.</summary>
    /// <value>The precision, which also decides how <see cref="ToString"/> words the value.</value>
    public DatePrecision Precision { get; }

    /// <summary>Gets the time of day the source gave, if any.</summary>
    /// <value>The local time of day in <see cref="ZoneId"/> (or an unstated zone), or <see langword="null"/>.</value>
    /// <remarks>
    /// The contradiction engine compares times of day when both statements give one: "15:00" is taken as the half
    /// hour either side, "at around 15:00" as two hours either side, a range as given. <see cref="Overlaps"/> compares days only.
    /// </remarks>
    public LocalTime? TimeOfDay { get; }

    /// <summary>Gets the end of a range of times the source gave ("15:00–17:00"), or <see langword="null"/>.</summary>
    /// <value>The local time the range ends at; never set without <see cref="TimeOfDay"/>. Earlier than the start means the next day.</value>
    public LocalTime? TimeRangeEnd { get; }

    /// <summary>Gets a value indicating whether the time of day was given as approximate ("at around 07:00").</summary>
    /// <value><see langword="true"/> when the source hedged the time; always <see langword="false"/> without a time.</value>
    public bool IsTimeApproximate { get; }

    /// <summary>Gets the part of the day the source gave: "early hours", "dawn", "morning", "afternoon", "evening" or "night".</summary>
    /// <value>One of those lower-case words, or <see langword="null"/>. "Night" on a range of two days is the night between them.</value>
    /// <remarks>The contradiction engine compares parts of the day when both statements give a time or part of the day; <see cref="Overlaps"/> compares days only.</remarks>
    public string? PartOfDay { get; }

    /// <summary>Gets the IANA (TZDB) id of the zone the time of day is in, such as "Europe/Moscow".</summary>
    /// <value>A TZDB id as spelled by <see cref="DateTimeZoneProviders.Tzdb"/>, or <see langword="null"/>; never set without <see cref="TimeOfDay"/>.</value>
    public string? ZoneId { get; }

    /// <summary>
    /// Gets a comparer that orders values for a timeline: by <see cref="Earliest"/> (unbounded past first),
    /// then by <see cref="Latest"/> (unbounded future last).
    /// </summary>
    /// <value>A stateless, thread-safe comparer; <see langword="null"/> sorts before every value.</value>
    /// <remarks>
    /// Values with the same interval compare as equal even if their precision or time differ, so use a
    /// stable sort (such as LINQ's <c>OrderBy</c>) to keep their input order.
    /// </remarks>
    public static IComparer<FuzzyDate> ByEarliest { get; } = new EarliestComparer();

    /// <summary>Creates a value for one calendar day.</summary>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <returns>A <see cref="DatePrecision.Day"/> value from <paramref name="date"/> to <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate OnDay(LocalDate date)
    {
        CheckDate(date, nameof(date));
        return new FuzzyDate(date, date, DatePrecision.Day);
    }

    /// <summary>Creates a value for an inclusive range of days, as in "between 24 and 25 March 2022".</summary>
    /// <param name="first">The first day of the range.</param>
    /// <param name="last">The last day of the range, not before <paramref name="first"/>.</param>
    /// <returns>
    /// A <see cref="DatePrecision.DayRange"/> value; or, when <paramref name="first"/> equals
    /// <paramref name="last"/>, the same value as <see cref="OnDay"/> gives, since a one-day range is a day.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="first"/> is after <paramref name="last"/>, or either is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate Between(LocalDate first, LocalDate last)
    {
        CheckDate(first, nameof(first));
        CheckDate(last, nameof(last));
        if (first > last)
        {
            throw new ArgumentException(FuzzyDateErrors.BetweenInverted(first, last), nameof(last));
        }

        return first == last ? OnDay(first) : new FuzzyDate(first, last, DatePrecision.DayRange);
    }

    /// <summary>Creates a value for a whole month, as in "March 2022".</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>A <see cref="DatePrecision.Month"/> value from the first to the last day of <paramref name="month"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate InMonth(YearMonth month) => PartOfMonth(month, 1, null, DatePrecision.Month, nameof(month));

    /// <summary>Creates a value for days 1 to 10 of a month, as in "early January 2021".</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>A <see cref="DatePrecision.EarlyMonth"/> value.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate EarlyIn(YearMonth month) => PartOfMonth(month, 1, 10, DatePrecision.EarlyMonth, nameof(month));

    /// <summary>Creates a value for days 11 to 20 of a month, as in "mid-December 2020".</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>A <see cref="DatePrecision.MidMonth"/> value.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate MidIn(YearMonth month) => PartOfMonth(month, 11, 20, DatePrecision.MidMonth, nameof(month));

    /// <summary>Creates a value for day 21 to the end of a month, as in "late April 2021".</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>A <see cref="DatePrecision.LateMonth"/> value.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate LateIn(YearMonth month) => PartOfMonth(month, 21, null, DatePrecision.LateMonth, nameof(month));

    /// <summary>Creates a value for a whole ISO year, as in "2020".</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>A <see cref="DatePrecision.Year"/> value from 1 January to 31 December.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate InYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, FuzzyDateErrors.ArgumentYearOutOfRange(year));
        }

        return new FuzzyDate(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);
    }

    /// <summary>Creates a value for a day onwards with no known end, as in "since 5 March 2022".</summary>
    /// <param name="date">The first day.</param>
    /// <returns>A <see cref="DatePrecision.Since"/> value whose <see cref="Latest"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate Since(LocalDate date)
    {
        CheckDate(date, nameof(date));
        return new FuzzyDate(date, null, DatePrecision.Since);
    }

    /// <summary>Creates a value for any day up to and including a day, as in "by 22 November 2020".</summary>
    /// <param name="date">The last day.</param>
    /// <returns>A <see cref="DatePrecision.By"/> value whose <see cref="Earliest"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate By(LocalDate date)
    {
        CheckDate(date, nameof(date));
        return new FuzzyDate(null, date, DatePrecision.By);
    }

    /// <summary>Creates a value for a hedged day, as in "around 15 October 2020".</summary>
    /// <param name="date">The day the source named.</param>
    /// <returns>
    /// A <see cref="DatePrecision.Circa"/> value covering <see cref="CircaDays"/> (three) days either side of
    /// <paramref name="date"/>: "around 15 October 2020" is 12 to 18 October 2020. The width is fixed so
    /// that every ledger reads the same hedge the same way.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Three days either side of <paramref name="date"/> would leave the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static FuzzyDate Around(LocalDate date)
    {
        CheckDate(date, nameof(date));
        if (!IsAroundInRange(date))
        {
            throw AroundOutOfRange(date);
        }

        return new FuzzyDate(date.PlusDays(-CircaDays), date.PlusDays(CircaDays), DatePrecision.Circa);
    }

    // Around's guard, shared with the parser, which asks it before calling Around rather than catching.

    /// <summary>Whether an ISO day leaves room for <see cref="CircaDays"/> days either side within the supported years.</summary>
    internal static bool IsAroundInRange(LocalDate date) =>
        date >= new LocalDate(MinYear, 1, 1 + CircaDays) && date <= new LocalDate(MaxYear, 12, 31 - CircaDays);

    /// <summary>The exception Around throws for a day too near the edge of the calendar; the parser reads its message.</summary>
    internal static ArgumentOutOfRangeException AroundOutOfRange(LocalDate date) =>
        new(nameof(date), date, FuzzyDateErrors.CircaOutOfRange(date));

    /// <summary>Returns a copy of this value with a time of day, replacing any time and zone it had.</summary>
    /// <param name="time">The local time of day.</param>
    /// <param name="approximate"><see langword="true"/> when the source hedged it ("at around 07:00").</param>
    /// <param name="zoneId">
    /// An IANA (TZDB) zone id such as "Europe/Moscow", matched ignoring case and stored as TZDB spells it;
    /// or <see langword="null"/> when the source named no zone.
    /// </param>
    /// <returns>A new value; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is not an id in <see cref="DateTimeZoneProviders.Tzdb"/>.</exception>
    /// <remarks>The time is informational: it does not change <see cref="Earliest"/>, <see cref="Latest"/> or any comparison.</remarks>
    public FuzzyDate WithTime(LocalTime time, bool approximate, string? zoneId)
    {
        string? canonicalZone = null;
        if (zoneId is not null)
        {
            canonicalZone = FuzzyDateZones.CanonicalId(zoneId)
                ?? throw new ArgumentException(FuzzyDateErrors.UnknownZone(zoneId), nameof(zoneId));
        }

        return new FuzzyDate(Earliest, Latest, Precision, time, approximate, PartOfDay, canonicalZone);
    }

    /// <summary>Returns a copy of this value with a range of times of day, as in "3 March 2021 15:00–17:00".</summary>
    /// <param name="start">When the range starts.</param>
    /// <param name="end">When it ends; earlier than <paramref name="start"/> means the next day.</param>
    /// <param name="zoneId">An IANA (TZDB) zone id, or <see langword="null"/>.</param>
    /// <returns>A new value; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is not an id in <see cref="DateTimeZoneProviders.Tzdb"/>, or the range is empty.</exception>
    public FuzzyDate WithTimeRange(LocalTime start, LocalTime end, string? zoneId = null)
    {
        if (start == end)
        {
            throw new ArgumentException(FuzzyDateErrors.EmptyTimeRange(start), nameof(end));
        }

        FuzzyDate timed = WithTime(start, approximate: false, zoneId);
        return new FuzzyDate(Earliest, Latest, Precision, start, false, PartOfDay, timed.ZoneId, end);
    }

    /// <summary>Returns a copy of this value with a part of the day, as in "14 October 2021 evening".</summary>
    /// <param name="partOfDay">"early hours", "dawn", "morning", "afternoon", "evening" or "night", in any case; stored in lower case.</param>
    /// <returns>A new value; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partOfDay"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="partOfDay"/> is not one of those words.</exception>
    public FuzzyDate WithPartOfDay(string partOfDay)
    {
        Preconditions.CheckNotNull(partOfDay);
        string normalised = partOfDay.Trim().ToLowerInvariant();
        if (Array.IndexOf(PartsOfDay, normalised) < 0)
        {
            throw new ArgumentException(FuzzyDateErrors.UnknownPartOfDay(partOfDay), nameof(partOfDay));
        }

        return new FuzzyDate(Earliest, Latest, Precision, TimeOfDay, IsTimeApproximate, normalised, ZoneId, TimeRangeEnd);
    }

    /// <summary>Determines whether the two values could refer to a common day.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when the day intervals share at least one day; open ends reach forever.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// "March 2022" overlaps "27 March 2022"; "13 December 2020" does not overlap "14 December 2020", even
    /// if the first was in the evening and the second at 00:00, because times are not compared.
    /// </remarks>
    public bool Overlaps(FuzzyDate other)
    {
        Preconditions.CheckNotNull(other);
        return !IsBefore(other) && !other.IsBefore(this);
    }

    /// <summary>Determines whether this value certainly ends before the other begins.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>
    /// <see langword="true"/> when this <see cref="Latest"/> is a day before the other's <see cref="Earliest"/>;
    /// <see langword="false"/> whenever either of those ends is unbounded.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsBefore(FuzzyDate other)
    {
        Preconditions.CheckNotNull(other);
        return Latest is { } last && other.Earliest is { } first && last < first;
    }

    /// <summary>Determines whether this value certainly begins after the other ends.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when <c>other.IsBefore(this)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsAfter(FuzzyDate other)
    {
        Preconditions.CheckNotNull(other);
        return other.IsBefore(this);
    }

    /// <summary>Determines whether a day lies within this value's interval.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is between <see cref="Earliest"/> and <see cref="Latest"/>, inclusive.</returns>
    public bool Contains(LocalDate date) =>
        (Earliest is not { } first || first <= date) && (Latest is not { } last || date <= last);

    /// <summary>Determines whether this value equals another: same interval, precision, time, part of day and zone.</summary>
    /// <param name="other">The value to compare with, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(FuzzyDate? other) =>
        other is not null
        && Earliest == other.Earliest
        && Latest == other.Latest
        && Precision == other.Precision
        && TimeOfDay == other.TimeOfDay
        && IsTimeApproximate == other.IsTimeApproximate
        && string.Equals(PartOfDay, other.PartOfDay, StringComparison.Ordinal)
        && string.Equals(ZoneId, other.ZoneId, StringComparison.Ordinal)
        && TimeRangeEnd == other.TimeRangeEnd;

    /// <summary>Determines whether this value equals another object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="FuzzyDate"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as FuzzyDate);

    /// <summary>Returns a hash code consistent with <see cref="Equals(FuzzyDate)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Earliest, Latest, Precision, TimeOfDay, IsTimeApproximate, PartOfDay, ZoneId, TimeRangeEnd);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FuzzyDate? left, FuzzyDate? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the values are not equal.</returns>
    public static bool operator !=(FuzzyDate? left, FuzzyDate? right) => !(left == right);

    private static FuzzyDate PartOfMonth(YearMonth month, int firstDay, int? lastDay, DatePrecision precision, string parameter)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(FuzzyDateErrors.NotIso(parameter), parameter);
        }

        if (month.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, month, FuzzyDateErrors.ArgumentYearOutOfRange(month.Year));
        }

        LocalDate end = month.OnDayOfMonth(lastDay ?? month.Calendar.GetDaysInMonth(month.Year, month.Month));
        return new FuzzyDate(month.OnDayOfMonth(firstDay), end, precision);
    }

    private static void CheckDate(LocalDate date, string parameter)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(FuzzyDateErrors.NotIso(parameter), parameter);
        }

        if (date.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, date, FuzzyDateErrors.DateOutOfRange(parameter, date));
        }
    }

    private sealed class EarliestComparer : IComparer<FuzzyDate>
    {
        public int Compare(FuzzyDate? x, FuzzyDate? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            // An open start is the unbounded past and sorts first; an open end is the unbounded future and sorts last.
            int byStart = (x.Earliest, y.Earliest) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                ({ } a, { } b) => a.CompareTo(b),
            };
            if (byStart != 0)
            {
                return byStart;
            }

            return (x.Latest, y.Latest) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                ({ } a, { } b) => a.CompareTo(b),
            };
        }
    }
}

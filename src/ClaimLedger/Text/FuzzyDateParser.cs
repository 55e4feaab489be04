using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace ClaimLedger.Text;

/// <summary>
/// Reads the date wordings of reports. It peels off, in order, the zone, the time of day and the part
/// of the day, then reads what is left as one of the date forms. A failure's error is a reason without the
/// text; <see cref="FuzzyDate.TryParse(string, int?, out FuzzyDate, out string)"/> wraps it in a message that quotes it.
/// </summary>
internal static partial class FuzzyDateParser
{
    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Day = @"(?<d>[0-9]{1,2})(?:st|nd|rd|th)?";

    private const string Year = @"(?<y>[0-9]{4})";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// The longest text read as a date, once runs of white space are one space. The longest form with a time and an IANA zone is under 120 characters; a
    /// bound keeps the regular expressions, some of which backtrack, linear in what a hostile text can make them do.
    /// </summary>
    internal const int MaxLength = 256;

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    internal static ParseResult<FuzzyDate> Parse(string text, int? defaultYear)
    {
        // Regular expressions here match only the digits 0-9; other digits ("２０２２") are named, not misread.
        foreach (char c in text)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                return Fail(() => FuzzyDateErrors.NonAsciiDigit(c));
            }
        }

        string s = Normalise(text);
        if (s.Length == 0)
        {
            return Fail(() => FuzzyDateErrors.Empty);
        }

        if (s.Length > MaxLength)
        {
            int length = s.Length;
            return Fail(() => FuzzyDateErrors.TooLong(length));
        }

        ParseResult<Taken<string?>> zone = TakeZone(s);
        if (!zone.Success)
        {
            return zone.ConvertError<FuzzyDate>();
        }

        ParseResult<Taken<Times>> times = TakeTime(zone.Value.Rest);
        if (!times.Success)
        {
            return times.ConvertError<FuzzyDate>();
        }

        ParseResult<Taken<string?>> part = TakePartOfDay(times.Value.Rest);
        if (!part.Success)
        {
            return part.ConvertError<FuzzyDate>();
        }

        s = part.Value.Rest;
        string? zoneId = zone.Value.Piece;
        (LocalTime? time, LocalTime? rangeEnd, bool approximate) = times.Value.Piece;
        string? partOfDay = part.Value.Piece;

        // "25/26 February 2019" is the night between the two days.
        Match slash = SlashNight().Match(s);
        if (slash.Success)
        {
            s = s[..slash.Index] + slash.Groups["d1"].Value + "-" + slash.Groups["d2"].Value + s[(slash.Index + slash.Length)..];
            partOfDay ??= "night";
        }

        if (zoneId is not null && time is null)
        {
            return Fail(() => FuzzyDateErrors.ZoneWithoutTime(zoneId));
        }

        ParseResult<FuzzyDate> interval = ParseInterval(Tidy(s), defaultYear);
        if (!interval.Success)
        {
            return interval;
        }

        FuzzyDate date = interval.Value;
        if (partOfDay is not null)
        {
            date = date.WithPartOfDay(partOfDay);
        }

        if (time is { } t && rangeEnd is { } end)
        {
            date = date.WithTimeRange(t, end, zoneId);
        }
        else if (time is { } t2)
        {
            date = date.WithTime(t2, approximate, zoneId);
        }

        return ParseResult<FuzzyDate>.ForValue(date);
    }

    private static ParseResult<FuzzyDate> Fail(Func<string> error) => ParseResult<FuzzyDate>.ForError(error);

    private static string Normalise(string text)
    {
        // Dashes of every width mean the same thing in reports; so do runs of any whitespace.
        string s = text.ToLowerInvariant()
            .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2012', '-').Replace('\u2212', '-').Replace('\u2010', '-');
        return Whitespace().Replace(s, " ").Trim();
    }

    private static string Tidy(string s)
    {
        s = Whitespace().Replace(s.Replace(',', ' '), " ").Trim();
        string previous;
        do
        {
            previous = s;
            s = TrailingPunctuation().Replace(s, string.Empty).Trim();
            s = LeadingFiller().Replace(s, string.Empty).Trim();
        }
        while (s != previous);
        return s;
    }

    private static ParseResult<Taken<string?>> TakeZone(string s)
    {
        s = TrailingPunctuation().Replace(s, string.Empty).TrimEnd();

        Match bracketed = BracketedZone().Match(s);
        if (bracketed.Success)
        {
            string id = bracketed.Groups["id"].Value.Trim();
            string? zoneId = FuzzyDateZones.IdForName(id) ?? FuzzyDateZones.CanonicalId(id);
            return zoneId is null
                ? ParseResult<Taken<string?>>.ForError(() => FuzzyDateErrors.UnknownZoneInText(id))
                : Took(s[..bracketed.Index], zoneId);
        }

        foreach ((string name, string id) in FuzzyDateZones.NamesLongestFirst)
        {
            string lower = name.ToLowerInvariant();
            if (s.EndsWith(" " + lower, StringComparison.Ordinal) || s.EndsWith("," + lower, StringComparison.Ordinal))
            {
                return Took(s[..^lower.Length], id);
            }
        }

        int lastSpace = s.LastIndexOf(' ');
        string lastWord = s[(lastSpace + 1)..];
        if (lastSpace >= 0 && lastWord.Contains('/', StringComparison.Ordinal) && FuzzyDateZones.CanonicalId(lastWord) is { } bare)
        {
            return Took(s[..lastSpace], bare);
        }

        return Took(s, null);

        static ParseResult<Taken<string?>> Took(string rest, string? zoneId) => ParseResult<Taken<string?>>.ForValue(new(rest, zoneId));
    }

    private static ParseResult<Taken<Times>> TakeTime(string s)
    {
        MatchCollection matches = TimeOfDay().Matches(s);
        if (matches.Count == 0)
        {
            return Took(s, default);
        }

        Match range = TimeRange().Match(s);
        if (range.Success && matches.Count == 2)
        {
            string from = range.Groups["t1"].Value, to = range.Groups["t2"].Value;
            if (!FuzzyDate.TryParseTime(from, out LocalTime first) || !FuzzyDate.TryParseTime(to, out LocalTime second))
            {
                return Failed(() => FuzzyDateErrors.BadTime(from + "-" + to));
            }

            if (first == second)
            {
                return Failed(() => FuzzyDateErrors.EmptyTimeRange(first));
            }

            return Took(s[..range.Index] + " " + s[(range.Index + range.Length)..], new Times(first, second, false));
        }

        if (matches.Count > 1)
        {
            return Failed(() => FuzzyDateErrors.TwoTimes);
        }

        Match match = matches[0];
        string written = match.Groups["t"].Value;
        if (!FuzzyDate.TryParseTime(written, out LocalTime parsed))
        {
            return Failed(() => FuzzyDateErrors.BadTime(written));
        }

        return Took(s[..match.Index] + " " + s[(match.Index + match.Length)..], new Times(parsed, null, match.Groups["approx"].Success));

        static ParseResult<Taken<Times>> Took(string rest, Times times) => ParseResult<Taken<Times>>.ForValue(new(rest, times));

        static ParseResult<Taken<Times>> Failed(Func<string> error) => ParseResult<Taken<Times>>.ForError(error);
    }

    private static ParseResult<Taken<string?>> TakePartOfDay(string s)
    {
        MatchCollection matches = PartOfDayWords().Matches(s);
        if (matches.Count == 0)
        {
            return ParseResult<Taken<string?>>.ForValue(new(s, null));
        }

        if (matches.Count > 1)
        {
            return ParseResult<Taken<string?>>.ForError(() => FuzzyDateErrors.TwoPartsOfDay);
        }

        Match match = matches[0];
        string partOfDay = match.Groups["p"].Value switch
        {
            "overnight" => "night",
            "early hours" => "early hours",
            var p => p,
        };
        return ParseResult<Taken<string?>>.ForValue(new(s[..match.Index] + " " + s[(match.Index + match.Length)..], partOfDay));
    }

    private static ParseResult<FuzzyDate> ParseInterval(string s, int? defaultYear)
    {
        if (s.Length == 0)
        {
            return Fail(() => FuzzyDateErrors.Unrecognised);
        }

        Match open = OpenEnded().Match(s);
        if (open.Success)
        {
            return ParseOpenEnded(open.Groups["kind"].Value, open.Groups["rest"].Value, defaultYear);
        }

        Match circa = Circa().Match(s);
        if (circa.Success)
        {
            ParseResult<LocalDate>? around = ParseDay(circa.Groups["rest"].Value, defaultYear);
            if (around is null)
            {
                return Fail(() => FuzzyDateErrors.Unrecognised);
            }

            if (!around.Success)
            {
                return around.ConvertError<FuzzyDate>();
            }

            // Only the edges of the calendar (year 1, year 9999) leave no room for three days either side. The reason
            // has always been the guard's whole exception message, parameter name and value included; it is kept as it was.
            LocalDate centre = around.Value;
            return FuzzyDate.IsAroundInRange(centre)
                ? ParseResult<FuzzyDate>.ForValue(FuzzyDate.Around(centre))
                : Fail(() => FuzzyDate.AroundOutOfRange(centre).Message);
        }

        Match part = PartOfMonth().Match(s);
        if (part.Success)
        {
            ParseResult<YearMonth> month = ParseYearMonth(part, defaultYear);
            if (!month.Success)
            {
                return month.ConvertError<FuzzyDate>();
            }

            return ParseResult<FuzzyDate>.ForValue(part.Groups["q"].Value switch
            {
                "early" => FuzzyDate.EarlyIn(month.Value),
                "mid" or "middle" => FuzzyDate.MidIn(month.Value),
                _ => FuzzyDate.LateIn(month.Value),
            });
        }

        ParseResult<LocalDate>? single = ParseDay(s, defaultYear);
        if (single is not null)
        {
            // A day read has a year in range (checked, or the caller's checked default), so OnDay accepts it.
            return single.Success ? ParseResult<FuzzyDate>.ForValue(FuzzyDate.OnDay(single.Value)) : single.ConvertError<FuzzyDate>();
        }

        Match iso = IsoMonth().Match(s);
        if (iso.Success)
        {
            int isoYear = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            int isoMonth = int.Parse(iso.Groups["mo"].Value, CultureInfo.InvariantCulture);
            if (isoMonth is < 1 or > 12 || isoYear < 1)
            {
                return Fail(() => FuzzyDateErrors.Unrecognised);
            }

            return ParseResult<FuzzyDate>.ForValue(FuzzyDate.InMonth(new YearMonth(isoYear, isoMonth)));
        }

        Match monthOnly = MonthAndYear().Match(s);
        if (monthOnly.Success)
        {
            ParseResult<YearMonth> month = ParseYearMonth(monthOnly, defaultYear);
            return month.Success ? ParseResult<FuzzyDate>.ForValue(FuzzyDate.InMonth(month.Value)) : month.ConvertError<FuzzyDate>();
        }

        Match yearOnly = YearAlone().Match(s);
        if (yearOnly.Success)
        {
            ParseResult<int> year = ParseYear(yearOnly.Groups["y"].Value);
            return year.Success ? ParseResult<FuzzyDate>.ForValue(FuzzyDate.InYear(year.Value)) : year.ConvertError<FuzzyDate>();
        }

        Match range = DayRange().Match(s);
        if (range.Success && ParseRange(range.Groups["l"].Value, range.Groups["r"].Value, defaultYear) is { } between)
        {
            return between;
        }

        return Fail(() => FuzzyDateErrors.Unrecognised);
    }

    private static ParseResult<FuzzyDate> ParseOpenEnded(string kind, string rest, int? defaultYear)
    {
        bool since = kind == "since";

        // "since March 2022" starts on 1 March; "by 2020" ends on 31 December.
        ParseResult<LocalDate>? day = ParseDay(rest, defaultYear);
        if (day is not null)
        {
            return day.Success
                ? ParseResult<FuzzyDate>.ForValue(since ? FuzzyDate.Since(day.Value) : FuzzyDate.By(day.Value))
                : day.ConvertError<FuzzyDate>();
        }

        FuzzyDate? span = null;
        Match month = MonthAndYear().Match(rest);
        if (month.Success)
        {
            ParseResult<YearMonth> yearMonth = ParseYearMonth(month, defaultYear);
            if (!yearMonth.Success)
            {
                return yearMonth.ConvertError<FuzzyDate>();
            }

            span = FuzzyDate.InMonth(yearMonth.Value);
        }
        else if (YearAlone().Match(rest) is { Success: true } yearMatch)
        {
            ParseResult<int> year = ParseYear(yearMatch.Groups["y"].Value);
            if (!year.Success)
            {
                return year.ConvertError<FuzzyDate>();
            }

            span = FuzzyDate.InYear(year.Value);
        }

        if (span is null)
        {
            return Fail(() => FuzzyDateErrors.Unrecognised);
        }

        return ParseResult<FuzzyDate>.ForValue(since ? FuzzyDate.Since(span.Earliest!.Value) : FuzzyDate.By(span.Latest!.Value));
    }

    /// <summary>
    /// Reads one day. Returns null when the text is not a day at all, and a failure when it is a day that
    /// cannot exist or lacks a year.
    /// </summary>
    private static ParseResult<LocalDate>? ParseDay(string s, int? defaultYear)
    {
        Match match = IsoDay().Match(s);
        if (match.Success)
        {
            int isoMonth = int.Parse(match.Groups["mo"].Value, CultureInfo.InvariantCulture);
            if (isoMonth is < 1 or > 12)
            {
                return null;
            }

            return MakeDay(match.Groups["y"].Value, isoMonth, match.Groups["d"].Value, defaultYear, s);
        }

        match = DayMonthYear().Match(s);
        if (!match.Success)
        {
            match = MonthDayYear().Match(s);
        }

        if (!match.Success)
        {
            return null;
        }

        return MakeDay(match.Groups["y"].Value, MonthNumber(match.Groups["mon"].Value), match.Groups["d"].Value, defaultYear, s);
    }

    private static ParseResult<LocalDate> MakeDay(string yearText, int month, string dayText, int? defaultYear, string original)
    {
        int dayOfMonth = int.Parse(dayText, CultureInfo.InvariantCulture);
        int year;
        if (yearText.Length == 0)
        {
            if (defaultYear is null)
            {
                // A day no month ever has is the clearer complaint, so it comes before the missing year.
                return dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(2000, month)
                    ? ParseResult<LocalDate>.ForError(() => FuzzyDateErrors.NoSuchDayInAnyYear(month, dayOfMonth))
                    : ParseResult<LocalDate>.ForError(() => FuzzyDateErrors.GivesNoYear(original));
            }

            year = defaultYear.Value;
        }
        else
        {
            ParseResult<int> written = ParseYear(yearText);
            if (!written.Success)
            {
                return written.ConvertError<LocalDate>();
            }

            year = written.Value;
        }

        if (dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return ParseResult<LocalDate>.ForError(() => FuzzyDateErrors.NoSuchDay(year, month, dayOfMonth));
        }

        return ParseResult<LocalDate>.ForValue(new LocalDate(year, month, dayOfMonth));
    }

    /// <summary>
    /// Reads a range of whole months ("May-June 2020", "December 2019 to February 2020"): from the first day of the
    /// first month to the last day of the last. Null when the ends are not months.
    /// </summary>
    private static ParseResult<FuzzyDate>? ParseMonthRange(string left, string right, int? defaultYear)
    {
        Match l = MonthRangeEnd().Match(left);
        Match r = MonthRangeEnd().Match(right);
        if (!l.Success || !r.Success)
        {
            return null;
        }

        int leftMonth = MonthNumber(l.Groups["mon"].Value), rightMonth = MonthNumber(r.Groups["mon"].Value);
        string rightYear = r.Groups["y"].Success ? r.Groups["y"].Value : l.Groups["y"].Value;
        bool leftYearBorrowed = !l.Groups["y"].Success;
        string whole = left + " - " + right;
        ParseResult<LocalDate> lastMonth = MakeDay(rightYear, rightMonth, "1", defaultYear, whole);
        if (!lastMonth.Success)
        {
            return lastMonth.ConvertError<FuzzyDate>();
        }

        // "December - February 2020" starts in the year before the one it names.
        int leftYear = leftYearBorrowed ? lastMonth.Value.Year - (leftMonth > rightMonth ? 1 : 0) : int.Parse(l.Groups["y"].Value, CultureInfo.InvariantCulture);
        ParseResult<LocalDate> firstMonth = MakeDay(leftYear.ToString(CultureInfo.InvariantCulture), leftMonth, "1", defaultYear, whole);
        if (!firstMonth.Success)
        {
            return firstMonth.ConvertError<FuzzyDate>();
        }

        LocalDate first = firstMonth.Value, last = lastMonth.Value.PlusMonths(1).PlusDays(-1);
        return first > last
            ? Fail(() => FuzzyDateErrors.RangeBackwards(first, last))
            : ParseResult<FuzzyDate>.ForValue(FuzzyDate.Between(first, last));
    }

    /// <summary>Reads a range of days; returns null when the two ends are not days of a range at all.</summary>
    private static ParseResult<FuzzyDate>? ParseRange(string left, string right, int? defaultYear)
    {
        if (ParseMonthRange(left, right, defaultYear) is { } months)
        {
            return months;
        }

        Match l = RangeEnd().Match(left);
        Match r = RangeEnd().Match(right);
        if (!l.Success || !r.Success || !l.Groups["d"].Success || !r.Groups["d"].Success)
        {
            return null;
        }

        string? rightMonthText = r.Groups["mon"].Success ? r.Groups["mon"].Value : l.Groups["mon"].Success ? l.Groups["mon"].Value : null;
        if (rightMonthText is null)
        {
            return null;
        }

        int rightMonth = MonthNumber(rightMonthText);
        int leftMonth = l.Groups["mon"].Success ? MonthNumber(l.Groups["mon"].Value) : rightMonth;
        string rightYear = r.Groups["y"].Success ? r.Groups["y"].Value : l.Groups["y"].Value;
        bool leftYearBorrowed = !l.Groups["y"].Success;
        string leftYear = leftYearBorrowed ? rightYear : l.Groups["y"].Value;
        string whole = left + " - " + right;

        // The right end is checked first, so its complaint is the one given when both ends are wrong.
        ParseResult<LocalDate> lastDay = MakeDay(rightYear, rightMonth, r.Groups["d"].Value, defaultYear, whole);
        if (!lastDay.Success)
        {
            return lastDay.ConvertError<FuzzyDate>();
        }

        ParseResult<LocalDate> firstDay = MakeDay(leftYear, leftMonth, l.Groups["d"].Value, defaultYear, whole);
        if (!firstDay.Success)
        {
            return firstDay.ConvertError<FuzzyDate>();
        }

        LocalDate first = firstDay.Value, last = lastDay.Value;
        if (first > last && leftYearBorrowed && leftMonth > rightMonth)
        {
            // "28 December – 2 January 2021" starts in the year before the one it names.
            ParseResult<LocalDate> earlier = MakeDay(string.Empty, leftMonth, l.Groups["d"].Value, last.Year - 1, whole);
            if (earlier.Success && last.Year > FuzzyDate.MinYear)
            {
                first = earlier.Value;
            }
        }

        if (first > last)
        {
            return Fail(() => FuzzyDateErrors.RangeBackwards(first, last));
        }

        return ParseResult<FuzzyDate>.ForValue(FuzzyDate.Between(first, last));
    }

    private static ParseResult<YearMonth> ParseYearMonth(Match match, int? defaultYear)
    {
        int year;
        if (!match.Groups["y"].Success)
        {
            if (defaultYear is null)
            {
                string written = match.Value;
                return ParseResult<YearMonth>.ForError(() => FuzzyDateErrors.GivesNoYear(written));
            }

            year = defaultYear.Value;
        }
        else
        {
            ParseResult<int> written = ParseYear(match.Groups["y"].Value);
            if (!written.Success)
            {
                return written.ConvertError<YearMonth>();
            }

            year = written.Value;
        }

        return ParseResult<YearMonth>.ForValue(new YearMonth(year, MonthNumber(match.Groups["mon"].Value)));
    }

    private static ParseResult<int> ParseYear(string text)
    {
        int year = int.Parse(text, CultureInfo.InvariantCulture);
        return year is < FuzzyDate.MinYear or > FuzzyDate.MaxYear
            ? ParseResult<int>.ForError(() => FuzzyDateErrors.YearOutOfRange(year))
            : ParseResult<int>.ForValue(year);
    }

    private static int MonthNumber(string name) =>
        Array.IndexOf(MonthPrefixes, name[..3]) + 1;

    /// <summary>What a step took out of the text, and the text left for the next step.</summary>
    private readonly record struct Taken<T>(string Rest, T Piece);

    /// <summary>A time of day, the end of a range of times, and whether the time was hedged ("at around 07:00").</summary>
    private readonly record struct Times(LocalTime? Time, LocalTime? RangeEnd, bool Approximate);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\s.,;:!?]+$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"^(?:(?:on|in|the|at|of|during)\b\s*)+", Options)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\s*\((?<id>[a-z0-9_+\-/ ]+)\)$", Options)]
    private static partial Regex BracketedZone();

    [GeneratedRegex(@"(?:\bat\s+)?(?:(?<approx>around|about|approximately|approx\.|circa|c\.|~)\s*)?(?<![0-9])(?<t>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?)(?:\s*(?:hours|hrs|h)\b)?", Options)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"(?:\b(?:in|on|during|at)\s+)?(?:\bthe\s+)?\b(?<p>early hours|morning|afternoon|evening|night|dawn|overnight)\b(?:\s+(?:of|on)\b)?", Options)]
    private static partial Regex PartOfDayWords();

    [GeneratedRegex(@"(?<![0-9:])(?:from\s+)?(?<t1>[0-9]{1,2}:[0-9]{2})\s*(?:-|to|until|till)\s*(?<t2>[0-9]{1,2}:[0-9]{2})(?:\s*(?:hours|hrs|h)\b)?", Options)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})$", Options)]
    private static partial Regex IsoMonth();

    // "25/26 february 2019": the night between two days, as reports write it.
    [GeneratedRegex(@"\b(?<d1>[0-9]{1,2})\s*/\s*(?<d2>[0-9]{1,2})(?=\s+[a-z])", Options)]
    private static partial Regex SlashNight();

    [GeneratedRegex(@"^(?<kind>since|by)\s+(?<rest>.+)$", Options)]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"^(?:around|about|approximately|approx\.?|circa|ca\.|c\.|~)\s*(?<rest>.+)$", Options)]
    private static partial Regex Circa();

    [GeneratedRegex(@"^(?<q>early|mid|middle|late)(?:\s*-\s*|\s+)(?:of\s+)?" + Month + @"(?:\s+" + Year + ")?$", Options)]
    private static partial Regex PartOfMonth();

    [GeneratedRegex(@"^" + Year + @"-(?<mo>[0-9]{2})-(?<d>[0-9]{2})$", Options)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^" + Day + @"\s+(?:of\s+)?" + Month + @"(?:\s+" + Year + ")?$", Options)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^" + Month + @"\s+" + Day + @"(?:\s+" + Year + ")?$", Options)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^" + Month + @"(?:\s+" + Year + ")?$", Options)]
    private static partial Regex MonthAndYear();

    [GeneratedRegex(@"^" + Year + "$", Options)]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"^(?:between\s+|from\s+)?(?<l>.+?)(?:\s*-\s*|\s+and\s+|\s+to\s+|\s+until\s+|\s+till\s+|\s+through\s+)(?<r>.+)$", Options)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"^(?:" + Day + @"(?:\s+(?:of\s+)?" + Month + @")?|" + Month + @"\s+" + Day + @")(?:\s+" + Year + ")?$", Options)]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"^" + Month + @"(?:\s+" + Year + ")?$", Options)]
    private static partial Regex MonthRangeEnd();
}

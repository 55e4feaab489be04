using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace ClaimLedger.Text;

/// <summary>
/// Reads the date wordings of reports. It peels off, in order, the zone, the time of day and the part
/// of the day, then reads what is left as one of the date forms. Errors are reasons without the text;
/// <see cref="FuzzyDate.TryParse"/> wraps them in a message that quotes it.
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

    internal static bool TryParse(string text, int? defaultYear, [NotNullWhen(true)] out FuzzyDate? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        // Regular expressions here match only the digits 0-9; other digits ("２０２２") are named, not misread.
        foreach (char c in text)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                error = FuzzyDateErrors.NonAsciiDigit(c);
                return false;
            }
        }

        string s = Normalise(text);
        if (s.Length == 0)
        {
            error = FuzzyDateErrors.Empty;
            return false;
        }

        if (s.Length > MaxLength)
        {
            error = FuzzyDateErrors.TooLong(s.Length);
            return false;
        }

        if (!TryTakeZone(ref s, out string? zoneId, out error)
            || !TryTakeTime(ref s, out LocalTime? time, out LocalTime? rangeEnd, out bool approximate, out error)
            || !TryTakePartOfDay(ref s, out string? partOfDay, out error))
        {
            return false;
        }

        // "25/26 February 2019" is the night between the two days.
        Match slash = SlashNight().Match(s);
        if (slash.Success)
        {
            s = s[..slash.Index] + slash.Groups["d1"].Value + "-" + slash.Groups["d2"].Value + s[(slash.Index + slash.Length)..];
            partOfDay ??= "night";
        }

        if (zoneId is not null && time is null)
        {
            error = FuzzyDateErrors.ZoneWithoutTime(zoneId);
            return false;
        }

        s = Tidy(s);
        if (!TryParseInterval(s, defaultYear, out FuzzyDate? date, out error))
        {
            return false;
        }

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

        result = date;
        return true;
    }

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

    private static bool TryTakeZone(ref string s, out string? zoneId, [NotNullWhen(false)] out string? error)
    {
        zoneId = null;
        error = null;
        s = TrailingPunctuation().Replace(s, string.Empty).TrimEnd();

        Match bracketed = BracketedZone().Match(s);
        if (bracketed.Success)
        {
            string id = bracketed.Groups["id"].Value.Trim();
            zoneId = FuzzyDateZones.IdForName(id) ?? FuzzyDateZones.CanonicalId(id);
            if (zoneId is null)
            {
                error = FuzzyDateErrors.UnknownZoneInText(id);
                return false;
            }

            s = s[..bracketed.Index];
            return true;
        }

        foreach ((string name, string id) in FuzzyDateZones.NamesLongestFirst)
        {
            string lower = name.ToLowerInvariant();
            if (s.EndsWith(" " + lower, StringComparison.Ordinal) || s.EndsWith("," + lower, StringComparison.Ordinal))
            {
                zoneId = id;
                s = s[..^lower.Length];
                return true;
            }
        }

        int lastSpace = s.LastIndexOf(' ');
        string lastWord = s[(lastSpace + 1)..];
        if (lastSpace >= 0 && lastWord.Contains('/', StringComparison.Ordinal) && FuzzyDateZones.CanonicalId(lastWord) is { } bare)
        {
            zoneId = bare;
            s = s[..lastSpace];
        }

        return true;
    }

    private static bool TryTakeTime(ref string s, out LocalTime? time, out LocalTime? rangeEnd, out bool approximate, [NotNullWhen(false)] out string? error)
    {
        time = null;
        rangeEnd = null;
        approximate = false;
        error = null;
        MatchCollection matches = TimeOfDay().Matches(s);
        if (matches.Count == 0)
        {
            return true;
        }

        Match range = TimeRange().Match(s);
        if (range.Success && matches.Count == 2)
        {
            string from = range.Groups["t1"].Value, to = range.Groups["t2"].Value;
            if (!FuzzyDate.TryParseTime(from, out LocalTime first) || !FuzzyDate.TryParseTime(to, out LocalTime second))
            {
                error = FuzzyDateErrors.BadTime(from + "-" + to);
                return false;
            }

            if (first == second)
            {
                error = FuzzyDateErrors.EmptyTimeRange(first);
                return false;
            }

            time = first;
            rangeEnd = second;
            s = s[..range.Index] + " " + s[(range.Index + range.Length)..];
            return true;
        }

        if (matches.Count > 1)
        {
            error = FuzzyDateErrors.TwoTimes;
            return false;
        }

        Match match = matches[0];
        string written = match.Groups["t"].Value;
        if (!FuzzyDate.TryParseTime(written, out LocalTime parsed))
        {
            error = FuzzyDateErrors.BadTime(written);
            return false;
        }

        time = parsed;
        approximate = match.Groups["approx"].Success;
        s = s[..match.Index] + " " + s[(match.Index + match.Length)..];
        return true;
    }

    private static bool TryTakePartOfDay(ref string s, out string? partOfDay, [NotNullWhen(false)] out string? error)
    {
        partOfDay = null;
        error = null;
        MatchCollection matches = PartOfDayWords().Matches(s);
        if (matches.Count == 0)
        {
            return true;
        }

        if (matches.Count > 1)
        {
            error = FuzzyDateErrors.TwoPartsOfDay;
            return false;
        }

        Match match = matches[0];
        partOfDay = match.Groups["p"].Value switch
        {
            "overnight" => "night",
            "early hours" => "early hours",
            var p => p,
        };
        s = s[..match.Index] + " " + s[(match.Index + match.Length)..];
        return true;
    }

    private static bool TryParseInterval(string s, int? defaultYear, [NotNullWhen(true)] out FuzzyDate? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        error = null;
        if (s.Length == 0)
        {
            error = FuzzyDateErrors.Unrecognised;
            return false;
        }

        Match open = OpenEnded().Match(s);
        if (open.Success)
        {
            return TryParseOpenEnded(open.Groups["kind"].Value, open.Groups["rest"].Value, defaultYear, out result, out error);
        }

        Match circa = Circa().Match(s);
        if (circa.Success)
        {
            string rest = circa.Groups["rest"].Value;
            if (TryParseDay(rest, defaultYear, out LocalDate day, ref error))
            {
                return Finish(error, () => FuzzyDate.Around(day), out result, ref error);
            }

            error ??= FuzzyDateErrors.Unrecognised;
            return false;
        }

        Match part = PartOfMonth().Match(s);
        if (part.Success)
        {
            if (!TryYearMonth(part, defaultYear, out YearMonth month, out error))
            {
                return false;
            }

            result = part.Groups["q"].Value switch
            {
                "early" => FuzzyDate.EarlyIn(month),
                "mid" or "middle" => FuzzyDate.MidIn(month),
                _ => FuzzyDate.LateIn(month),
            };
            return true;
        }

        if (TryParseDay(s, defaultYear, out LocalDate single, ref error))
        {
            return Finish(error, () => FuzzyDate.OnDay(single), out result, ref error);
        }

        if (error is not null)
        {
            return false;
        }

        Match iso = IsoMonth().Match(s);
        if (iso.Success)
        {
            int isoYear = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            int isoMonth = int.Parse(iso.Groups["mo"].Value, CultureInfo.InvariantCulture);
            if (isoMonth is < 1 or > 12 || isoYear < 1)
            {
                error = FuzzyDateErrors.Unrecognised;
                return false;
            }

            result = FuzzyDate.InMonth(new YearMonth(isoYear, isoMonth));
            return true;
        }

        Match monthOnly = MonthAndYear().Match(s);
        if (monthOnly.Success)
        {
            if (!TryYearMonth(monthOnly, defaultYear, out YearMonth month, out error))
            {
                return false;
            }

            result = FuzzyDate.InMonth(month);
            return true;
        }

        Match yearOnly = YearAlone().Match(s);
        if (yearOnly.Success)
        {
            if (!TryYear(yearOnly.Groups["y"].Value, out int year, out error))
            {
                return false;
            }

            result = FuzzyDate.InYear(year);
            return true;
        }

        Match range = DayRange().Match(s);
        if (range.Success && TryParseRange(range.Groups["l"].Value, range.Groups["r"].Value, defaultYear, out result, ref error))
        {
            return true;
        }

        error ??= FuzzyDateErrors.Unrecognised;
        return false;
    }

    private static bool Finish(string? pendingError, Func<FuzzyDate> make, [NotNullWhen(true)] out FuzzyDate? result, [NotNullWhen(false)] ref string? error)
    {
        if (pendingError is not null)
        {
            result = null;
            error = pendingError;
            return false;
        }

        try
        {
            result = make();
            return true;
        }
        catch (ArgumentException ex)
        {
            // Only the edges of the calendar (year 1, year 9999) reach here.
            result = null;
            error = ex.Message;
            return false;
        }
    }

    private static bool TryParseOpenEnded(string kind, string rest, int? defaultYear, [NotNullWhen(true)] out FuzzyDate? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        error = null;
        bool since = kind == "since";

        // "since March 2022" starts on 1 March; "by 2020" ends on 31 December.
        if (TryParseDay(rest, defaultYear, out LocalDate day, ref error))
        {
            if (error is not null)
            {
                return false;
            }

            result = since ? FuzzyDate.Since(day) : FuzzyDate.By(day);
            return true;
        }

        if (error is not null)
        {
            return false;
        }

        FuzzyDate? span = null;
        Match month = MonthAndYear().Match(rest);
        if (month.Success)
        {
            if (!TryYearMonth(month, defaultYear, out YearMonth yearMonth, out error))
            {
                return false;
            }

            span = FuzzyDate.InMonth(yearMonth);
        }
        else if (YearAlone().Match(rest) is { Success: true } year)
        {
            if (!TryYear(year.Groups["y"].Value, out int y, out error))
            {
                return false;
            }

            span = FuzzyDate.InYear(y);
        }

        if (span is null)
        {
            error = FuzzyDateErrors.Unrecognised;
            return false;
        }

        result = since ? FuzzyDate.Since(span.Earliest!.Value) : FuzzyDate.By(span.Latest!.Value);
        return true;
    }

    /// <summary>
    /// Reads one day. Returns false with a null error when the text is not a day at all; returns true
    /// with an error when it is a day that cannot exist or lacks a year.
    /// </summary>
    private static bool TryParseDay(string s, int? defaultYear, out LocalDate day, ref string? error)
    {
        day = default;
        Match match = IsoDay().Match(s);
        if (match.Success)
        {
            int isoMonth = int.Parse(match.Groups["mo"].Value, CultureInfo.InvariantCulture);
            if (isoMonth is < 1 or > 12)
            {
                return false;
            }

            error = MakeDay(match.Groups["y"].Value, isoMonth, match.Groups["d"].Value, defaultYear, s, out day);
            return true;
        }

        match = DayMonthYear().Match(s);
        if (!match.Success)
        {
            match = MonthDayYear().Match(s);
        }

        if (!match.Success)
        {
            return false;
        }

        error = MakeDay(match.Groups["y"].Value, MonthNumber(match.Groups["mon"].Value), match.Groups["d"].Value, defaultYear, s, out day);
        return true;
    }

    private static string? MakeDay(string yearText, int month, string dayText, int? defaultYear, string original, out LocalDate day)
    {
        day = default;
        int dayOfMonth = int.Parse(dayText, CultureInfo.InvariantCulture);
        int year;
        if (yearText.Length == 0)
        {
            if (defaultYear is null)
            {
                // A day no month ever has is the clearer complaint, so it comes before the missing year.
                return dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(2000, month)
                    ? FuzzyDateErrors.NoSuchDayInAnyYear(month, dayOfMonth)
                    : FuzzyDateErrors.GivesNoYear(original);
            }

            year = defaultYear.Value;
        }
        else if (!TryYear(yearText, out year, out string? yearError))
        {
            return yearError;
        }

        if (dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return FuzzyDateErrors.NoSuchDay(year, month, dayOfMonth);
        }

        day = new LocalDate(year, month, dayOfMonth);
        return null;
    }

    private static bool TryParseRange(string left, string right, int? defaultYear, [NotNullWhen(true)] out FuzzyDate? result, ref string? error)
    {
        result = null;
        Match l = RangeEnd().Match(left);
        Match r = RangeEnd().Match(right);
        if (!l.Success || !r.Success || !l.Groups["d"].Success || !r.Groups["d"].Success)
        {
            return false;
        }

        string? rightMonthText = r.Groups["mon"].Success ? r.Groups["mon"].Value : l.Groups["mon"].Success ? l.Groups["mon"].Value : null;
        if (rightMonthText is null)
        {
            return false;
        }

        int rightMonth = MonthNumber(rightMonthText);
        int leftMonth = l.Groups["mon"].Success ? MonthNumber(l.Groups["mon"].Value) : rightMonth;
        string rightYear = r.Groups["y"].Success ? r.Groups["y"].Value : l.Groups["y"].Value;
        bool leftYearBorrowed = !l.Groups["y"].Success;
        string leftYear = leftYearBorrowed ? rightYear : l.Groups["y"].Value;
        string whole = left + " - " + right;

        error = MakeDay(rightYear, rightMonth, r.Groups["d"].Value, defaultYear, whole, out LocalDate last)
            ?? MakeDay(leftYear, leftMonth, l.Groups["d"].Value, defaultYear, whole, out _);
        if (error is not null)
        {
            return false;
        }

        _ = MakeDay(leftYear, leftMonth, l.Groups["d"].Value, defaultYear, whole, out LocalDate first);
        if (first > last && leftYearBorrowed && leftMonth > rightMonth)
        {
            // "28 December – 2 January 2021" starts in the year before the one it names.
            string? earlier = MakeDay(string.Empty, leftMonth, l.Groups["d"].Value, last.Year - 1, whole, out LocalDate previousYear);
            if (earlier is null && last.Year > FuzzyDate.MinYear)
            {
                first = previousYear;
            }
        }

        if (first > last)
        {
            error = FuzzyDateErrors.RangeBackwards(first, last);
            return false;
        }

        result = FuzzyDate.Between(first, last);
        return true;
    }

    private static bool TryYearMonth(Match match, int? defaultYear, out YearMonth month, [NotNullWhen(false)] out string? error)
    {
        month = default;
        error = null;
        int year;
        if (!match.Groups["y"].Success)
        {
            if (defaultYear is null)
            {
                error = FuzzyDateErrors.GivesNoYear(match.Value);
                return false;
            }

            year = defaultYear.Value;
        }
        else if (!TryYear(match.Groups["y"].Value, out year, out error))
        {
            return false;
        }

        month = new YearMonth(year, MonthNumber(match.Groups["mon"].Value));
        return true;
    }

    private static bool TryYear(string text, out int year, [NotNullWhen(false)] out string? error)
    {
        year = int.Parse(text, CultureInfo.InvariantCulture);
        if (year is < FuzzyDate.MinYear or > FuzzyDate.MaxYear)
        {
            error = FuzzyDateErrors.YearOutOfRange(year);
            return false;
        }

        error = null;
        return true;
    }

    private static int MonthNumber(string name) =>
        Array.IndexOf(MonthPrefixes, name[..3]) + 1;

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
}

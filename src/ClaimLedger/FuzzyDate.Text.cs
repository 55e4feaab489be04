using ClaimLedger.Internal;
using ClaimLedger.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ClaimLedger;

/// <content>Reading and writing a <see cref="FuzzyDate"/> as text.</content>
public sealed partial class FuzzyDate
{
    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern LongTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF");
    private static readonly LocalTimePattern ShortTimeInput = LocalTimePattern.CreateWithInvariantCulture("H:mm");
    private static readonly LocalTimePattern LongTimeInput = LocalTimePattern.CreateWithInvariantCulture("H:mm:ss.FFFFFFFFF");

    /// <summary>Reads a date as reports word it, such as "mid-December 2020" or "00:00, 10 November 2020 Moscow Time".</summary>
    /// <param name="text">The text, read ignoring case; leading "on", "in" or "the" and trailing punctuation are ignored.</param>
    /// <param name="defaultYear">The year to use when the text gives none ("11 November"), or <see langword="null"/> to require one.</param>
    /// <returns>The value the text describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultYear"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    /// <exception cref="FormatException">
    /// The text is not a date in a known form, names a day its month lacks ("30 February 2021"), gives no year
    /// and <paramref name="defaultYear"/> is <see langword="null"/>, or names an unknown zone. The message quotes the text and says what was expected.
    /// </exception>
    /// <remarks>
    /// <para>Forms read (month names in full or abbreviated, "Jan", "Sept"; en dash, em dash and hyphen alike):</para>
    /// <list type="bullet">
    /// <item><description>a day: "27 March 2022", "March 30, 2022", "27th of March 2022", "2022-03-27", "11 November";</description></item>
    /// <item><description>a day range: "between 24 and 25 March 2022", "24–25 March 2022", "between 30 March and 2 April 2022";</description></item>
    /// <item><description>a month or part of one: "March 2022", "December", "early January 2021", "mid-December 2020", "late April";</description></item>
    /// <item><description>a year: "2020";</description></item>
    /// <item><description>open and hedged: "since 5 March 2022", "by 22 November 2020", "around 15 October 2020" ("since" and "by" also take a month or year);</description></item>
    /// <item><description>a time, before or after the date: "00:00, 10 November 2020 Moscow Time", "13 November 2021 at around 07:00";</description></item>
    /// <item><description>a part of the day: "14 October 2021 evening", "in the evening on 14 October 2021".</description></item>
    /// </list>
    /// <para>Zones are "Moscow Time", "UTC", "GMT", "Baku Time", "Yerevan Time", "Istanbul Time", "Turkey Time", or any IANA id, bare or in parentheses.</para>
    /// <para>
    /// Numbers are written with the digits 0 to 9; other digits ("２０２２", "١٢") are refused with a message that
    /// names them. A text longer than 256 characters (a run of white space counted as one) is refused.
    /// </para>
    /// <para><c>Parse(x.ToString())</c> equals <c>x</c> for every value.</para>
    /// </remarks>
    public static FuzzyDate Parse(string text, int? defaultYear = null)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, defaultYear, out FuzzyDate? result, out string? error)
            ? result
            : throw new FormatException(error);
    }

    /// <summary>Tries to read a date as reports word it; see <see cref="Parse"/> for the forms read.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="defaultYear">The year to use when the text gives none, or <see langword="null"/> to require one.</param>
    /// <param name="result">The value read, or <see langword="null"/> on failure.</param>
    /// <param name="error">Why the text could not be read, quoting it, or <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    /// <remarks>It never throws for any text, only for a <paramref name="defaultYear"/> out of range.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultYear"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static bool TryParse(
        string? text,
        int? defaultYear,
        [NotNullWhen(true)] out FuzzyDate? result,
        [NotNullWhen(false)] out string? error)
    {
        if (defaultYear is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultYear), defaultYear, FuzzyDateErrors.ArgumentYearOutOfRange(defaultYear.Value));
        }

        if (text is null)
        {
            result = null;
            error = FuzzyDateErrors.CannotRead("(null)", FuzzyDateErrors.Empty);
            return false;
        }

        // NodaTime.Text has a ParseResult too; this is the library's own.
        Text.ParseResult<FuzzyDate> parsed = FuzzyDateParser.Parse(text, defaultYear);
        if (parsed.Success)
        {
            result = parsed.Value;
            error = null;
            return true;
        }

        result = null;
        error = FuzzyDateErrors.CannotRead(text, parsed.Error);
        return false;
    }

    /// <summary>Tries to read a date as reports word it, requiring a year; see <see cref="Parse"/> for the forms read.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The value read, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    /// <remarks>It never throws. For why a text could not be read, use the overload with an error.</remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out FuzzyDate? result) =>
        TryParse(text, defaultYear: null, out result, out _);

    /// <summary>Reads a date as reports word it, requiring a year, as <see cref="Parse"/> does; the format provider is not used.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: dates are read in English, whatever the culture.</param>
    /// <returns>The value the text describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a date in a known form; the message quotes it.</exception>
    static FuzzyDate IParsable<FuzzyDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to read a date as reports word it, requiring a year; the format provider is not used.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="provider">Ignored: dates are read in English, whatever the culture.</param>
    /// <param name="result">The value read, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    static bool IParsable<FuzzyDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out FuzzyDate result) =>
        TryParse(s, out result);

    /// <summary>Reads a date from characters, requiring a year, as <see cref="Parse"/> does; the format provider is not used.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: dates are read in English, whatever the culture.</param>
    /// <returns>The value the text describes.</returns>
    /// <exception cref="FormatException">The text is not a date in a known form; the message quotes it.</exception>
    static FuzzyDate ISpanParsable<FuzzyDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <summary>Tries to read a date from characters, requiring a year; the format provider is not used.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: dates are read in English, whatever the culture.</param>
    /// <param name="result">The value read, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    static bool ISpanParsable<FuzzyDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out FuzzyDate result) =>
        TryParse(s.ToString(), out result);

    /// <summary>Writes the value in the canonical form that <see cref="Parse"/> reads back to an equal value.</summary>
    /// <returns>
    /// Text such as "27 March 2022", "24–25 March 2022", "between 30 March 2022 and 2 April 2022", "March 2022",
    /// "early January 2021", "mid-December 2020", "late April 2021", "2020", "since 5 March 2022",
    /// "by 22 November 2020" or "around 15 October 2020", followed by any part of the day ("evening"),
    /// time ("00:00" or "at around 07:00") and zone ("Moscow Time", or an IANA id in parentheses such as "(Europe/Kyiv)").
    /// </returns>
    /// <remarks>Years are written with four digits ("0999") so that every year reads back unambiguously.</remarks>
    public override string ToString()
    {
        var text = new StringBuilder(FormatInterval());
        if (PartOfDay is not null)
        {
            text.Append(' ').Append(PartOfDay);
        }

        if (TimeOfDay is { } time)
        {
            text.Append(IsTimeApproximate ? " at around " : " ");
            text.Append(time.Second == 0 && time.NanosecondOfSecond == 0 ? ShortTime.Format(time) : LongTime.Format(time));
            if (TimeRangeEnd is { } end)
            {
                text.Append('\u2013').Append(end.Second == 0 && end.NanosecondOfSecond == 0 ? ShortTime.Format(end) : LongTime.Format(end));
            }

            if (ZoneId is not null)
            {
                text.Append(' ').Append(FuzzyDateZones.Describe(ZoneId));
            }
        }

        return text.ToString();
    }

    /// <summary>Formats a day as "27 March 2022".</summary>
    internal static string FormatDay(LocalDate date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {FormatMonth(date.Month, date.Year)}";

    /// <summary>Parses a time of day as written in reports: "7:00", "07:00", "07:00:30" or "07:00:30.5".</summary>
    internal static bool TryParseTime(string text, out LocalTime time)
    {
        NodaTime.Text.ParseResult<LocalTime> parsed = text.Count(c => c == ':') == 1
            ? ShortTimeInput.Parse(text)
            : LongTimeInput.Parse(text);
        time = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static string FormatMonth(int month, int year) =>
        $"{FuzzyDateErrors.MonthName(month)} {year.ToString("D4", CultureInfo.InvariantCulture)}";

    private string FormatInterval()
    {
        // The factories guarantee which ends are set for each precision.
        LocalDate first = Earliest.GetValueOrDefault();
        LocalDate last = Latest.GetValueOrDefault();
        return Precision switch
        {
            DatePrecision.Day => FormatDay(first),
            DatePrecision.DayRange when first.Year == last.Year && first.Month == last.Month =>
                $"{first.Day.ToString(CultureInfo.InvariantCulture)}\u2013{FormatDay(last)}",
            DatePrecision.DayRange => $"between {FormatDay(first)} and {FormatDay(last)}",
            DatePrecision.Month => FormatMonth(first.Month, first.Year),
            DatePrecision.EarlyMonth => "early " + FormatMonth(first.Month, first.Year),
            DatePrecision.MidMonth => "mid-" + FormatMonth(first.Month, first.Year),
            DatePrecision.LateMonth => "late " + FormatMonth(first.Month, first.Year),
            DatePrecision.Year => first.Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Since => "since " + FormatDay(first),
            DatePrecision.By => "by " + FormatDay(last),
            DatePrecision.Circa => "around " + FormatDay(first.PlusDays(CircaDays)),
            _ => throw new InvalidOperationException("Unknown precision " + Precision),
        };
    }
}

using System.Globalization;
using ClaimLedger.Internal;
using NodaTime;

namespace ClaimLedger.Text;

/// <summary>
/// Every error text that <see cref="FuzzyDate"/> and its parser produce, kept in one place so that
/// wording stays consistent and tests can assert on it.
/// </summary>
internal static class FuzzyDateErrors
{
    internal const string Expected =
        "expected a date such as '27 March 2022', 'March 30, 2022', 'between 24 and 25 March 2022', "
        + "'March 2022', 'mid-December 2020', '2020', 'since 5 March 2022', 'by 22 November 2020' "
        + "or 'around 15 October 2020', optionally with a time such as '00:00 Moscow Time', "
        + "'at around 07:00' or 'evening'";

    internal static string CannotRead(string text, string reason) =>
        $"Cannot read '{UserText.Echo(text)}' as a date: {reason}.";

    internal static string Empty => "the text is empty; " + Expected;

    internal static string Unrecognised => Expected;

    internal static string GivesNoYear(string text) =>
        $"'{UserText.Echo(text)}' gives no year, and no default year was supplied";

    internal static string NoSuchDay(int year, int month, int day) =>
        $"{MonthName(month)} {year.ToString("D4", CultureInfo.InvariantCulture)} has no day {day.ToString(CultureInfo.InvariantCulture)}";

    internal static string NoSuchDayInAnyYear(int month, int day) =>
        $"{MonthName(month)} has no day {day.ToString(CultureInfo.InvariantCulture)}";

    internal static string RangeBackwards(LocalDate first, LocalDate last) =>
        $"the range runs backwards: {FuzzyDate.FormatDay(first)} is after {FuzzyDate.FormatDay(last)}";

    internal static string BadTime(string time) =>
        $"'{UserText.Echo(time)}' is not a time of day between 00:00 and 23:59:59";

    internal static string ZoneWithoutTime(string zone) =>
        $"the time zone '{UserText.Echo(zone)}' is given without a time of day";

    internal static string UnknownZoneInText(string zone) =>
        $"'{UserText.Echo(zone)}' is not a known IANA time zone id";

    internal static string NonAsciiDigit(char digit) =>
        $"'{UserText.Echo(digit)}' is a digit, but not one of 0 to 9; write dates with the digits 0 to 9";

    internal static string TooLong(int length) =>
        $"the text has {length.ToString(CultureInfo.InvariantCulture)} characters, more than the {FuzzyDateParser.MaxLength.ToString(CultureInfo.InvariantCulture)} any date needs";

    internal static string TwoTimes => "it gives more than one time of day (a range of times is written \"15:00-17:00\")";

    internal static string EmptyTimeRange(LocalTime time) => $"the range of times starts and ends at {time.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    internal static string TwoPartsOfDay => "it gives more than one part of the day";

    internal static string YearOutOfRange(int year) =>
        $"the year {year.ToString(CultureInfo.InvariantCulture)} is outside the supported range {FuzzyDate.MinYear} to {FuzzyDate.MaxYear}";

    // Guard messages for the factories: they name the allowed range, as NodaTime's Preconditions do.
    internal static string DateOutOfRange(string parameter, LocalDate value) =>
        $"{parameter} must fall in the ISO years {FuzzyDate.MinYear} to {FuzzyDate.MaxYear}, but was {value:uuuu-MM-dd}.";

    internal static string NotIso(string parameter) =>
        $"{parameter} must use the ISO calendar.";

    internal static string ArgumentYearOutOfRange(int year) =>
        $"The year must be between {FuzzyDate.MinYear} and {FuzzyDate.MaxYear}, but was {year.ToString(CultureInfo.InvariantCulture)}.";

    internal static string CircaOutOfRange(LocalDate value) =>
        $"Around needs a date between 0001-01-04 and 9999-12-28 so that three days either side stay in range, but was {value:uuuu-MM-dd}.";

    internal static string BetweenInverted(LocalDate first, LocalDate last) =>
        $"The first day ({first:uuuu-MM-dd}) must not be after the last day ({last:uuuu-MM-dd}).";

    internal static string UnknownZone(string zoneId) =>
        $"'{UserText.Echo(zoneId)}' is not a time zone id known to the IANA (TZDB) database, such as 'Europe/Moscow'.";

    internal static string UnknownPartOfDay(string partOfDay) =>
        $"'{UserText.Echo(partOfDay)}' is not a part of the day; expected one of 'early hours', 'dawn', 'morning', 'afternoon', 'evening' or 'night'.";

    // English names, fixed here rather than taken from a culture, so text never varies by machine.
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    internal static string MonthName(int month) => MonthNames[month - 1];
}

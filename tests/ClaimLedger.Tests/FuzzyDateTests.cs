using ClaimLedger.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace ClaimLedger.Tests;

public class FuzzyDateTests
{
    // 0 in a [Theory] row stands for "no default year": attributes cannot hold a nullable int.
    private const int NoYear = 0;

    [Theory]
    [InlineData("27 March 2022", NoYear, "2022-03-27", "2022-03-27", DatePrecision.Day)]
    [InlineData("March 30, 2022", NoYear, "2022-03-30", "2022-03-30", DatePrecision.Day)]
    [InlineData("December 28, 2020", NoYear, "2020-12-28", "2020-12-28", DatePrecision.Day)]
    [InlineData("11 November", 2020, "2020-11-11", "2020-11-11", DatePrecision.Day)]
    [InlineData("30 January 2021", NoYear, "2021-01-30", "2021-01-30", DatePrecision.Day)]
    [InlineData("on 27 March 2022.", NoYear, "2022-03-27", "2022-03-27", DatePrecision.Day)]
    [InlineData("27 MARCH 2022", NoYear, "2022-03-27", "2022-03-27", DatePrecision.Day)]
    [InlineData("27 Mar 2022", NoYear, "2022-03-27", "2022-03-27", DatePrecision.Day)]
    [InlineData("Sept 30, 2022", NoYear, "2022-09-30", "2022-09-30", DatePrecision.Day)]
    [InlineData("3 Jan. 2021", NoYear, "2021-01-03", "2021-01-03", DatePrecision.Day)]
    [InlineData("the 27th of March 2022", NoYear, "2022-03-27", "2022-03-27", DatePrecision.Day)]
    [InlineData("2022-03-27", NoYear, "2022-03-27", "2022-03-27", DatePrecision.Day)]
    [InlineData("between 24 and 25 March 2022", NoYear, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("between 24\u201325 March 2022", NoYear, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("between 24-25 March 2022", NoYear, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("May-June 2020", NoYear, "2020-05-01", "2020-06-30", DatePrecision.DayRange)]
    [InlineData("May \u2013 June 2020", NoYear, "2020-05-01", "2020-06-30", DatePrecision.DayRange)]
    [InlineData("from December 2019 to February 2020", NoYear, "2019-12-01", "2020-02-29", DatePrecision.DayRange)]
    [InlineData("December-February 2020", NoYear, "2019-12-01", "2020-02-29", DatePrecision.DayRange)]
    [InlineData("May to June", 2020, "2020-05-01", "2020-06-30", DatePrecision.DayRange)]
    [InlineData("between March and April 2022", NoYear, "2022-03-01", "2022-04-30", DatePrecision.DayRange)]
    [InlineData("24-25 March 2022", NoYear, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("24\u201325 March 2022", NoYear, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("Between 19 and 20 September 2023", NoYear, "2023-09-19", "2023-09-20", DatePrecision.DayRange)]
    [InlineData("between 30 March and 2 April 2022", NoYear, "2022-03-30", "2022-04-02", DatePrecision.DayRange)]
    [InlineData("between 30 March 2022 and 2 April 2022", NoYear, "2022-03-30", "2022-04-02", DatePrecision.DayRange)]
    [InlineData("28 December - 2 January 2021", NoYear, "2020-12-28", "2021-01-02", DatePrecision.DayRange)]
    [InlineData("March 24-25, 2022", NoYear, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("between 24 and 25 March", 2022, "2022-03-24", "2022-03-25", DatePrecision.DayRange)]
    [InlineData("March 2022", NoYear, "2022-03-01", "2022-03-31", DatePrecision.Month)]
    [InlineData("in March 2022", NoYear, "2022-03-01", "2022-03-31", DatePrecision.Month)]
    [InlineData("December", 2020, "2020-12-01", "2020-12-31", DatePrecision.Month)]
    [InlineData("February 2024", NoYear, "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("early January 2021", NoYear, "2021-01-01", "2021-01-10", DatePrecision.EarlyMonth)]
    [InlineData("mid-December 2020", NoYear, "2020-12-11", "2020-12-20", DatePrecision.MidMonth)]
    [InlineData("mid\u2013December 2020", NoYear, "2020-12-11", "2020-12-20", DatePrecision.MidMonth)]
    [InlineData("mid December 2020", NoYear, "2020-12-11", "2020-12-20", DatePrecision.MidMonth)]
    [InlineData("mid-December", 2020, "2020-12-11", "2020-12-20", DatePrecision.MidMonth)]
    [InlineData("late April", 2021, "2021-04-21", "2021-04-30", DatePrecision.LateMonth)]
    [InlineData("late February 2021", NoYear, "2021-02-21", "2021-02-28", DatePrecision.LateMonth)]
    [InlineData("2020", NoYear, "2020-01-01", "2020-12-31", DatePrecision.Year)]
    [InlineData("in 2020", NoYear, "2020-01-01", "2020-12-31", DatePrecision.Year)]
    [InlineData("since 5 March 2022", NoYear, "2022-03-05", null, DatePrecision.Since)]
    [InlineData("Since 12 December 2022", NoYear, "2022-12-12", null, DatePrecision.Since)]
    [InlineData("since March 2022", NoYear, "2022-03-01", null, DatePrecision.Since)]
    [InlineData("by 22 November 2020", NoYear, null, "2020-11-22", DatePrecision.By)]
    [InlineData("by 2020", NoYear, null, "2020-12-31", DatePrecision.By)]
    [InlineData("around 15 October 2020", NoYear, "2020-10-12", "2020-10-18", DatePrecision.Circa)]
    [InlineData("c. 15 October 2020", NoYear, "2020-10-12", "2020-10-18", DatePrecision.Circa)]
    public void Parse_KnownForm_GivesExpectedInterval(string text, int defaultYear, string? earliest, string? latest, DatePrecision precision)
    {
        FuzzyDate date = FuzzyDate.Parse(text, defaultYear == NoYear ? null : defaultYear);

        date.Earliest.Should().Be(OptionalDay(earliest));
        date.Latest.Should().Be(OptionalDay(latest));
        date.Precision.Should().Be(precision);
        date.TimeOfDay.Should().BeNull();
        date.PartOfDay.Should().BeNull();
        date.ZoneId.Should().BeNull();
    }

    [Theory]
    [InlineData("00:00, 10 November 2020 Moscow Time", "2020-11-10", "00:00", false, null, "Europe/Moscow")]
    [InlineData("00:00 10 November 2020 Moscow Time", "2020-11-10", "00:00", false, null, "Europe/Moscow")]
    [InlineData("10 November 2020 00:00 Moscow Time", "2020-11-10", "00:00", false, null, "Europe/Moscow")]
    [InlineData("13 November 2021 at around 07:00", "2021-11-13", "07:00", true, null, null)]
    [InlineData("13 November 2021 at 7:05", "2021-11-13", "07:05", false, null, null)]
    [InlineData("14 October 2021 evening", "2021-10-14", null, false, "evening", null)]
    [InlineData("in the evening on 14 October 2021", "2021-10-14", null, false, "evening", null)]
    [InlineData("on the night of 14 October 2021", "2021-10-14", null, false, "night", null)]
    [InlineData("14 October 2021 18:30 UTC", "2021-10-14", "18:30", false, null, "UTC")]
    [InlineData("14 October 2021 18:30 Baku Time", "2021-10-14", "18:30", false, null, "Asia/Baku")]
    [InlineData("14 October 2021 18:30 Yerevan Time", "2021-10-14", "18:30", false, null, "Asia/Yerevan")]
    [InlineData("14 October 2021 18:30 Turkey Time", "2021-10-14", "18:30", false, null, "Europe/Istanbul")]
    [InlineData("14 October 2021 18:30 (Europe/Kyiv)", "2021-10-14", "18:30", false, null, "Europe/Kyiv")]
    [InlineData("10 November 2020, 00:00 (Moscow Time)", "2020-11-10", "00:00", false, null, "Europe/Moscow")]
    [InlineData("14 October 2021 18:30 europe/kyiv", "2021-10-14", "18:30", false, null, "Europe/Kyiv")]
    [InlineData("14 October 2021 morning at around 06:15:30 (Asia/Tbilisi)", "2021-10-14", "06:15:30", true, "morning", "Asia/Tbilisi")]
    public void Parse_TimeAndZone_AreRead(string text, string day, string? time, bool approximate, string? partOfDay, string? zoneId)
    {
        FuzzyDate date = FuzzyDate.Parse(text);

        date.Earliest.Should().Be(Day(day));
        date.Latest.Should().Be(Day(day));
        date.Precision.Should().Be(DatePrecision.Day);
        date.TimeOfDay.Should().Be(time is null ? null : Time(time));
        date.IsTimeApproximate.Should().Be(approximate);
        date.PartOfDay.Should().Be(partOfDay);
        date.ZoneId.Should().Be(zoneId);
    }

    public static TheoryData<string, string> ImpossibleDays() => new()
    {
        { "30 February 2021", FuzzyDateErrors.NoSuchDay(2021, 2, 30) },
        { "31 April 2022", FuzzyDateErrors.NoSuchDay(2022, 4, 31) },
        { "29 February 2021", FuzzyDateErrors.NoSuchDay(2021, 2, 29) },
        { "0 March 2022", FuzzyDateErrors.NoSuchDay(2022, 3, 0) },
        { "32 March 2022", FuzzyDateErrors.NoSuchDay(2022, 3, 32) },
        { "30 February", FuzzyDateErrors.NoSuchDayInAnyYear(2, 30) },
        { "between 30 and 31 April 2022", FuzzyDateErrors.NoSuchDay(2022, 4, 31) },
        { "since 31 June 2022", FuzzyDateErrors.NoSuchDay(2022, 6, 31) },
    };

    [Theory]
    [MemberData(nameof(ImpossibleDays))]
    public void Parse_ImpossibleDay_ThrowsNamingDayAndMonth(string text, string reason)
    {
        Action parse = () => FuzzyDate.Parse(text);

        parse.Should().Throw<FormatException>()
            .Which.Message.Should().Be(FuzzyDateErrors.CannotRead(text, reason));
    }

    [Fact]
    public void Parse_LeapDayInLeapYear_GivesThatDay()
    {
        FuzzyDate.Parse("29 February 2024").Should().Be(FuzzyDate.OnDay(new LocalDate(2024, 2, 29)));
    }

    [Theory]
    [InlineData("11 November")]
    [InlineData("December")]
    [InlineData("mid-December")]
    [InlineData("late April")]
    [InlineData("between 24 and 25 March")]
    [InlineData("since 5 March")]
    public void Parse_NoYearAndNoDefault_ThrowsGivesNoYear(string text)
    {
        Action parse = () => FuzzyDate.Parse(text);

        parse.Should().Throw<FormatException>()
            .WithMessage($"Cannot read '{text}' as a date: *gives no year, and no default year was supplied.");
    }

    [Fact]
    public void Parse_YearInTextAndDefaultYear_TextWins()
    {
        FuzzyDate.Parse("27 March 2022", 1999).Should().Be(FuzzyDate.OnDay(new LocalDate(2022, 3, 27)));
    }

    [Theory]
    [InlineData("lots of people")]
    [InlineData("yesterday")]
    [InlineData("27")]
    [InlineData("Smarch 2022")]
    [InlineData("around March 2022")]
    [InlineData("27 March 20222")]
    [InlineData("25-24 March 2022")]
    public void Parse_Garbage_ThrowsQuotingTextAndSayingWhatWasExpected(string text)
    {
        Action parse = () => FuzzyDate.Parse(text);

        parse.Should().Throw<FormatException>()
            .WithMessage($"Cannot read '{text}' as a date: *")
            .Which.Message.Should().MatchRegex("expected a date such as|runs backwards");
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "", FuzzyDateErrors.Empty },
        { "   ", FuzzyDateErrors.Empty },
        { "10 November 2020 Moscow Time", FuzzyDateErrors.ZoneWithoutTime("Europe/Moscow") },
        { "10 November 2020 25:00", FuzzyDateErrors.BadTime("25:00") },
        { "10 November 2020 10:00 (Mars/Olympus)", FuzzyDateErrors.UnknownZoneInText("mars/olympus") },
        { "10:00 10 November 2020 11:00", FuzzyDateErrors.TwoTimes },
        { "25-24 March 2022", FuzzyDateErrors.RangeBackwards(new LocalDate(2022, 3, 25), new LocalDate(2022, 3, 24)) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void TryParse_BadInput_ReturnsFalseWithReason(string text, string reason)
    {
        bool ok = FuzzyDate.TryParse(text, null, out FuzzyDate? result, out string? error);

        ok.Should().BeFalse();
        result.Should().BeNull();
        error.Should().Be(FuzzyDateErrors.CannotRead(text, reason));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        bool ok = FuzzyDate.TryParse(null, null, out FuzzyDate? result, out string? error);

        ok.Should().BeFalse();
        result.Should().BeNull();
        error.Should().Contain("empty");
    }

    [Fact]
    public void TryParse_ValidText_ReturnsTrueWithoutError()
    {
        bool ok = FuzzyDate.TryParse("mid-December 2020", null, out FuzzyDate? result, out string? error);

        ok.Should().BeTrue();
        error.Should().BeNull();
        result.Should().Be(FuzzyDate.MidIn(new YearMonth(2020, 12)));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action parse = () => FuzzyDate.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Parse_DefaultYearOutOfRange_ThrowsNamingRange(int year)
    {
        Action parse = () => FuzzyDate.Parse("11 November", year);

        parse.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("defaultYear")
            .WithMessage("The year must be between 1 and 9999*");
    }

    public static TheoryData<FuzzyDate, string> CanonicalForms() => new()
    {
        { FuzzyDate.OnDay(new LocalDate(2022, 3, 27)), "27 March 2022" },
        { FuzzyDate.Between(new LocalDate(2022, 3, 24), new LocalDate(2022, 3, 25)), "24\u201325 March 2022" },
        { FuzzyDate.Between(new LocalDate(2022, 3, 30), new LocalDate(2022, 4, 2)), "between 30 March 2022 and 2 April 2022" },
        { FuzzyDate.Between(new LocalDate(2020, 12, 28), new LocalDate(2021, 1, 2)), "between 28 December 2020 and 2 January 2021" },
        { FuzzyDate.InMonth(new YearMonth(2022, 3)), "March 2022" },
        { FuzzyDate.EarlyIn(new YearMonth(2021, 1)), "early January 2021" },
        { FuzzyDate.MidIn(new YearMonth(2020, 12)), "mid-December 2020" },
        { FuzzyDate.LateIn(new YearMonth(2021, 4)), "late April 2021" },
        { FuzzyDate.InYear(2020), "2020" },
        { FuzzyDate.InYear(999), "0999" },
        { FuzzyDate.Since(new LocalDate(2022, 3, 5)), "since 5 March 2022" },
        { FuzzyDate.By(new LocalDate(2020, 11, 22)), "by 22 November 2020" },
        { FuzzyDate.Around(new LocalDate(2020, 10, 15)), "around 15 October 2020" },
        { FuzzyDate.OnDay(new LocalDate(2020, 11, 10)).WithTime(new LocalTime(0, 0), false, "Europe/Moscow"), "10 November 2020 00:00 Moscow Time" },
        { FuzzyDate.OnDay(new LocalDate(2021, 11, 13)).WithTime(new LocalTime(7, 0), true, null), "13 November 2021 at around 07:00" },
        { FuzzyDate.OnDay(new LocalDate(2021, 10, 14)).WithPartOfDay("Evening"), "14 October 2021 evening" },
        { FuzzyDate.OnDay(new LocalDate(2021, 10, 14)).WithTime(new LocalTime(18, 30, 15), false, "europe/kyiv"), "14 October 2021 18:30:15 (Europe/Kyiv)" },
        { FuzzyDate.OnDay(new LocalDate(2021, 10, 14)).WithTime(new LocalTime(18, 30), false, "Europe/Istanbul"), "14 October 2021 18:30 Istanbul Time" },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void ToString_EachPrecision_GivesCanonicalFormThatParsesBack(FuzzyDate date, string expected)
    {
        string text = date.ToString();

        text.Should().Be(System.Text.RegularExpressions.Regex.Unescape(expected));
        FuzzyDate.Parse(text).Should().Be(date);
    }

    [Theory]
    [InlineData("March 2022", "27 March 2022", true)]
    [InlineData("13 December 2020", "14 December 2020", false)]
    [InlineData("13 December 2020", "13 December 2020", true)]
    [InlineData("mid-December 2020", "between 20 and 21 December 2020", true)]
    [InlineData("mid-December 2020", "late December 2020", false)]
    [InlineData("since 5 March 2022", "2030", true)]
    [InlineData("since 5 March 2022", "4 March 2022", false)]
    [InlineData("since 5 March 2022", "5 March 2022", true)]
    [InlineData("by 22 November 2020", "1900", true)]
    [InlineData("by 22 November 2020", "23 November 2020", false)]
    [InlineData("by 22 November 2020", "since 22 November 2020", true)]
    [InlineData("by 21 November 2020", "since 22 November 2020", false)]
    [InlineData("since 1 January 2000", "by 1 January 1990", false)]
    [InlineData("around 15 October 2020", "18 October 2020", true)]
    [InlineData("around 15 October 2020", "19 October 2020", false)]
    [InlineData("2020", "between 28 December 2020 and 2 January 2021", true)]
    [InlineData("13 December 2020 evening", "13 December 2020 00:00 Moscow Time", true)]
    [InlineData("13 December 2020 23:59", "14 December 2020 00:00", false)]
    public void Overlaps_Table_IsSymmetricAndAsExpected(string a, string b, bool expected)
    {
        FuzzyDate first = FuzzyDate.Parse(a);
        FuzzyDate second = FuzzyDate.Parse(b);

        first.Overlaps(second).Should().Be(expected);
        second.Overlaps(first).Should().Be(expected);
    }

    [Theory]
    [InlineData("13 December 2020", "14 December 2020", true, false)]
    [InlineData("14 December 2020", "13 December 2020", false, true)]
    [InlineData("March 2022", "27 March 2022", false, false)]
    [InlineData("early January 2021", "mid-January 2021", true, false)]
    [InlineData("by 22 November 2020", "23 November 2020", true, false)]
    [InlineData("by 22 November 2020", "1 January 1990", false, false)]
    [InlineData("since 5 March 2022", "2030", false, false)]
    [InlineData("since 5 March 2022", "2021", false, true)]
    [InlineData("by 1 January 1990", "since 1 January 2000", true, false)]
    [InlineData("since 1 January 2000", "by 1 January 1990", false, true)]
    [InlineData("since 1 January 2000", "since 1 January 2010", false, false)]
    [InlineData("by 1 January 2000", "by 1 January 2010", false, false)]
    public void IsBeforeAndIsAfter_Table_AsExpected(string a, string b, bool before, bool after)
    {
        FuzzyDate first = FuzzyDate.Parse(a);
        FuzzyDate second = FuzzyDate.Parse(b);

        first.IsBefore(second).Should().Be(before);
        first.IsAfter(second).Should().Be(after);
        second.IsAfter(first).Should().Be(before);
    }

    [Theory]
    [InlineData("March 2022", "2022-03-01", true)]
    [InlineData("March 2022", "2022-03-31", true)]
    [InlineData("March 2022", "2022-04-01", false)]
    [InlineData("since 5 March 2022", "9999-12-31", true)]
    [InlineData("since 5 March 2022", "2022-03-04", false)]
    [InlineData("by 22 November 2020", "0001-01-01", true)]
    [InlineData("by 22 November 2020", "2020-11-23", false)]
    [InlineData("around 15 October 2020", "2020-10-12", true)]
    [InlineData("around 15 October 2020", "2020-10-11", false)]
    public void Contains_Table_AsExpected(string text, string day, bool expected)
    {
        FuzzyDate.Parse(text).Contains(Day(day)).Should().Be(expected);
    }

    [Fact]
    public void Between_Inverted_ThrowsArgumentExceptionNamingBothDays()
    {
        Action between = () => FuzzyDate.Between(new LocalDate(2022, 3, 25), new LocalDate(2022, 3, 24));

        between.Should().Throw<ArgumentException>()
            .WithParameterName("last")
            .WithMessage("The first day (2022-03-25) must not be after the last day (2022-03-24).*");
    }

    [Fact]
    public void Between_SameDay_IsOnDay()
    {
        LocalDate day = new(2022, 3, 25);

        FuzzyDate.Between(day, day).Should().Be(FuzzyDate.OnDay(day));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10000)]
    public void InYear_OutOfRange_ThrowsNamingRange(int year)
    {
        Action make = () => FuzzyDate.InYear(year);

        make.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("year")
            .WithMessage($"The year must be between 1 and 9999, but was {year}.*");
    }

    [Fact]
    public void OnDay_YearZero_ThrowsNamingRange()
    {
        Action make = () => FuzzyDate.OnDay(new LocalDate(0, 6, 1));

        make.Should().Throw<ArgumentOutOfRangeException>().WithMessage("date must fall in the ISO years 1 to 9999*");
    }

    [Fact]
    public void OnDay_NonIsoCalendar_ThrowsArgumentException()
    {
        Action make = () => FuzzyDate.OnDay(new LocalDate(2022, 3, 27).WithCalendar(CalendarSystem.Julian));

        make.Should().Throw<ArgumentException>().WithMessage("date must use the ISO calendar.*");
    }

    [Fact]
    public void Around_Day_CoversThreeDaysEitherSide()
    {
        FuzzyDate date = FuzzyDate.Around(new LocalDate(2020, 10, 15));

        date.Earliest.Should().Be(new LocalDate(2020, 10, 12));
        date.Latest.Should().Be(new LocalDate(2020, 10, 18));
        date.Precision.Should().Be(DatePrecision.Circa);
    }

    [Fact]
    public void Around_EdgeOfCalendar_ThrowsNamingRange()
    {
        Action make = () => FuzzyDate.Around(new LocalDate(9999, 12, 30));

        make.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Around needs a date between 0001-01-04 and 9999-12-28*");
    }

    [Theory]
    [InlineData(2021, 2, "2021-02-21", "2021-02-28")]
    [InlineData(2024, 2, "2024-02-21", "2024-02-29")]
    [InlineData(2021, 4, "2021-04-21", "2021-04-30")]
    public void LateIn_Month_RunsToLastDay(int year, int month, string earliest, string latest)
    {
        FuzzyDate date = FuzzyDate.LateIn(new YearMonth(year, month));

        date.Earliest.Should().Be(Day(earliest));
        date.Latest.Should().Be(Day(latest));
    }

    [Fact]
    public void WithTime_UnknownZone_ThrowsArgumentException()
    {
        Action make = () => FuzzyDate.OnDay(new LocalDate(2020, 11, 10)).WithTime(new LocalTime(0, 0), false, "Moscow Time");

        make.Should().Throw<ArgumentException>()
            .WithParameterName("zoneId")
            .WithMessage("'Moscow Time' is not a time zone id known to the IANA (TZDB) database*");
    }

    [Fact]
    public void WithTime_ZoneInAnyCase_StoresTzdbSpelling()
    {
        FuzzyDate date = FuzzyDate.OnDay(new LocalDate(2020, 11, 10)).WithTime(new LocalTime(0, 0), false, "EUROPE/MOSCOW");

        date.ZoneId.Should().Be("Europe/Moscow");
    }

    [Fact]
    public void WithTime_LeavesOriginalAndIntervalUnchanged()
    {
        FuzzyDate day = FuzzyDate.OnDay(new LocalDate(2020, 11, 10));

        FuzzyDate timed = day.WithTime(new LocalTime(7, 0), true, null);

        day.TimeOfDay.Should().BeNull();
        timed.Earliest.Should().Be(day.Earliest);
        timed.Latest.Should().Be(day.Latest);
        timed.Should().NotBe(day);
    }

    [Theory]
    [InlineData("noon")]
    [InlineData("")]
    public void WithPartOfDay_UnknownWord_ThrowsListingAllowedWords(string word)
    {
        Action make = () => FuzzyDate.OnDay(new LocalDate(2020, 11, 10)).WithPartOfDay(word);

        make.Should().Throw<ArgumentException>()
            .WithParameterName("partOfDay")
            .WithMessage(FuzzyDateErrors.UnknownPartOfDay(word) + "*");
    }

    [Theory]
    [InlineData("2019-02", "February 2019")]
    [InlineData("25/26 February 2019", "25\u201326 February 2019 night")]
    [InlineData("the night of 25 to 26 February 2019", "25\u201326 February 2019 night")]
    [InlineData("overnight 25-26 February 2019", "25\u201326 February 2019 night")]
    [InlineData("3 March 2021 15:00-17:00", "3 March 2021 15:00\u201317:00")]
    [InlineData("3 March 2021 from 23:00 to 01:30", "3 March 2021 23:00\u201301:30")]
    [InlineData("in the early hours of 26 February 2019", "26 February 2019 early hours")]
    [InlineData("26 February 2019 at dawn", "26 February 2019 dawn")]
    public void Parse_FormsReportsUse_ReadAndPrintBack(string text, string printed)
    {
        FuzzyDate date = FuzzyDate.Parse(text);

        date.ToString().Should().Be(printed);
        FuzzyDate.Parse(date.ToString()).Should().Be(date);
    }

    [Fact]
    public void Parse_TimeRangeThatIsEmpty_IsRefused() =>
        FuzzyDate.TryParse("3 March 2021 15:00-15:00", null, out _, out _).Should().BeFalse();

    [Fact]
    public void Equals_SameProperties_EqualWithSameHashCode()
    {
        FuzzyDate a = FuzzyDate.Parse("13 November 2021 at around 07:00");
        FuzzyDate b = FuzzyDate.OnDay(new LocalDate(2021, 11, 13)).WithTime(new LocalTime(7, 0), true, null);

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals((object)b).Should().BeTrue();
    }

    [Theory]
    [InlineData("13 November 2021", "13 November 2021 07:00")]
    [InlineData("13 November 2021 07:00", "13 November 2021 at around 07:00")]
    [InlineData("13 November 2021 07:00", "13 November 2021 07:00 UTC")]
    [InlineData("13 November 2021 evening", "13 November 2021 night")]
    [InlineData("March 2022", "between 1 and 31 March 2022")]
    [InlineData("early January 2021", "between 1 and 10 January 2021")]
    public void Equals_AnyPropertyDiffers_NotEqual(string a, string b)
    {
        FuzzyDate first = FuzzyDate.Parse(a);
        FuzzyDate second = FuzzyDate.Parse(b);

        first.Should().NotBe(second);
        (first == second).Should().BeFalse();
    }

    [Fact]
    public void Equals_Null_False()
    {
        FuzzyDate date = FuzzyDate.InYear(2020);

        date.Equals(null).Should().BeFalse();
        (date == null).Should().BeFalse();
        ((FuzzyDate?)null == null).Should().BeTrue();
    }

    [Fact]
    public void ByEarliest_MixedValues_OrdersForTimeline()
    {
        FuzzyDate[] dates =
        [
            FuzzyDate.Parse("since 1 March 2022"),
            FuzzyDate.Parse("March 2022"),
            FuzzyDate.Parse("by 1 January 2020"),
            FuzzyDate.Parse("1 March 2022"),
            FuzzyDate.Parse("2021"),
            FuzzyDate.Parse("by 1 January 2019"),
        ];

        FuzzyDate[] sorted = dates.OrderBy(d => d, FuzzyDate.ByEarliest).ToArray();

        sorted.Select(d => d.ToString()).Should().Equal(
            "by 1 January 2019",
            "by 1 January 2020",
            "2021",
            "1 March 2022",
            "March 2022",
            "since 1 March 2022");
    }

    [Fact]
    public void ByEarliest_Null_SortsFirst()
    {
        FuzzyDate.ByEarliest.Compare(null, FuzzyDate.InYear(2020)).Should().BeNegative();
        FuzzyDate.ByEarliest.Compare(FuzzyDate.InYear(2020), null).Should().BePositive();
        FuzzyDate.ByEarliest.Compare(null, null).Should().Be(0);
    }

    [Fact]
    public void Overlaps_Null_Throws()
    {
        Action overlaps = () => FuzzyDate.InYear(2020).Overlaps(null!);

        overlaps.Should().Throw<ArgumentNullException>();
    }

    [Property(MaxTest = 1000)]
    public Property Parse_ToStringOfAnyValue_GivesEqualValue() =>
        Prop.ForAll(Arb.From(AnyFuzzyDate()), date => FuzzyDate.Parse(date.ToString()).Equals(date));

    [Property(MaxTest = 300)]
    public Property Overlaps_AnyTwoValues_IsSymmetricAndExcludesBeforeOrAfter() =>
        Prop.ForAll(Arb.From(AnyFuzzyDate()), Arb.From(AnyFuzzyDate()), (a, b) =>
            a.Overlaps(b) == b.Overlaps(a)
            && a.Overlaps(b) == !(a.IsBefore(b) || a.IsAfter(b)));

    private static Gen<FuzzyDate> AnyFuzzyDate()
    {
        Gen<LocalDate> day =
            from year in Gen.Frequency((1, Gen.Choose(1, 9999)), (9, Gen.Choose(1900, 2100)))
            from month in Gen.Choose(1, 12)
            from dayOfMonth in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
            select new LocalDate(year, month, dayOfMonth);
        Gen<YearMonth> anyMonth = day.Select(d => new YearMonth(d.Year, d.Month));

        Gen<FuzzyDate> interval = Gen.OneOf(
            day.Select(FuzzyDate.OnDay),
            from first in day
            from length in Gen.Choose(0, 400)
            where first.Year < 9999
            select FuzzyDate.Between(first, first.PlusDays(length)),
            anyMonth.Select(FuzzyDate.InMonth),
            anyMonth.Select(FuzzyDate.EarlyIn),
            anyMonth.Select(FuzzyDate.MidIn),
            anyMonth.Select(FuzzyDate.LateIn),
            Gen.Choose(1, 9999).Select(FuzzyDate.InYear),
            day.Select(FuzzyDate.Since),
            day.Select(FuzzyDate.By),
            day.Where(d => d.Year is > 1 and < 9999).Select(FuzzyDate.Around));

        Gen<LocalTime> time = Gen.OneOf(
            from h in Gen.Choose(0, 23) from m in Gen.Choose(0, 59) select new LocalTime(h, m),
            from h in Gen.Choose(0, 23) from m in Gen.Choose(0, 59) from s in Gen.Choose(0, 59) from ms in Gen.Choose(0, 999)
            select new LocalTime(h, m, s, ms));
        Gen<string?> zone = Gen.Elements<string?>(
            null, "Europe/Moscow", "UTC", "GMT", "Asia/Baku", "Asia/Yerevan", "Europe/Istanbul", "Europe/Kyiv", "America/Argentina/Buenos_Aires", "Etc/GMT+3");
        Gen<string?> part = Gen.Elements<string?>(null, "morning", "afternoon", "evening", "night");

        return from date in interval
               from withPart in part
               from hasTime in Gen.Elements(true, false)
               from t in time
               from approximate in Gen.Elements(true, false)
               from z in zone
               let parted = withPart is null ? date : date.WithPartOfDay(withPart)
               select hasTime ? parted.WithTime(t, approximate, z) : parted;
    }

    private static LocalTime Time(string text) =>
        LocalTimePattern.CreateWithInvariantCulture(text.Length == 5 ? "HH:mm" : "HH:mm:ss").Parse(text).Value;

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static LocalDate? OptionalDay(string? iso) => iso is null ? null : Day(iso);
}

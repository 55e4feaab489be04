using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Tests.Contradictions;

public class IntervalTests
{
    [Theory]
    [InlineData("3 March 2021", "3 March 2021 15:00", true)]
    [InlineData("3 March 2021 dawn", "3 March 2021 evening", false)]
    [InlineData("3 March 2021 15:00", "3 March 2021 15:20", true)]
    [InlineData("3 March 2021 15:00", "3 March 2021 17:00", false)]
    [InlineData("3 March 2021 at around 15:00", "3 March 2021 16:30", true)]
    [InlineData("3 March 2021 15:00-17:00", "3 March 2021 16:00", true)]
    [InlineData("3 March 2021 23:00-01:00", "4 March 2021 00:30", true)]
    [InlineData("the night of 2 to 3 March 2021", "3 March 2021 dawn", true)]
    [InlineData("the night of 2 to 3 March 2021", "3 March 2021 afternoon", false)]
    [InlineData("3 March 2021 night", "4 March 2021 early hours", true)]
    [InlineData("March 2021", "31 March 2021 evening", true)]
    [InlineData("2 March 2021", "3 March 2021", false)]
    public void Of_TimesOfDay_OverlapOnlyWhenTheirWindowsDo(string first, string second, bool overlap) =>
        Interval.Of(FuzzyDate.Parse(first)).Overlaps(Interval.Of(FuzzyDate.Parse(second))).Should().Be(overlap);

    [Fact]
    public void Of_UnknownOrOpenEnds_ReachTheLimits()
    {
        Interval.Of(null).Overlaps(Interval.Of(FuzzyDate.Parse("1 January 0001"))).Should().BeTrue();
        Interval.Of(FuzzyDate.Parse("since 5 March 2022")).Overlaps(Interval.Of(FuzzyDate.Parse("9999"))).Should().BeTrue();
        Interval.Of(FuzzyDate.Parse("by 5 March 2022")).Overlaps(Interval.Of(FuzzyDate.Parse("6 March 2022"))).Should().BeFalse();
    }

    [Fact]
    public void StartDayAndEndDay_AreTheDaysOfTheSpan()
    {
        Interval night = Interval.Of(FuzzyDate.Parse("3 March 2021 night"));
        long third = new LocalDate(2021, 3, 3).ToDateOnly().DayNumber;

        night.StartDay.Should().Be(third);
        night.EndDay.Should().Be(third + 1, "a night runs into the next morning");
        Interval.Of(null).StartDay.Should().Be(long.MinValue);
    }
}

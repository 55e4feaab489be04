namespace ClaimLedger.Tests;

public class QuantityIntervalTests
{
    // Each end is written as "[n", "(n", "(" for -∞ low, and "n]", "n)", ")" for +∞ high.
    [Theory]
    [InlineData("[0", "100)", "[100", "200]", false)]
    [InlineData("[0", "100]", "[100", "200]", true)]
    [InlineData("[0", "100]", "(100", "200]", false)]
    [InlineData("[0", "100)", "(99", ")", true)]
    [InlineData("(", ")", "[5", "5]", true)]
    [InlineData("(", ")", "[5", "5)", false)]
    [InlineData("(", "10)", "(10", ")", false)]
    [InlineData("(", "10]", "[10", ")", true)]
    [InlineData("[1", "3]", "[2", "4]", true)]
    [InlineData("[1", "3]", "[4", "6]", false)]
    [InlineData("[1", "6]", "[2", "3]", true)]
    [InlineData("(1", "6)", "(1", "6)", true)]
    public void Overlaps_Table_IsSymmetricAndExact(string aLow, string aHigh, string bLow, string bHigh, bool expected)
    {
        QuantityInterval a = Make(aLow, aHigh);
        QuantityInterval b = Make(bLow, bHigh);

        a.Overlaps(b).Should().Be(expected);
        b.Overlaps(a).Should().Be(expected);
    }

    [Theory]
    [InlineData("[10", "20]", 10, true)]
    [InlineData("(10", "20]", 10, false)]
    [InlineData("[10", "20)", 20, false)]
    [InlineData("[10", "20]", 20, true)]
    [InlineData("(10", ")", 1000000, true)]
    [InlineData("(", "5]", -1000000, true)]
    [InlineData("[5", "5)", 5, false)]
    public void Contains_Table_RespectsOpenAndClosedEnds(string low, string high, double value, bool expected)
    {
        Make(low, high).Contains((decimal)value).Should().Be(expected);
    }

    [Theory]
    [InlineData("[1800", "2200]", "[1800, 2200]")]
    [InlineData("(5000", ")", "(5000, \u221e)")]
    [InlineData("(", "5]", "(-\u221e, 5]")]
    [InlineData("[0", "10)", "[0, 10)")]
    [InlineData("[1.50", "2.0]", "[1.5, 2]")]
    public void ToString_Ends_WrittenInMathematicalNotation(string low, string high, string expected)
    {
        Make(low, high).ToString().Should().Be(expected);
    }

    [Fact]
    public void Constructor_Inverted_ThrowsNamingEnds()
    {
        Action make = () => _ = new QuantityInterval(10, true, 5, true);

        make.Should().Throw<ArgumentException>().WithMessage("The low end (10) must not be above the high end (5).*");
    }

    [Fact]
    public void Constructor_UnboundedEnd_IsNeverInclusive()
    {
        var interval = new QuantityInterval(null, true, null, true);

        interval.LowInclusive.Should().BeFalse();
        interval.HighInclusive.Should().BeFalse();
        interval.Should().Be(default(QuantityInterval));
    }

    [Fact]
    public void Equals_TrailingZeros_Equal()
    {
        var a = new QuantityInterval(1800m, true, 2200m, true);
        var b = new QuantityInterval(1800.0m, true, 2200.00m, true);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData("[5", "5)", true)]
    [InlineData("[5", "5]", false)]
    [InlineData("(", ")", false)]
    public void IsEmpty_Table_AsExpected(string low, string high, bool expected)
    {
        Make(low, high).IsEmpty.Should().Be(expected);
    }

    private static QuantityInterval Make(string low, string high)
    {
        decimal? lo = low.Length > 1 ? decimal.Parse(low[1..], System.Globalization.CultureInfo.InvariantCulture) : null;
        decimal? hi = high.Length > 1 ? decimal.Parse(high[..^1], System.Globalization.CultureInfo.InvariantCulture) : null;
        return new QuantityInterval(lo, low[0] == '[', hi, high[^1] == ']');
    }
}

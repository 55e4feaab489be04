using ClaimLedger.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClaimLedger.Tests;

public class QuantityTests
{
    [Theory]
    [InlineData("1,960", QuantityBound.Exact, "1960", null, null, "[1960, 1960]")]
    [InlineData("1,960 servicemen", QuantityBound.Exact, "1960", null, "servicemen", "[1960, 1960]")]
    [InlineData("approximately 2,000", QuantityBound.About, "2000", null, null, "[1800, 2200]")]
    [InlineData("over 100", QuantityBound.MoreThan, "100", null, null, "(100, \u221e)")]
    [InlineData("nearly 400", QuantityBound.Nearly, "400", null, null, "[360, 400)")]
    [InlineData("at least three", QuantityBound.AtLeast, "3", null, null, "[3, \u221e)")]
    [InlineData("several dozen", QuantityBound.Vague, "36", "108", null, "[36, 108]")]
    [InlineData("over five thousand", QuantityBound.MoreThan, "5000", null, null, "(5000, \u221e)")]
    [InlineData("about 18,000 displaced Armenians", QuantityBound.About, "18000", null, "displaced Armenians", "[16200, 19800]")]
    [InlineData("136 sappers", QuantityBound.Exact, "136", null, "sappers", "[136, 136]")]
    [InlineData("a total of 60 servicemen", QuantityBound.Exact, "60", null, "servicemen", "[60, 60]")]
    [InlineData("25,000", QuantityBound.Exact, "25000", null, null, "[25000, 25000]")]
    [InlineData("120,000 people", QuantityBound.Exact, "120000", null, "people", "[120000, 120000]")]
    [InlineData("1.5 million", QuantityBound.Exact, "1500000", null, null, "[1500000, 1500000]")]
    [InlineData("2.5 km", QuantityBound.Exact, "2.5", null, "km", "[2.5, 2.5]")]
    [InlineData("six tanks", QuantityBound.Exact, "6", null, "tanks", "[6, 6]")]
    [InlineData("thirty-five", QuantityBound.Exact, "35", null, null, "[35, 35]")]
    [InlineData("a hundred drones", QuantityBound.Exact, "100", null, "drones", "[100, 100]")]
    [InlineData("two million", QuantityBound.Exact, "2000000", null, null, "[2000000, 2000000]")]
    [InlineData("one hundred and twenty-five", QuantityBound.Exact, "125", null, null, "[125, 125]")]
    [InlineData("two thousand five hundred troops", QuantityBound.Exact, "2500", null, "troops", "[2500, 2500]")]
    [InlineData("a dozen", QuantityBound.Exact, "12", null, null, "[12, 12]")]
    [InlineData("2 dozen eggs", QuantityBound.Exact, "24", null, "eggs", "[24, 24]")]
    [InlineData("300+ soldiers", QuantityBound.AtLeast, "300", null, "soldiers", "[300, \u221e)")]
    [InlineData("ten-twenty soldiers", QuantityBound.Between, "10", "20", "soldiers", "[10, 20]")]
    [InlineData("some 300", QuantityBound.About, "300", null, null, "[270, 330]")]
    [InlineData("an estimated 5,000", QuantityBound.About, "5000", null, null, "[4500, 5500]")]
    [InlineData("Roughly 50", QuantityBound.About, "50", null, null, "[45, 55]")]
    [InlineData("around 120", QuantityBound.About, "120", null, null, "[108, 132]")]
    [InlineData("no fewer than 10", QuantityBound.AtLeast, "10", null, null, "[10, \u221e)")]
    [InlineData("more than 5,000 people", QuantityBound.MoreThan, "5000", null, "people", "(5000, \u221e)")]
    [InlineData("above 20", QuantityBound.MoreThan, "20", null, null, "(20, \u221e)")]
    [InlineData("upwards of 700", QuantityBound.MoreThan, "700", null, null, "(700, \u221e)")]
    [InlineData("at most 50", QuantityBound.AtMost, "50", null, null, "[0, 50]")]
    [InlineData("up to 50 vehicles", QuantityBound.AtMost, "50", null, "vehicles", "[0, 50]")]
    [InlineData("no more than 7", QuantityBound.AtMost, "7", null, null, "[0, 7]")]
    [InlineData("fewer than 10", QuantityBound.FewerThan, "10", null, null, "[0, 10)")]
    [InlineData("less than 10", QuantityBound.FewerThan, "10", null, null, "[0, 10)")]
    [InlineData("under 10", QuantityBound.FewerThan, "10", null, null, "[0, 10)")]
    [InlineData("below 10", QuantityBound.FewerThan, "10", null, null, "[0, 10)")]
    [InlineData("almost 400", QuantityBound.Nearly, "400", null, null, "[360, 400)")]
    [InlineData("close to 400", QuantityBound.Nearly, "400", null, null, "[360, 400)")]
    [InlineData("between 10 and 20", QuantityBound.Between, "10", "20", null, "[10, 20]")]
    [InlineData("between ten and twenty soldiers", QuantityBound.Between, "10", "20", "soldiers", "[10, 20]")]
    [InlineData("10-20 soldiers", QuantityBound.Between, "10", "20", "soldiers", "[10, 20]")]
    [InlineData("10\u201320", QuantityBound.Between, "10", "20", null, "[10, 20]")]
    [InlineData("10 to 20", QuantityBound.Between, "10", "20", null, "[10, 20]")]
    [InlineData("from 1,000 to 1,500 people", QuantityBound.Between, "1000", "1500", "people", "[1000, 1500]")]
    [InlineData("a few", QuantityBound.Vague, "2", "5", null, "[2, 5]")]
    [InlineData("several", QuantityBound.Vague, "3", "9", null, "[3, 9]")]
    [InlineData("dozens", QuantityBound.Vague, "24", "144", null, "[24, 144]")]
    [InlineData("a few dozen", QuantityBound.Vague, "24", "60", null, "[24, 60]")]
    [InlineData("hundreds of people", QuantityBound.Vague, "200", "999", "people", "[200, 999]")]
    [InlineData("several hundred", QuantityBound.Vague, "300", "900", null, "[300, 900]")]
    [InlineData("thousands", QuantityBound.Vague, "2000", "9999", null, "[2000, 9999]")]
    [InlineData("Several thousand refugees", QuantityBound.Vague, "3000", "9000", "refugees", "[3000, 9000]")]
    [InlineData("a few hundred", QuantityBound.Vague, "200", "500", null, "[200, 500]")]
    [InlineData("tens of thousands of people", QuantityBound.Vague, "20000", "99999", "people", "[20000, 99999]")]
    [InlineData("hundreds of thousands", QuantityBound.Vague, "200000", "999999", null, "[200000, 999999]")]
    public void Parse_KnownForm_GivesExpectedQuantityAndInterval(string text, QuantityBound bound, string value, string? upper, string? unit, string interval)
    {
        Quantity q = Quantity.Parse(text);

        q.Bound.Should().Be(bound);
        q.Value.Should().Be(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        q.UpperValue.Should().Be(upper is null ? null : decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture));
        q.Unit.Should().Be(unit);
        q.ToInterval().ToString().Should().Be(interval);
    }

    [Fact]
    public void Parse_SeveralDozenTroops_KeepsWordingAndUnit()
    {
        Quantity q = Quantity.Parse("several dozen troops");

        q.Wording.Should().Be("several dozen");
        q.Unit.Should().Be("troops");
        q.Should().Be(Quantity.Vague("several dozen", 36, 108, "troops"));
    }

    public static TheoryData<string, string> BadTexts() => new()
    {
        { "lots of people", QuantityErrors.NoNumber("lots of people") },
        { "people", QuantityErrors.NoNumber("people") },
        { "", QuantityErrors.Empty },
        { "   ", QuantityErrors.Empty },
        { "between 10", QuantityErrors.NoSecondNumber("between 10") },
        { "between 20 and 10", QuantityErrors.RangeBackwards(20, 10) },
        { "20-10", QuantityErrors.RangeBackwards(20, 10) },
        { "1,96 servicemen", QuantityErrors.MalformedNumber("1,96") },

        // The factory's guard, without the full stop that ends it as an exception message.
        { "fewer than 0", Quantity.ZeroProblem(0).TrimEnd('.') },
        { "about 10-20 people", QuantityErrors.BoundOnRange("about 10-20 people") },
        { "99,999,999,999,999,999,999,999,999,999", QuantityErrors.TooLarge("99,999,999,999,999,999,999,999,999,999") },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Parse_BadText_ThrowsQuotingTextAndSayingWhatWasWrong(string text, string reason)
    {
        Action parse = () => Quantity.Parse(text);

        parse.Should().Throw<FormatException>()
            .Which.Message.Should().Be(QuantityErrors.CannotRead(text, reason));
    }

    [Fact]
    public void TryParse_BadText_ReturnsFalseWithError()
    {
        bool ok = Quantity.TryParse("lots of people", out Quantity? q, out string? error);

        ok.Should().BeFalse();
        q.Should().BeNull();
        error.Should().Be(
            "Cannot read 'lots of people' as a quantity: no number found in 'lots of people'; expected a number in digits or words, "
            + "optionally after a bound such as 'about', 'at least', 'over', 'up to', 'fewer than', 'nearly' or 'a total of', "
            + "or a range such as 'between 10 and 20' or '10-20', or a wording such as 'several dozen', and then the unit.");
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Quantity.TryParse(null, out Quantity? q, out string? error).Should().BeFalse();
        q.Should().BeNull();
        error.Should().Contain("empty");
    }

    [Fact]
    public void TryParse_GoodText_ReturnsTrueWithoutError()
    {
        Quantity.TryParse("nearly 400", out Quantity? q, out string? error).Should().BeTrue();
        error.Should().BeNull();
        q.Should().Be(Quantity.Nearly(400));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action parse = () => Quantity.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    public static TheoryData<Quantity, string> CanonicalForms() => new()
    {
        { Quantity.Exactly(1960, "servicemen"), "1,960 servicemen" },
        { Quantity.About(2000, "personnel"), "about 2,000 personnel" },
        { Quantity.AtLeast(3), "at least 3" },
        { Quantity.MoreThan(5000, "people"), "more than 5,000 people" },
        { Quantity.AtMost(50), "at most 50" },
        { Quantity.FewerThan(10), "fewer than 10" },
        { Quantity.Nearly(400), "nearly 400" },
        { Quantity.Between(10, 20), "between 10 and 20" },
        { Quantity.Vague("several dozen", 36, 108, "troops"), "several dozen troops" },
        { Quantity.Vague("hundreds", 200, 999, "people"), "hundreds of people" },
        { Quantity.Vague("hundreds", 200, 999), "hundreds" },
        { Quantity.Vague("scores", 40, 100, "tanks"), "scores (40\u2013100) tanks" },
        { Quantity.Vague("several", 5, 8), "several (5\u20138)" },
        { Quantity.Exactly(1.5m, "km"), "1.5 km" },
        { Quantity.Exactly(1234567.25m), "1,234,567.25" },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void ToString_EachBound_GivesCanonicalFormThatParsesBack(Quantity q, string expected)
    {
        string text = q.ToString();

        text.Should().Be(expected);
        Quantity.Parse(text).Should().Be(q);
    }

    [Theory]
    [InlineData("approximately 2,000", 0.05, 0.10, "[1900, 2100]")]
    [InlineData("approximately 2,000", 0.25, 0.10, "[1500, 2500]")]
    [InlineData("approximately 2,000", 0, 0.10, "[2000, 2000]")]
    [InlineData("nearly 400", 0.10, 0.25, "[300, 400)")]
    [InlineData("nearly 400", 0.10, 0, "[400, 400)")]
    [InlineData("1,960", 0.5, 0.5, "[1960, 1960]")]
    public void ToInterval_CustomTolerance_ChangesHedgedIntervalsOnly(string text, double about, double nearly, string expected)
    {
        var options = new QuantityOptions { AboutTolerance = (decimal)about, NearlyTolerance = (decimal)nearly };

        Quantity.Parse(text).ToInterval(options).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("1,960", "approximately 2,000", true)]
    [InlineData("over 100", "about 120", true)]
    [InlineData("1,960", "over five thousand", false)]
    [InlineData("fewer than 10", "10", false)]
    [InlineData("at most 10", "10", true)]
    [InlineData("nearly 400", "400", false)]
    [InlineData("nearly 400", "360", true)]
    [InlineData("more than 100", "at most 100", false)]
    [InlineData("at least 100", "at most 100", true)]
    [InlineData("several dozen", "a total of 60 servicemen", true)]
    [InlineData("a few", "136 sappers", false)]
    [InlineData("between 10 and 20", "10-20", true)]
    [InlineData("about 18,000 displaced Armenians", "thousands", false)]
    public void IsCompatibleWith_Table_IsSymmetricAndAsExpected(string a, string b, bool expected)
    {
        Quantity first = Quantity.Parse(a);
        Quantity second = Quantity.Parse(b);

        first.IsCompatibleWith(second).Should().Be(expected);
        second.IsCompatibleWith(first).Should().Be(expected);
    }

    [Fact]
    public void IsCompatibleWith_WiderTolerance_TurnsConflictIntoAgreement()
    {
        Quantity claimed = Quantity.Parse("about 1,000");
        Quantity counted = Quantity.Parse("1,200");

        claimed.IsCompatibleWith(counted).Should().BeFalse();
        claimed.IsCompatibleWith(counted, new QuantityOptions { AboutTolerance = 0.2m }).Should().BeTrue();
    }

    [Fact]
    public void IsCompatibleWith_Null_Throws()
    {
        Action compare = () => Quantity.Exactly(1).IsCompatibleWith(null!);

        compare.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.5)]
    public void Factories_NegativeValue_ThrowNamingTheValue(double raw)
    {
        decimal value = (decimal)raw;
        Func<Quantity>[] factories =
        [
            () => Quantity.Exactly(value), () => Quantity.About(value), () => Quantity.AtLeast(value),
            () => Quantity.MoreThan(value), () => Quantity.AtMost(value), () => Quantity.FewerThan(value),
            () => Quantity.Nearly(value),
        ];

        foreach (Func<Quantity> make in factories)
        {
            make.Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("value")
                .WithMessage($"value must be zero or more, but was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.*");
        }
    }

    [Fact]
    public void Between_NegativeLow_ThrowsNamingTheValue()
    {
        Action make = () => Quantity.Between(-5, 10);

        make.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("low")
            .WithMessage("low must be zero or more, but was -5.*");
    }

    [Fact]
    public void Between_Inverted_ThrowsNamingBothEnds()
    {
        Action make = () => Quantity.Between(20, 10, "people");

        make.Should().Throw<ArgumentException>()
            .WithParameterName("high")
            .WithMessage("low (20) must not be more than high (10).*");
    }

    [Fact]
    public void Vague_Inverted_ThrowsNamingBothEnds()
    {
        Action make = () => Quantity.Vague("several", 9, 3);

        make.Should().Throw<ArgumentException>().WithMessage("low (9) must not be more than high (3).*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("2 dozen")]
    [InlineData("scores (many)")]
    public void Vague_BadWording_Throws(string wording)
    {
        Action make = () => Quantity.Vague(wording, 1, 2);

        make.Should().Throw<ArgumentException>()
            .WithParameterName("wording")
            .WithMessage("wording must be words without digits or parentheses*");
    }

    [Theory]
    [InlineData("FewerThan")]
    [InlineData("Nearly")]
    public void Factories_ZeroForStrictUpperBounds_Throw(string bound)
    {
        Action make = bound == "Nearly" ? () => Quantity.Nearly(0) : () => Quantity.FewerThan(0);

        make.Should().Throw<ArgumentOutOfRangeException>().WithMessage("value must be more than zero for this bound*");
    }

    [Fact]
    public void Vague_KnownWordingInOtherCase_StoredInLowerCase()
    {
        Quantity.Vague("Several Dozen", 36, 108).Wording.Should().Be("several dozen");
    }

    [Fact]
    public void Equals_TrailingZeros_EqualWithSameHashCodeAndText()
    {
        Quantity a = Quantity.Exactly(2000m, "people");
        Quantity b = Quantity.Exactly(2000.000m, "people");

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        b.ToString().Should().Be("2,000 people");
        Quantity.Between(10.0m, 20.00m).Should().Be(Quantity.Between(10, 20));
    }

    [Fact]
    public void Equals_ParsedSynonyms_AreEqual()
    {
        Quantity.Parse("approximately 2,000").Should().Be(Quantity.Parse("about 2000"));
        Quantity.Parse("a total of 60 servicemen").Should().Be(Quantity.Exactly(60, "servicemen"));
    }

    [Theory]
    [InlineData("1,960 servicemen", "1,960 troops")]
    [InlineData("1,960 servicemen", "1,960 Servicemen")]
    [InlineData("about 2,000", "2,000")]
    [InlineData("about 2,000", "about 2,001")]
    [InlineData("between 10 and 20", "between 10 and 21")]
    [InlineData("1,960", "1,960 servicemen")]
    public void Equals_AnyPropertyDiffers_NotEqual(string a, string b)
    {
        Quantity first = Quantity.Parse(a);
        Quantity second = Quantity.Parse(b);

        first.Should().NotBe(second);
        (first != second).Should().BeTrue();
    }

    [Fact]
    public void Unit_Blank_IsNull()
    {
        Quantity.Exactly(5, "   ").Unit.Should().BeNull();
        Quantity.Exactly(5, "  tanks ").Unit.Should().Be("tanks");
    }

    [Property(MaxTest = 1000)]
    public Property Parse_ToStringOfAnyQuantity_GivesEqualQuantity() =>
        Prop.ForAll(Arb.From(AnyQuantity()), q => Quantity.Parse(q.ToString()).Equals(q));

    [Property(MaxTest = 300)]
    public Property IsCompatibleWith_Itself_TrueUnlessIntervalIsEmpty() =>
        Prop.ForAll(Arb.From(AnyQuantity()), q => q.IsCompatibleWith(q) == !q.ToInterval().IsEmpty);

    private static Gen<Quantity> AnyQuantity()
    {
        Gen<decimal> number = Gen.OneOf(
            Gen.Choose(0, 200).Select(i => (decimal)i),
            Gen.Choose(1, 2_000_000).Select(i => (decimal)i),
            from whole in Gen.Choose(0, 100_000) from cents in Gen.Choose(0, 99) select whole + (cents / 100m),
            Gen.Choose(1, 1000).Select(i => i * 1000.000m));
        Gen<decimal> positive = number.Where(n => n > 0);
        Gen<string?> unit = Gen.Elements<string?>(
            null, "servicemen", "displaced Armenians", "people", "km", "T-72 tanks", "of them", "BM-21 \"Grad\" launchers", "Armenian POWs");
        Gen<string> customWording = Gen.Elements("scores", "a handful", "many", "Several", "dozens upon dozens");

        return Gen.OneOf(
            from n in number from u in unit select Quantity.Exactly(n, u),
            from n in number from u in unit select Quantity.About(n, u),
            from n in number from u in unit select Quantity.AtLeast(n, u),
            from n in number from u in unit select Quantity.MoreThan(n, u),
            from n in number from u in unit select Quantity.AtMost(n, u),
            from n in positive from u in unit select Quantity.FewerThan(n, u),
            from n in positive from u in unit select Quantity.Nearly(n, u),
            from a in number from b in number from u in unit select Quantity.Between(Math.Min(a, b), Math.Max(a, b), u),
            from e in Gen.Elements(KnownWordings) from u in unit select Quantity.Vague(e.Wording, e.Low, e.High, u),
            from w in customWording from a in number from b in number from u in unit select Quantity.Vague(w, Math.Min(a, b), Math.Max(a, b), u));
    }

    private static readonly (string Wording, decimal Low, decimal High)[] KnownWordings =
    [
        ("a few", 2, 5), ("several", 3, 9), ("dozens", 24, 144), ("several dozen", 36, 108), ("a few dozen", 24, 60),
        ("hundreds", 200, 999), ("several hundred", 300, 900), ("thousands", 2000, 9999), ("several thousand", 3000, 9000),
        ("a few hundred", 200, 500), ("a few thousand", 2000, 5000), ("tens of thousands", 20000, 99999),
        ("hundreds of thousands", 200000, 999999),
    ];
}

using ClaimLedger.Internal;
using ClaimLedger.Text;

namespace ClaimLedger.Tests.Parsing;

/// <summary>The defect classes of issue 15 in the text parsers, each with a test; the reproducer files are in Serialization/Reliability.</summary>
public class HostileTextTests
{
    [Theory]
    [InlineData("\uFF12\uFF10\uFF12\uFF12", '\uFF12')]
    [InlineData("\uFF12 March 2022", '\uFF12')]
    [InlineData("\u0661\u0662 March 2022", '\u0661')]
    [InlineData("27 March \u0968\u0966\u0968\u0968", '\u0968')]
    public void FuzzyDateTryParse_NonAsciiDigits_FailsNamingTheDigit(string text, char digit)
    {
        FuzzyDate.TryParse(text, null, out FuzzyDate? date, out string? error).Should().BeFalse();

        date.Should().BeNull();
        error.Should().Be(FuzzyDateErrors.CannotRead(text, FuzzyDateErrors.NonAsciiDigit(digit)));
    }

    [Fact]
    public void FuzzyDateTryParse_LongerThanAnyDate_FailsWithoutTryingTheForms()
    {
        string text = string.Join(" - ", Enumerable.Repeat("27 March 2022", 50_000));

        FuzzyDate.TryParse(text, null, out _, out string? error).Should().BeFalse();

        error.Should().Be(FuzzyDateErrors.CannotRead(text, FuzzyDateErrors.TooLong(text.Length)));
        error!.Length.Should().BeLessThan(500, "the text is quoted only in part");
    }

    [Fact]
    public void FuzzyDateTryParse_RunsOfWhiteSpace_CountAsOneSpaceForTheLimit() =>
        FuzzyDate.Parse(string.Concat(Enumerable.Repeat("\n\r", 10_000)) + " March 2023").Should().Be(FuzzyDate.Parse("March 2023"));

    [Theory]
    [InlineData("-5 soldiers", "-5")]
    [InlineData("about -5 soldiers", "-5")]
    [InlineData("between -5 and 10", "-5")]
    [InlineData("\u22125 soldiers", "\u22125")]
    public void QuantityTryParse_NegativeNumber_SaysACountCannotBeNegative(string text, string written)
    {
        Quantity.TryParse(text, out _, out string? error).Should().BeFalse();

        error.Should().Be(QuantityErrors.CannotRead(text, QuantityErrors.NegativeNumber(written)));
    }

    [Theory]
    [InlineData("\uFF15 men", '\uFF15')]
    [InlineData("about \u0665 men", '\u0665')]
    public void QuantityTryParse_NonAsciiDigits_FailsNamingTheDigit(string text, char digit)
    {
        Quantity.TryParse(text, out _, out string? error).Should().BeFalse();

        error.Should().Be(QuantityErrors.CannotRead(text, QuantityErrors.NonAsciiDigit(digit)));
    }

    [Theory]
    [InlineData("several\ndozen men", "several dozen men")]
    [InlineData("a  few \t hundred", "a few hundred")]
    [InlineData("at\u00A0least 3 tanks", "at least 3 tanks")]
    [InlineData("hundreds of\npeople", "hundreds of people")]
    [InlineData("1 hundred thousand men", "100,000 men")]
    [InlineData("a dozen thousand men", "12,000 men")]
    [InlineData("1,000thousand men", "1,000,000 men")]
    public void QuantityParse_AnyWhiteSpaceOrScaleWords_ReadsAsItsPrintedForm(string text, string printed)
    {
        Quantity quantity = Quantity.Parse(text);

        quantity.ToString().Should().Be(printed);
        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
    }

    [Fact]
    public void QuantityTryParse_UnitThatWouldReadAsPartOfTheNumber_IsRefusedRatherThanChangedOnSave()
    {
        Quantity.TryParse("9999to 1,000 men", out _, out string? error).Should().BeFalse();

        error.Should().Be(QuantityErrors.CannotRead("9999to 1,000 men", QuantityErrors.NotRoundTrip("to 1,000 men", "9,999 to 1,000 men")));
    }

    [Fact]
    public void QuantityTryParse_ZeroForABoundAboveZero_GivesOneLine()
    {
        Quantity.TryParse("fewer than 0 men", out _, out string? error).Should().BeFalse();

        error.Should().NotContainAny("\n", "\r", "Parameter");
        error.Should().Be(QuantityErrors.CannotRead("fewer than 0 men", Quantity.ZeroProblem(0m).TrimEnd('.')));
    }

    [Theory]
    [InlineData("around 2 January 0001", 1, 1, 2)]
    [InlineData("around 30 December 9999", 9999, 12, 30)]
    public void FuzzyDateTryParse_AroundAtTheEdgeOfTheCalendar_GivesAroundsReason(string text, int year, int month, int day)
    {
        FuzzyDate.TryParse(text, null, out _, out string? error).Should().BeFalse();

        error.Should().Be(FuzzyDateErrors.CannotRead(text, FuzzyDate.AroundOutOfRange(new LocalDate(year, month, day)).Message));
    }

    [Fact]
    public void QuantityTryParse_WordingWithANonAsciiDigit_GivesTheFactorysReason()
    {
        // The pattern for a wording with a range keeps out 0-9 only; the factory's guard refuses other digits.
        string text = "\u0663 (1-2) men";

        Quantity.TryParse(text, out _, out string? error).Should().BeFalse();

        error.Should().Be(QuantityErrors.CannotRead(text, QuantityErrors.BadWording("\u0663").TrimEnd('.')));
    }

    [Fact]
    public void Errors_QuoteUserTextBoundedAndEscaped()
    {
        string text = "\u001B[31m" + new string('x', 1_000_000) + "\0";

        Quantity.TryParse(text, out _, out string? quantityError).Should().BeFalse();
        FuzzyDate.TryParse(text, null, out _, out string? dateError).Should().BeFalse();
        Term.TryParse(text, out _, out string? termError).Should().BeFalse();

        foreach (string? error in new[] { quantityError, dateError, termError })
        {
            ParserPropertyTests.SafeMessage(error!).Should().BeTrue(error);
            error.Should().Contain("\\u001B[31mxxx").And.Contain(UserText.Ellipsis);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("two\nlines\0", "two\\nlines\\0")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    public void UserTextEcho_EscapesWhatATerminalWouldObey(string text, string echoed) =>
        UserText.Echo(text).Should().Be(echoed);

    [Fact]
    public void UserTextEcho_LoneSurrogate_IsEscaped() =>
        UserText.Echo("lone \uD800 half").Should().Be("lone \\uD800 half");

    [Fact]
    public void UserTextEcho_Long_CutsAtTheLimitWithoutSplittingAPair()
    {
        UserText.Echo(new string('a', 500)).Should().Be(new string('a', UserText.MaxEchoLength) + UserText.Ellipsis);
        UserText.Echo(new string('a', UserText.MaxEchoLength - 1) + "\uD83D\uDE00").Should().Be(new string('a', UserText.MaxEchoLength - 1) + UserText.Ellipsis);
    }

    [Fact]
    public void TermTryParse_LoneSurrogateInText_DoesNotThrow() =>
        Term.TryParse("text:a \uD800 b", out Term? term, out _).Should().BeTrue();
}

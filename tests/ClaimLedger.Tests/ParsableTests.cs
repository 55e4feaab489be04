namespace ClaimLedger.Tests;

/// <summary>FuzzyDate and Quantity as IParsable and ISpanParsable: generic code reads them as it reads numbers.</summary>
public class ParsableTests
{
    [Theory]
    [InlineData("27 March 2022")]
    [InlineData("mid-December 2020")]
    [InlineData("00:00, 10 November 2020 Moscow Time")]
    public void FuzzyDate_ThroughTheInterfaces_ReadsAsParseDoes(string text)
    {
        FuzzyDate expected = FuzzyDate.Parse(text);

        ParseVia<FuzzyDate>(text).Should().Be(expected);
        SpanParseVia<FuzzyDate>(text).Should().Be(expected);
        TryParseVia<FuzzyDate>(text).Should().Be(expected);
        TrySpanParseVia<FuzzyDate>(text).Should().Be(expected);
        FuzzyDate.TryParse(text, out FuzzyDate? read).Should().BeTrue();
        read.Should().Be(expected);
    }

    [Theory]
    [InlineData("more than 5,000 people")]
    [InlineData("several dozen troops")]
    [InlineData("between 10 and 20")]
    public void Quantity_ThroughTheInterfaces_ReadsAsParseDoes(string text)
    {
        Quantity expected = Quantity.Parse(text);

        ParseVia<Quantity>(text).Should().Be(expected);
        SpanParseVia<Quantity>(text).Should().Be(expected);
        TryParseVia<Quantity>(text).Should().Be(expected);
        TrySpanParseVia<Quantity>(text).Should().Be(expected);
        Quantity.TryParse(text, out Quantity? read).Should().BeTrue();
        read.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the thirty-second of Smarch")]
    [InlineData(null)]
    public void TryParse_WithoutAnErrorArgument_FailsQuietly(string? text)
    {
        FuzzyDate.TryParse(text, out FuzzyDate? date).Should().BeFalse();
        date.Should().BeNull();
        Quantity.TryParse(text, out Quantity? quantity).Should().BeFalse();
        quantity.Should().BeNull();
        TryParseVia<FuzzyDate>(text).Should().BeNull();
        TryParseVia<Quantity>(text).Should().BeNull();
    }

    [Fact]
    public void Parse_ThroughTheInterface_ThrowsFormatExceptionQuotingTheText()
    {
        Action date = () => ParseVia<FuzzyDate>("Smarch 2022");
        Action quantity = () => SpanParseVia<Quantity>("lots and lots");

        date.Should().Throw<FormatException>().WithMessage("*Smarch 2022*");
        quantity.Should().Throw<FormatException>().WithMessage("*lots and lots*");
    }

    [Fact]
    public void FuzzyDate_ThroughTheInterface_RequiresAYear() =>
        TryParseVia<FuzzyDate>("11 November").Should().BeNull("IParsable has no default year to give");

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, provider: null);

    private static T SpanParseVia<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), provider: null);

    private static T? TryParseVia<T>(string? text)
        where T : class, IParsable<T> => T.TryParse(text, provider: null, out T? result) ? result : null;

    private static T? TrySpanParseVia<T>(string text)
        where T : class, ISpanParsable<T> => T.TryParse(text.AsSpan(), provider: null, out T? result) ? result : null;
}

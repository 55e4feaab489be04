using ClaimLedger.Text;

namespace ClaimLedger.Tests.Serialization.Reliability;

/// <summary>The date and quantity reproducers of issue 15: each now fails (or reads) without an exception.</summary>
public class TextReproducerTests
{
    [Theory]
    [InlineData("min-date-fullwidth-year.txt")]
    [InlineData("min-date-fullwidth-day.txt")]
    [InlineData("min-date-arabic-indic-day.txt")]
    [InlineData("date-85bb4a71ef6b.bin")]
    [InlineData("date-2b20115c1b64.bin")]
    public void FuzzyDateTryParse_NonAsciiDigitReproducer_ReturnsFalseWithTheDigitNamed(string file)
    {
        string text = ReproducerFiles.Text(file);
        char digit = text.First(c => char.IsDigit(c) && !char.IsAsciiDigit(c));

        FuzzyDate.TryParse(text, null, out FuzzyDate? date, out string? error).Should().BeFalse();

        date.Should().BeNull();
        error.Should().Be(FuzzyDateErrors.CannotRead(text, FuzzyDateErrors.NonAsciiDigit(digit)));
        FluentActions.Invoking(() => FuzzyDate.Parse(text)).Should().Throw<FormatException>().WithMessage(error);
    }

    [Theory]
    [InlineData("min-quantity-roundtrip-newline.txt")]
    [InlineData("quantity-roundtrip-fuzzer-found.bin")]
    public void QuantityParse_RoundTripReproducer_PrintsBackToAnEqualValue(string file)
    {
        Quantity quantity = Quantity.Parse(ReproducerFiles.Text(file));

        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
        quantity.Wording.Should().Be("several dozen");
    }
}

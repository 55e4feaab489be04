namespace ClaimLedger.Tests;

public class QuantityOptionsTests
{
    [Fact]
    public void Default_Tolerances_AreTenPercent()
    {
        QuantityOptions.Default.AboutTolerance.Should().Be(0.10m);
        QuantityOptions.Default.NearlyTolerance.Should().Be(0.10m);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void AboutTolerance_OutOfRange_ThrowsNamingRange(double value)
    {
        Action make = () => _ = new QuantityOptions { AboutTolerance = (decimal)value };

        make.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("AboutTolerance")
            .WithMessage("AboutTolerance must be between 0 and 1 inclusive*");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void NearlyTolerance_OutOfRange_ThrowsNamingRange(double value)
    {
        Action make = () => _ = new QuantityOptions { NearlyTolerance = (decimal)value };

        make.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("NearlyTolerance")
            .WithMessage("NearlyTolerance must be between 0 and 1 inclusive*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Tolerances_AtEndsOfRange_Accepted(double value)
    {
        var options = new QuantityOptions { AboutTolerance = (decimal)value, NearlyTolerance = (decimal)value };

        options.AboutTolerance.Should().Be((decimal)value);
        options.NearlyTolerance.Should().Be((decimal)value);
    }
}

using ClaimLedger.Serialization;

namespace ClaimLedger.Tests.Serialization;

public class LedgerFileOptionsTests
{
    [Fact]
    public void Default_Values_SuitUntrustedFiles()
    {
        LedgerFileOptions options = LedgerFileOptions.Default;

        options.UnknownFields.Should().Be(UnknownFieldPolicy.Error);
        options.MaxDepth.Should().Be(32);
        options.MaxBytes.Should().Be(1L << 30);
        options.MaxStringLength.Should().Be(1_000_000);
        options.Should().Be(new LedgerFileOptions(), "the default is what a new instance holds");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(LedgerFileOptions.MaxDepthLimit + 1)]
    public void MaxDepth_OutOfRange_ThrowsNamingTheRange(int value)
    {
        Action make = () => _ = new LedgerFileOptions { MaxDepth = value };

        make.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDepth")
            .WithMessage($"MaxDepth must be between 1 and {LedgerFileOptions.MaxDepthLimit:N0} inclusive, but was {value}.*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(LedgerFileOptions.MaxDepthLimit)]
    public void MaxDepth_AtEndsOfRange_IsAccepted(int value) =>
        new LedgerFileOptions { MaxDepth = value }.MaxDepth.Should().Be(value);

    [Fact]
    public void MaxBytes_BelowOne_ThrowsNamingTheRange()
    {
        Action make = () => _ = LedgerFileOptions.Default with { MaxBytes = 0 };

        make.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxBytes").WithMessage("MaxBytes must be between 1 and *");
    }

    [Fact]
    public void MaxStringLength_Negative_ThrowsNamingTheRange()
    {
        Action make = () => _ = new LedgerFileOptions { MaxStringLength = -5 };

        make.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxStringLength").WithMessage("MaxStringLength must be between 1 and *");
    }

    [Fact]
    public void UnknownFields_NotAPolicy_ThrowsNamingThePolicies()
    {
        Action make = () => _ = new LedgerFileOptions { UnknownFields = (UnknownFieldPolicy)9 };

        make.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("UnknownFields")
            .WithMessage($"UnknownFields must be one of {string.Join(", ", Enum.GetNames<UnknownFieldPolicy>())}, but was 9.*");
    }
}

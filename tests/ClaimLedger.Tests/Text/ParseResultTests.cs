using ClaimLedger.Text;

namespace ClaimLedger.Tests.Text;

public class ParseResultTests
{
    [Fact]
    public void ForValue_Succeeds_AndHoldsTheValue()
    {
        ParseResult<int> result = ParseResult<int>.ForValue(7);

        result.Success.Should().BeTrue();
        result.Value.Should().Be(7);
        result.Invoking(r => r.Error).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ForError_BuildsTheErrorOnlyWhenRead()
    {
        int built = 0;
        ParseResult<int> result = ParseResult<int>.ForError(() => "reason " + ++built);

        result.Success.Should().BeFalse();
        built.Should().Be(0);
        result.Error.Should().Be("reason 1");
        result.Invoking(r => r.Value).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ConvertError_KeepsTheUnbuiltError()
    {
        int built = 0;
        ParseResult<string> converted = ParseResult<int>.ForError(() => "reason " + ++built).ConvertError<string>();

        built.Should().Be(0);
        converted.Success.Should().BeFalse();
        converted.Error.Should().Be("reason 1");
    }

    [Fact]
    public void ConvertError_OfASuccess_Throws()
    {
        Action convert = () => ParseResult<int>.ForValue(1).ConvertError<string>();

        convert.Should().Throw<InvalidOperationException>();
    }
}

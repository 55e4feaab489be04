using ClaimLedger.Internal;

namespace ClaimLedger.Tests.Internal;

public class PreconditionsTests
{
    [Fact]
    public void CheckNotNull_ReturnsTheValue()
    {
        object value = new();

        Preconditions.CheckNotNull(value).Should().BeSameAs(value);
    }

    [Fact]
    public void CheckNotNull_Null_NamesTheArgumentItWasGiven()
    {
        string? ledgerName = null;

        FluentActions.Invoking(() => Preconditions.CheckNotNull(ledgerName)).Should().Throw<ArgumentNullException>().WithParameterName("ledgerName");
        FluentActions.Invoking(() => Preconditions.CheckNotNull(ledgerName, "other")).Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void CheckNotBlank_ReturnsTheValueUntrimmed() => Preconditions.CheckNotBlank(" Parukh ").Should().Be(" Parukh ");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void CheckNotBlank_EmptyOrWhiteSpace_ThrowsArgument(string words) =>
        FluentActions.Invoking(() => Preconditions.CheckNotBlank(words)).Should().Throw<ArgumentException>()
            .WithParameterName("words").WithMessage("Value must not be empty or white space.*");

    [Fact]
    public void CheckNotBlank_Null_ThrowsArgumentNull()
    {
        string? words = null;

        FluentActions.Invoking(() => Preconditions.CheckNotBlank(words)).Should().Throw<ArgumentNullException>().WithParameterName("words");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void CheckInRange_InsideOrOnTheBounds_ReturnsTheValue(int depth) => Preconditions.CheckInRange(depth, 1, 10).Should().Be(depth);

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    public void CheckInRange_Outside_ThrowsNamingTheRangeAndTheValue(int depth)
    {
        var thrown = FluentActions.Invoking(() => Preconditions.CheckInRange(depth, 1, 10)).Should().Throw<ArgumentOutOfRangeException>().Which;

        thrown.ParamName.Should().Be("depth");
        thrown.ActualValue.Should().Be(depth);
        thrown.Message.Should().StartWith($"depth must be between 1 and 10 inclusive, but was {depth}.");
    }

    [Fact]
    public void CheckInRange_Decimals_CompareByValue()
    {
        decimal tolerance = 0.5m;

        Preconditions.CheckInRange(tolerance, 0m, 1m).Should().Be(0.5m);
        FluentActions.Invoking(() => Preconditions.CheckInRange(1.01m, 0m, 1m)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CheckDefined_NamedValue_ReturnsIt() => Preconditions.CheckDefined(Stance.Denies).Should().Be(Stance.Denies);

    [Fact]
    public void CheckDefined_UndefinedValue_ThrowsNamingTheAllowedValues()
    {
        var stance = (Stance)42;

        var thrown = FluentActions.Invoking(() => Preconditions.CheckDefined(stance)).Should().Throw<ArgumentOutOfRangeException>().Which;

        thrown.ParamName.Should().Be("stance");
        thrown.Message.Should().StartWith("stance must be one of Affirms, Denies, but was 42.");
    }

    [Fact]
    public void OrEmpty_Default_IsEmpty_AndAnArrayIsItself()
    {
        ImmutableArray<string> none = default;
        ImmutableArray<string> some = ["a", "b"];

        Preconditions.OrEmpty(none).IsDefault.Should().BeFalse();
        Preconditions.OrEmpty(none).Should().BeEmpty();
        Preconditions.OrEmpty(some).Should().Equal(some);
    }
}

using ClaimLedger.Internal;

namespace ClaimLedger.Tests.Internal;

public class IdentifierTests
{
    [Theory]
    [InlineData("parukh-2022")]
    [InlineData("a")]
    [InlineData("ru_mod.v2:press")]
    [InlineData("ABC-123")]
    public void IsValid_AsciiLettersDigitsAndPunctuation_AreValid(string value)
    {
        Identifier.IsValid(value, out string? error).Should().BeTrue();
        error.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_Empty_SaysSo(string? value)
    {
        Identifier.IsValid(value, out string? error).Should().BeFalse();
        error.Should().Be("an identifier must not be empty");
    }

    [Fact]
    public void IsValid_MaxLength_IsTheLongestAccepted()
    {
        Identifier.IsValid(new string('a', Identifier.MaxLength), out _).Should().BeTrue();

        Identifier.IsValid(new string('a', Identifier.MaxLength + 1), out string? error).Should().BeFalse();
        error.Should().Contain($"at most {Identifier.MaxLength} characters").And.Contain($"has {Identifier.MaxLength + 1}");
    }

    [Theory]
    [InlineData("Kohne Taghlar", "' '")]
    [InlineData("xankəndi", "'ə'")]
    [InlineData("a/b", "'/'")]
    [InlineData("new\nline", "'\\n'")]
    [InlineData("bidi\u202E", "'\\u202E'")]
    public void IsValid_OtherCharacters_AreNamed_Escaped(string value, string named)
    {
        Identifier.IsValid(value, out string? error).Should().BeFalse();
        error.Should().StartWith("an identifier may hold only ASCII letters, digits").And.EndWith($"but has {named}");
    }

    [Fact]
    public void Check_Valid_ReturnsTheValue() => Identifier.Check("ru-mod", "SourceId", "id").Should().Be("ru-mod");

    [Fact]
    public void Check_Invalid_ThrowsNamingTheValueAndTheRule()
    {
        Action act = () => Identifier.Check("bad id", "SourceId", "id");

        act.Should().Throw<ArgumentException>().WithParameterName("id")
            .Which.Message.Should().StartWith("'bad id' is not a valid SourceId: an identifier may hold only");
    }

    [Fact]
    public void Check_HostileValue_IsQuotedBoundedAndEscaped()
    {
        string hostile = "\u001B[2J" + new string('x', 1000);

        string message = FluentActions.Invoking(() => Identifier.Check(hostile, "SourceId", "id")).Should().Throw<ArgumentException>().Which.Message;

        message.Should().StartWith($"'{UserText.Echo(hostile)}' is not a valid SourceId").And.NotContain("\u001B");
        message.Length.Should().BeLessThan(400);
    }

    [Fact]
    public void Check_Null_ThrowsArgumentNullNamingTheType() =>
        FluentActions.Invoking(() => Identifier.Check(null, "SourceId", "id")).Should().Throw<ArgumentNullException>().WithParameterName("id")
            .Which.Message.Should().StartWith(Identifier.NullMessage("SourceId"));
}

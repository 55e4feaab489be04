using ClaimLedger.Internal;

namespace ClaimLedger.Tests.Internal;

public class UserTextTests
{
    [Fact]
    public void Echo_Null_SaysNull() => UserText.Echo((string?)null).Should().Be("(null)");

    [Fact]
    public void Echo_ShortCleanText_IsTheTextItself()
    {
        const string text = "Parukh, 27 March 2022 — “withdrawn”";

        UserText.Echo(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Echo_TextOfTheLimit_IsWhole_AndOneMoreIsCutWithTheEllipsis()
    {
        string limit = new('a', UserText.MaxEchoLength);

        UserText.Echo(limit).Should().Be(limit);
        UserText.Echo(limit + "b").Should().Be(limit + UserText.Ellipsis);
        UserText.Echo(new string('x', 100_000)).Should().HaveLength(UserText.MaxEchoLength + UserText.Ellipsis.Length);
    }

    [Theory]
    [InlineData("line\nbreak", "line\\nbreak")]
    [InlineData("cr\rtab\t", "cr\\rtab\\t")]
    [InlineData("nul\0", "nul\\0")]
    [InlineData("esc\u001B[2J", "esc\\u001B[2J")]
    [InlineData("del\u007F c1\u0085", "del\\u007F c1\\u0085")]
    [InlineData("bidi \u202Eevil\u202C", "bidi \\u202Eevil\\u202C")]
    [InlineData("isolate \u2066x\u2069", "isolate \\u2066x\\u2069")]
    [InlineData("marks \u200E\u200F\uFEFF", "marks \\u200E\\u200F\\uFEFF")]
    [InlineData("separators \u2028\u2029", "separators \\u2028\\u2029")]
    public void Echo_UnsafeCharacters_AreEscaped(string text, string echoed) => UserText.Echo(text).Should().Be(echoed);

    [Fact]
    public void Echo_LoneSurrogates_AreEscaped()
    {
        // Not as InlineData: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.
        UserText.Echo("lone \uD800 and \uDC00").Should().Be("lone \\uD800 and \\uDC00");
        UserText.Echo("reversed \uDE00\uD83D").Should().Be("reversed \\uDE00\\uD83D");
        UserText.Echo("at the end \uD83D").Should().Be("at the end \\uD83D");
    }

    [Fact]
    public void Echo_SurrogatePair_IsKept_AndNeverCutInTwo()
    {
        UserText.Echo("smile 😀").Should().Be("smile 😀");

        string text = new string('a', UserText.MaxEchoLength - 1) + "😀" + "tail";
        string echoed = UserText.Echo(text);

        echoed.Should().Be(new string('a', UserText.MaxEchoLength - 1) + UserText.Ellipsis, "the pair would straddle the limit");
        echoed.Any(char.IsSurrogate).Should().BeFalse();
    }

    [Fact]
    public void Echo_Character_EscapesOnlyUnsafeOnes()
    {
        UserText.Echo('x').Should().Be("x");
        UserText.Echo('\n').Should().Be("\\n");
        UserText.Echo('\u202E').Should().Be("\\u202E");
        UserText.Echo('\uD800').Should().Be("\\uD800");
    }

    [Fact]
    public void EscapeAll_EscapesWithoutCutting()
    {
        string longClean = new('m', UserText.MaxEchoLength * 3);

        UserText.EscapeAll(longClean).Should().BeSameAs(longClean);
        UserText.EscapeAll(longClean + "\n😀\uDFFF").Should().Be(longClean + "\\n😀\\uDFFF");
    }
}

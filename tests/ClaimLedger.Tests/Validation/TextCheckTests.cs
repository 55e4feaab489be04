using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Validation;

public class TextCheckTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("tab\tcr\rlf\n")]
    [InlineData("pair 😀, Xankəndi, “quotes”")]
    [InlineData("bidi \u202E is shown escaped, not refused")]
    public void IsClean_WellFormedTextWithOnlyTabAndLineBreaks_IsClean(string? text) => TextCheck.IsClean(text).Should().BeTrue();

    [Theory]
    [InlineData("bell \u0007")]
    [InlineData("nul\0")]
    [InlineData("esc\u001B[2J")]
    [InlineData("del\u007F")]
    [InlineData("c1 \u0085")]
    public void IsClean_ControlCharactersAndLoneSurrogates_AreNot(string text) => TextCheck.IsClean(text).Should().BeFalse();

    [Fact]
    public void IsClean_LoneSurrogates_AreNot()
    {
        // Not as InlineData: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.
        TextCheck.IsClean("lone \uD800 high").Should().BeFalse();
        TextCheck.IsClean("lone \uDC00 low").Should().BeFalse();
        TextCheck.IsClean("high at the end \uD83D").Should().BeFalse();
        TextCheck.IsClean("pair the wrong way \uDE00\uD83D").Should().BeFalse();
        TextCheck.IsClean("replacement \uFFFD").Should().BeTrue("U+FFFD is a character like any other");
    }

    [Fact]
    public void AllClean_IsCleanOfEvery_DefaultCountsAsClean()
    {
        TextCheck.AllClean(default).Should().BeTrue();
        TextCheck.AllClean([]).Should().BeTrue();
        TextCheck.AllClean(["Karabakh", "Artsakh"]).Should().BeTrue();
        TextCheck.AllClean(["Karabakh", "Art\0sakh"]).Should().BeFalse();
    }

    [Fact]
    public void IsClean_Term_ChecksTheWordsOfTextTermsOnly()
    {
        TextCheck.IsClean((Term?)null).Should().BeTrue();
        TextCheck.IsClean(Term.Party("azerbaijan")).Should().BeTrue();
        TextCheck.IsClean(Term.Text("the attackers")).Should().BeTrue();
        TextCheck.IsClean(Term.Text("the \u001B[2J attackers")).Should().BeFalse();
    }

    [Fact]
    public void IsClean_Quantity_ChecksItsUnitAndWording()
    {
        TextCheck.IsClean((Quantity?)null).Should().BeTrue();
        TextCheck.IsClean(Quantity.Parse("about 2,000 personnel")).Should().BeTrue();
        TextCheck.IsClean(Quantity.Exactly(3, "sol\u0007diers")).Should().BeFalse();
        TextCheck.IsClean(Quantity.Vague("sev\0eral", 3, 9)).Should().BeFalse();
    }

    [Fact]
    public void Describe_ControlCharacter_NamesItsCodeAndItsPositionFromOne()
    {
        string said = TextCheck.Describe("bell \u0007");

        said.Should().Contain("control character U+0007 at character 6").And.Contain("only tab, carriage return and line feed are allowed");
    }

    [Fact]
    public void Describe_LoneSurrogate_SaysTheTextIsNotValidUnicode()
    {
        string said = TextCheck.Describe("ok 😀 \uDC00");

        said.Should().Contain("not valid Unicode").And.Contain("lone surrogate U+DC00 at character 7", "a pair before it counts as two characters");
    }

    [Fact]
    public void Describe_TheFirstProblemOnly()
    {
        TextCheck.Describe("\u0001\uD800").Should().Contain("U+0001 at character 1").And.NotContain("D800");
        TextCheck.Describe("fine").Should().Be("the text is well-formed");
    }

    [Fact]
    public void Echo_IsUserTextsEcho()
    {
        string hostile = "\u001B[2J" + new string('x', 500);

        TextCheck.Echo(hostile).Should().Be(UserText.Echo(hostile));
    }
}

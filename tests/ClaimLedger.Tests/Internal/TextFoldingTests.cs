using ClaimLedger.Internal;

namespace ClaimLedger.Tests.Internal;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Katırcı", "katirci")]
    [InlineData("Xankəndi", "xankendi")]
    [InlineData("Kohne  Taghlar", "kohne taghlar")]
    [InlineData("KOHNE-TAGHLAR", "kohne taghlar")]
    [InlineData("  -Hin_Tagher.-  ", "hin tagher")]
    [InlineData("Shushi / Şuşa", "shushi / susa")]
    [InlineData("“Lachin” corridor’s", "lachin corridor s")]
    [InlineData("Łódź, Øresund", "lodz oresund")]
    [InlineData("Æsir Œuvre Straße", "aesir oeuvre strasse")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ﬁeld", "field")]
    [InlineData("Ｐａｒｕｋｈ", "parukh")]
    [InlineData("Đakovo Ħamrun", "dakovo hamrun")]
    [InlineData("", "")]
    [InlineData(" - ", "")]
    public void Fold_IgnoresCaseDiacriticsDashesAndSpacing(string text, string key) =>
        TextFolding.Fold(text).Should().Be(key);

    [Fact]
    public void Fold_NamesThatDifferOnlyInWriting_GiveOneKey() =>
        new[] { "Hin Tagher", "hin-tagher", "HIN  TAGHER", "Hin_Tagher" }.Select(TextFolding.Fold).Distinct().Should().ContainSingle();

    [Fact]
    public void Fold_LoneSurrogate_StandsInAsReplacementCharacter_WithoutThrowing()
    {
        TextFolding.Fold("a\uD800b").Should().Be("a\uFFFDb");
        TextFolding.Fold("\uDC00").Should().Be("\uFFFD");
    }

    [Fact]
    public void Fold_SurrogatePair_IsKept() => TextFolding.Fold("Flag 😀").Should().Be("flag 😀");

    [Fact]
    public void Fold_Null_Throws() =>
        FluentActions.Invoking(() => TextFolding.Fold(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
}

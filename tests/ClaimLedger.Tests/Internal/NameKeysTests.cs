using ClaimLedger.Internal;

namespace ClaimLedger.Tests.Internal;

public class NameKeysTests
{
    [Theory]
    [InlineData("Шуша", "shusha")]
    [InlineData("Շուշի", "shushi")]
    [InlineData("Ստեփանակերտ", "stepanakert")]
    [InlineData("Нахичевань", "nakhichevan")]
    [InlineData("Şuşa", "shusha")]
    [InlineData("Xankəndi", "khankendi")]
    [InlineData("Cəbrayıl", "jabrayil")]
    [InlineData("Laçın", "lachin")]
    [InlineData("Ağdam", "aghdam")]
    public void For_NameInAnotherScript_IncludesItsAsciiSpelling(string name, string key) =>
        NameKeys.For(name).Should().Contain(key);

    [Fact]
    public void For_AsciiName_IsTheFoldedNameAlone() => NameKeys.For("Hin  Tagher").Should().Equal("hin tagher");

    [Fact]
    public void For_NameWithAccents_FoldedFormComesFirst() => NameKeys.For("Şuşa")[0].Should().Be(TextFolding.Fold("Şuşa"));

    [Fact]
    public void For_EnglishX_IsNotReadAsAzerbaijani() => NameKeys.For("Café Xavier").Should().NotContain(k => k.Contains("kh"));
}

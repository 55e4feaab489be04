namespace ClaimLedger.Tests;

public class UnitVocabularyTests
{
    [Theory]
    [InlineData("sailors", "seamen")]
    [InlineData("crew members", "Sailors")]
    [InlineData("soldiers", "servicemen")]
    [InlineData("soldier", "troops")]
    [InlineData("POWs", "prisoners of war")]
    [InlineData("Indian soldiers", "Indian troops")]
    public void KeyOf_WordsOfOneUnit_AreEqual(string a, string b) =>
        UnitVocabulary.BuiltIn.KeyOf(a).Should().Be(UnitVocabulary.BuiltIn.KeyOf(b));

    [Theory]
    [InlineData("troops", "people")]
    [InlineData("civilians", "soldiers")]
    [InlineData("Indian soldiers", "soldiers")]
    [InlineData("Indian soldiers", "Chinese soldiers")]
    [InlineData("killed", "wounded")]
    public void KeyOf_DifferentMeasures_Differ(string a, string b) =>
        UnitVocabulary.BuiltIn.KeyOf(a).Should().NotBe(UnitVocabulary.BuiltIn.KeyOf(b));

    [Fact]
    public void KeyOf_NoUnit_IsEmpty()
    {
        UnitVocabulary.BuiltIn.KeyOf(null).Should().BeEmpty();
        UnitVocabulary.BuiltIn.KeyOf("  ").Should().BeEmpty();
    }

    [Fact]
    public void IsWithin_FollowsWiderUnits()
    {
        UnitVocabulary.BuiltIn.IsWithin("officers", "people").Should().BeTrue();
        UnitVocabulary.BuiltIn.IsWithin("seamen", "people").Should().BeTrue();
        UnitVocabulary.BuiltIn.IsWithin("people", "troops").Should().BeFalse();
    }

    [Fact]
    public void With_UserUnit_JoinsWordsAndCanRefileABuiltInWord()
    {
        UnitVocabulary units = UnitVocabulary.BuiltIn.With(new CountUnit("sappers") { Synonyms = ["deminers", "mine clearers"], Within = "troops" });

        units.KeyOf("deminers").Should().Be(units.KeyOf("sappers"));
        units.Find("mine clearers")!.Name.Should().Be("sappers");
        units.IsWithin("deminers", "people").Should().BeTrue();
        UnitVocabulary.BuiltIn.Find("deminers").Should().BeNull("the built-in vocabulary is unchanged");
    }

    [Fact]
    public void Empty_EveryUnitIsItsOwnWords()
    {
        UnitVocabulary.Empty.KeyOf("sailors").Should().NotBe(UnitVocabulary.Empty.KeyOf("seamen"));
        UnitVocabulary.Empty.KeyOf("sailors").Should().Be(UnitVocabulary.Empty.KeyOf("Sailor"));
    }
}

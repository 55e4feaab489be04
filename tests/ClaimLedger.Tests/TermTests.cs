namespace ClaimLedger.Tests;

public class TermTests
{
    [Theory]
    [InlineData("party:azerbaijan", TermKind.Party, "azerbaijan")]
    [InlineData("place:hin-tagher", TermKind.Place, "hin-tagher")]
    [InlineData("source:ru-peacekeepers", TermKind.Source, "ru-peacekeepers")]
    [InlineData("incident:parukh-2022", TermKind.Incident, "parukh-2022")]
    [InlineData("text:Armenian POWs", TermKind.Text, "Armenian POWs")]
    public void Parse_EachKind_RoundTrips(string text, TermKind kind, string value)
    {
        Term term = Term.Parse(text);

        term.Kind.Should().Be(kind);
        term.Value.Should().Be(value);
        term.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("azerbaijan", "'azerbaijan' is not a term: expected 'party:', 'place:', 'source:', 'incident:' or 'text:' followed by a value")]
    [InlineData("country:x", "'country:x' has an unknown term kind 'country': expected party, place, source, incident or text")]
    [InlineData("party:two words", "'party:two words' does not name a valid identifier: an identifier may hold only ASCII letters, digits and '-', '_', '.', ':', but has ' '")]
    [InlineData("text:  ", "'text:  ' has no words after 'text:'")]
    public void Parse_Malformed_ThrowsWithReason(string text, string message)
    {
        var act = () => Term.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void Equals_TextTerms_IgnoreCaseAndDiacritics() =>
        Term.Text("Yeni Şafak report").Should().Be(Term.Text("yeni safak  REPORT"));

    [Fact]
    public void Equals_DifferentKindsWithSameValue_AreDifferent() =>
        Term.Party("x").Should().NotBe(Term.Source("x"));
}

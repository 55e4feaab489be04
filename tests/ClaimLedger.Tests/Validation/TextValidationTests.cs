using ClaimLedger.Serialization;
using ClaimLedger.Validation;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Validation;

/// <summary>Invalid UTF-16 and control characters are refused in every text field, with the path, in code and in files.</summary>
public class TextValidationTests
{
    public static TheoryData<string, Func<LedgerBatch>> BadTexts => new()
    {
        { "claims[0].attribution.quote", () => World with { Claims = [Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", quote: "lone \uD800 half")] } },
        { "claims[0].note", () => World with { Claims = [Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh") with { Note = "bell \u0007" }] } },
        { "claims[0].proposition.subject", () => World with { Claims = [Claim("c1", "ru-mod", "text:the \u001B[2J attackers", "withdrew-from", "place:parukh")] } },
        { "parties[5].name", () => World with { Parties = [.. World.Parties, new Party("x", "X\0")] } },
        { "sources[11].note", () => World with { Sources = [.. World.Sources, new Source("s", "S", SourceKind.Unknown) { Note = "\uDC00" }] } },
        { "places[7].aliases[0]", () => World with { Places = [.. World.Places, new Place("p", "P") { Aliases = ["a\u0085b"] }] } },
        { "incidents[4].tags[0]", () => World with { Incidents = [.. World.Incidents, new Incident("i", "I") { Tags = ["t\u0000"] }] } },
        { "incidents[4].summary", () => World with { Incidents = [.. World.Incidents, new Incident("i", "I") { Summary = "\uD83D" }] } },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Add_BadText_IsRefusedWithItsPathAndNothingChanges(string path, Func<LedgerBatch> batch)
    {
        var builder = new LedgerBuilder();

        var act = () => builder.Add(batch());

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == path && p.Code == ErrorCodes.InvalidText);
        builder.Build().Claims.Should().BeEmpty();
    }

    [Fact]
    public void Add_TabsAndLineBreaksAndPairs_AreText()
    {
        Ledger ledger = new LedgerBuilder().Add(World with
        {
            Claims = [Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", quote: "line\r\nbreak\ttab \uD83D\uDE00")],
        }).Build();

        ledger.Claims.Should().ContainSingle();
    }

    [Fact]
    public void Describe_NamesTheCharacterAndWhereItIs()
    {
        TextCheck.Describe("ab\uD800").Should().Be("the text is not valid Unicode: it has a lone surrogate U+D800 at character 3, which no file can hold");
        TextCheck.Describe("a\u0001").Should().Be("the text has the control character U+0001 at character 2; only tab, carriage return and line feed are allowed");
    }

    [Theory]
    [InlineData("\\ud800", "U+D800")]
    [InlineData("\\u0001", "U+0001")]
    public void Load_EscapedBadTextInAQuote_IsRefusedWithPathAndLine(string escaped, string named)
    {
        string json = LedgerFile.ToJson(Build(Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", quote: "QUOTE")))
            .Replace("QUOTE", "said " + escaped, StringComparison.Ordinal);

        var act = () => LedgerFile.Parse(json);

        ValidationProblem problem = act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("claims[0].attribution.quote");
        problem.Code.Should().Be(ErrorCodes.InvalidText);
        problem.Message.Should().Contain(named);
        problem.Line.Should().NotBeNull();
    }

    [Fact]
    public void Load_BadTitle_IsRefused()
    {
        var act = () => LedgerFile.Parse("""{"format":"claimledger","version":1,"title":"t\ud800"}""");

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "title" && p.Code == ErrorCodes.InvalidText);
    }
}

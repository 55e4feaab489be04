using ClaimLedger.Contradictions;
using ClaimLedger.Serialization;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Serialization;

/// <summary>Version 2 of the file format (wordings, entailment mappings, opposite labels' other words) and the versions before it.</summary>
public class FormatVersionTests
{
    private const string Version1 = """
        {
          "format": "claimledger",
          "version": 1,
          "parties": [{ "id": "north", "name": "North" }, { "id": "south", "name": "South" }],
          "sources": [{ "id": "n", "name": "North", "kind": "government", "party": "north" }, { "id": "s", "name": "South", "kind": "government", "party": "south" }],
          "predicates": [{ "id": "blamed", "label": "was blamed for", "cardinality": "one-subject-per-object", "quantity": "none", "opposites": [["good", "bad"]], "entails": [{ "predicate": "started", "negated": false }] }],
          "incidents": [{ "id": "clash", "title": "Clash", "when": "3 March 2021" }],
          "claims": [
            { "id": "a", "incident": "clash", "attribution": { "speaker": "n" }, "proposition": { "subject": "party:south", "predicate": "blamed", "object": "incident:clash" }, "stance": "affirms" },
            { "id": "b", "incident": "clash", "attribution": { "speaker": "s" }, "proposition": { "subject": "party:north", "predicate": "started", "object": "incident:clash" }, "stance": "affirms" }
          ]
        }
        """;

    [Fact]
    public void Load_Version1File_ReadsUnchangedAndIsSavedAsTheCurrentVersion()
    {
        Ledger ledger = LedgerFile.Parse(Version1);

        Predicate blamed = ledger.GetPredicate("blamed");
        blamed.Opposites.Should().Equal(new OppositeLabels("good", "bad"));
        blamed.Entails.Should().Equal(new Entailment("started"));
        blamed.IsWording.Should().BeFalse();
        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.MutualBlame);
        LedgerFile.ToJson(ledger).Should().Contain($"\"version\": {LedgerFile.FormatVersion},");
    }

    [Fact]
    public void SaveThenLoad_WordingsMappingsAndOtherWords_AreLossless()
    {
        Predicate lean = new("leaned", "leaned")
        {
            Opposites = [new("pro-North", "pro-South") { FirstAlso = ["northern-leaning"], SecondAlso = ["southern-leaning", "on the South's side"] }, new("a", "b")],
        };
        Predicate slew = new("slew", "slew")
        {
            Entails = [new("suffered-losses") { Subject = EntailedTerm.Object, Object = EntailedTerm.Nothing }, new("wounded") { Subject = EntailedTerm.ObjectOwner, Object = EntailedTerm.Nothing, KeepsQuantity = true }],
        };
        Predicate wasSlainBy = new("was-slain-by", "was slain by") { InverseOf = "slew" };
        Predicate blamed = new("blamed-for", "was blamed for") { SameAs = "started" };
        Ledger original = Build([lean, slew, wasSlainBy, blamed], Claim("x", "wire", "party:south", "was-slain-by", "party:north"));

        string json = LedgerFile.ToJson(original);
        Ledger loaded = LedgerFile.Parse(json);

        loaded.Predicates.Where(p => !BuiltInPredicates.All.Contains(p)).Should().Equal(lean, slew, wasSlainBy, blamed);
        LedgerFile.ToJson(loaded).Should().Be(json);
        json.Should().Contain("\"inverseOf\": \"slew\"").And.Contain("\"object\": \"nothing\"").And.Contain("\"secondAlso\": [")
            .And.Contain("\"subject\": \"object-owner\"").And.Contain("\"keepsQuantity\": true");
    }

    [Fact]
    public void Load_EntailmentWithNoSubject_IsRefusedWithItsPath()
    {
        string json = Version1.Replace("\"negated\": false }", "\"negated\": false, \"subject\": \"nothing\" }", StringComparison.Ordinal);

        var act = () => LedgerFile.Parse(json);

        act.Should().Throw<ClaimLedger.Validation.LedgerValidationException>().Which.Problems.Should().Contain(p => p.Path.StartsWith("predicates[0].entails[0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Load_OlderCitationString_BecomesOneCitation_AddressOrTitle(int version)
    {
        string json = Version1.Replace("\"version\": 1", $"\"version\": {version}", StringComparison.Ordinal)
            .Replace("\"attribution\": { \"speaker\": \"n\" }", "\"attribution\": { \"speaker\": \"n\", \"citation\": \"https://example.org/a\" }", StringComparison.Ordinal)
            .Replace("\"attribution\": { \"speaker\": \"s\" }", "\"attribution\": { \"speaker\": \"s\", \"citation\": \"South's bulletin no. 4\" }", StringComparison.Ordinal);

        Ledger ledger = LedgerFile.Parse(json);

        ledger.GetClaim("a").Attribution.Citations.Should().Equal(Citation.Of("https://example.org/a"));
        ledger.GetClaim("b").Attribution.Citations.Should().Equal(new Citation { Title = "South's bulletin no. 4" });
        LedgerFile.ToJson(ledger).Should().Contain("\"citations\": [").And.NotContain("\"citation\":");
    }

    [Fact]
    public void SaveThenLoad_Citations_AreLossless()
    {
        Ledger ledger = LedgerFile.Parse(Version1);
        Claim a = ledger.GetClaim("a");
        var full = new Citation
        {
            Url = "https://example.org/news/1",
            Title = "North blames South",
            Publisher = "Example News",
            Published = FuzzyDate.Parse("3 March 2021"),
            ArchiveUrl = "https://web.archive.org/web/2021/https://example.org/news/1",
            Accessed = new LocalDate(2026, 12, 1),
            Section = "Reactions",
        };
        Ledger cited = new LedgerBuilder().Add(ledger.ToBatch() with
        {
            Claims = [.. ledger.Claims.Select(c => c.Id == a.Id ? c with { Attribution = c.Attribution with { Citations = [full, Citation.Of("https://example.org/b")] } } : c)],
        }).Build();

        Ledger back = LedgerFile.Parse(LedgerFile.ToJson(cited));

        back.GetClaim("a").Attribution.Citations.Should().Equal(full, Citation.Of("https://example.org/b"));
    }

    [Fact]
    public void Load_SchemaProperty_IsAllowed()
    {
        string json = Version1.Replace("\"format\": \"claimledger\",", "\"$schema\": \"https://claimledger.org/schema/ledger-1.json\", \"format\": \"claimledger\",", StringComparison.Ordinal);

        LedgerFile.Parse(json).Claims.Should().HaveCount(2);
    }

    [Fact]
    public void Load_BadCitation_IsReportedWithItsPath()
    {
        string json = Version1.Replace("\"version\": 1", "\"version\": 3", StringComparison.Ordinal)
            .Replace("\"attribution\": { \"speaker\": \"n\" }", "\"attribution\": { \"speaker\": \"n\", \"citations\": [{ \"url\": \"not a url\", \"accessed\": \"1 May\" }, { \"publisher\": \"X\" }] }", StringComparison.Ordinal);

        var act = () => LedgerFile.Parse(json);

        var problems = act.Should().Throw<ClaimLedger.Validation.LedgerValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().Contain(["claims[0].attribution.citations[0].accessed", "claims[0].attribution.citations[0].url", "claims[0].attribution.citations[1].url"]);
    }
}

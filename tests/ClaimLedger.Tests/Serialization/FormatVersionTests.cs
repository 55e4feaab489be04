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
}

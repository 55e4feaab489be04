using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>The ledger's own predicates that nothing links to another, which a new modeller is told about.</summary>
public sealed class VocabularyCheckTests
{
    private static readonly Predicate Used = new("used-in", "was used in");
    private static readonly Predicate TracesFound = new("traces-found", "had traces found");
    private static readonly Predicate Linked = new("hit", "hit") { SameAs = "attacked" };
    private static readonly Predicate Unused = new("unused", "is never used");

    [Fact]
    public void PredicatesOfTheLedgersOwnWithNoLink_AreNoted_MostUsedFirst()
    {
        Ledger ledger = Build(
            [Used, TracesFound, Linked, Unused],
            Claim("a", "north-mod", "text:chlorine", "used-in", "text:the attack"),
            Claim("b", "south-mod", "text:chlorine", "traces-found", stance: Stance.Denies),
            Claim("c", "wire", "text:sarin", "traces-found", stance: Stance.Denies),
            Claim("d", "wire", "party:north", "hit", "place:village-a"),
            Claim("e", "wire", "party:north", "killed", "text:people"));

        ImmutableArray<VocabularyNote> notes = ContradictionEngine.Default.CheckVocabulary(ledger);

        notes.Select(n => (n.Predicate.Id.Value, n.Claims)).Should().Equal(("traces-found", 2), ("used-in", 1));
        notes[1].Message.Should().Be("Predicate 'used-in' (\"was used in\") is the ledger's own and nothing links it to another predicate, "
            + "so its one claim meets only claims of 'used-in' itself; if it words or implies a notion the vocabulary has, declare sameAs, inverseOf or entails. "
            + "Built-in notions with like words, to read before deciding: 'used' (\"used\").");
        notes[0].Message.Should().NotContain("Built-in notions with like words", "no built-in speaks of traces");
    }

    [Fact]
    public void APredicateAnotherEntailsOrWords_IsLinked()
    {
        var traces = new Predicate("traces-found", "had traces found");
        var used = new Predicate("used-in", "was used in") { Entails = [new("traces-found")] };
        var found = new Predicate("found-traces-of", "found traces of") { InverseOf = "traces-found" };
        Ledger ledger = Build(
            [traces, used, found],
            Claim("a", "north-mod", "text:chlorine", "used-in", "text:the attack"),
            Claim("b", "south-mod", "text:chlorine", "traces-found", stance: Stance.Denies));

        ContradictionEngine.Default.CheckVocabulary(ledger).Should().BeEmpty();
    }

    [Fact]
    public void TheTestBedsLedgers_ShowWhereTheirMissesComeFrom()
    {
        Ledger douma = ClaimLedger.Serialization.LedgerFile.Load(Path.Combine("TestBed", "douma.json"));

        ContradictionEngine.Default.CheckVocabulary(douma).Select(n => n.Predicate.Id.Value)
            .Should().Contain(["was-used-in", "traces-found", "suffered-from"]);
    }
}

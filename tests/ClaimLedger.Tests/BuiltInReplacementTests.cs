using ClaimLedger.Contradictions;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests;

/// <summary>
/// A ledger's own predicate under a built-in's id replaces the built-in, so that a file written before the built-in
/// vocabulary grew that id still loads, and means what its author declared.
/// </summary>
public class BuiltInReplacementTests
{
    // "controls" is built in with one holder at a time; this ledger's own "controls" allows several.
    private static readonly Predicate SharedControl = new("controls", "has forces in") { Description = "Several sides may have forces in a place at once." };

    private static readonly Claim[] TwoHolders =
    [
        Claim("c1", "ru-mod", "party:russia", "controls", "place:parukh", time: "25 March 2022"),
        Claim("c2", "az-mod", "party:azerbaijan", "controls", "place:parukh", time: "25 March 2022"),
    ];

    [Fact]
    public void OwnDeclaration_BeforeTheFirstClaim_ReplacesTheBuiltIn()
    {
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(SharedControl).AddClaim(TwoHolders).Build();

        ledger.Predicates.Where(p => p.Id == "controls").Should().ContainSingle().Which.Should().Be(SharedControl);
        ledger.Predicates.Should().EndWith(SharedControl, "a replaced built-in is listed with the ledger's own");
        ledger.FindContradictions().Should().BeEmpty("the ledger's own 'controls' allows several holders at once");
        Build(TwoHolders).FindContradictions().Should().ContainSingle("the built-in allows one holder at a time")
            .Which.Kind.Should().Be(ContradictionKind.IncompatibleValues);
    }

    [Fact]
    public void OwnDeclaration_IsWrittenAndReadBack()
    {
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(SharedControl).AddClaim(TwoHolders).Build();

        using var stream = new MemoryStream();
        LedgerFile.Write(ledger, stream);
        stream.Position = 0;
        Ledger read = LedgerFile.Load(stream);

        ledger.ToBatch().Predicates.Should().Equal(SharedControl);
        read.Predicates.Where(p => p.Id == "controls").Should().ContainSingle().Which.Should().Be(SharedControl);
        read.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void BuiltInDeclaredAsItIs_IsNotWrittenAsTheLedgersOwn()
    {
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(BuiltInPredicates.Controls).Build();

        ledger.ToBatch().Predicates.Should().BeEmpty();
        BuiltInPredicates.IsBuiltIn(BuiltInPredicates.Controls).Should().BeTrue();
        BuiltInPredicates.IsBuiltIn(SharedControl).Should().BeFalse();
    }

    [Fact]
    public void OwnDeclaration_AfterClaims_IsRefusedWithTheReason()
    {
        var builder = new LedgerBuilder().Add(World).AddClaim(TwoHolders[0]);

        var act = () => builder.AddPredicate(SharedControl);

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "predicates[0].id" && p.Code == ErrorCodes.DuplicateId
                && p.Message == "the ledger already has a predicate 'controls' (built in) and holds claims; a ledger's own 'controls' replaces the built-in only when declared before its first claim");
        builder.Build().Predicates.Should().Contain(BuiltInPredicates.Controls);
    }

    [Fact]
    public void Replacement_IsNotedForTheModeller()
    {
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(SharedControl).AddClaim(TwoHolders).Build();

        VocabularyNote note = ContradictionEngine.Default.CheckVocabulary(ledger).Should().ContainSingle().Subject;

        note.Kind.Should().Be(VocabularyNoteKind.ReplacesBuiltIn);
        note.Claims.Should().Be(2);
        note.Message.Should().StartWith("Predicate 'controls' (\"has forces in\") is the ledger's own declaration under the id of a built-in predicate (\"controls\"");
    }

    [Fact]
    public void SecondOwnDeclaration_IsADuplicate()
    {
        var builder = new LedgerBuilder().Add(World).AddPredicate(SharedControl);

        var twice = () => builder.AddPredicate(SharedControl with { Label = "holds" });
        var inOneBatch = () => new LedgerBuilder().AddPredicate(SharedControl, SharedControl with { Label = "holds" });

        twice.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be("the ledger already has a predicate 'controls'");
        inOneBatch.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be("the predicate id 'controls' is already used by predicates[0]");
    }

    [Fact]
    public void OtherBuiltIns_EntailingTheReplacedId_ReachTheLedgersDeclaration()
    {
        // The built-in "withdrew-from" entails "does not control"; a denial of control still meets a capture.
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(SharedControl).AddClaim(
            Claim("w", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "25 March 2022"),
            Claim("k", "az-mod", "party:azerbaijan", "controls", "place:parukh", time: "25 March 2022")).Build();

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }
}

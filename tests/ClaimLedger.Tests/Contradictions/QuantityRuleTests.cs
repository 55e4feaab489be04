using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

public class QuantityRuleTests
{
    [Fact]
    public void SynonymUnits_AreOneMeasure()
    {
        Ledger ledger = Build(
            Claim("a", "north-mod", "party:north", "took-prisoner", "party:south", quantity: "12 sailors"),
            Claim("b", "south-mod", "party:north", "took-prisoner", "party:south", quantity: "3 seamen"));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
    }

    [Fact]
    public void NarrowerAndWiderUnits_AreDifferentMeasures()
    {
        Ledger ledger = Build(
            Claim("a", "north-mod", "party:north", "killed", "party:south", quantity: "12 soldiers"),
            Claim("b", "south-mod", "party:north", "killed", "party:south", quantity: "40 people"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void UserUnits_ComeFromTheOptions()
    {
        Ledger ledger = Build(
            Claim("a", "north-mod", "party:north", "deployed", "place:district", quantity: "136 sappers"),
            Claim("b", "south-mod", "party:north", "deployed", "place:district", quantity: "20 deminers"));
        var engine = new ContradictionEngine(new ContradictionOptions
        {
            Units = UnitVocabulary.BuiltIn.With(new CountUnit("sappers") { Synonyms = ["deminers"] }),
        });

        ledger.FindContradictions().Should().BeEmpty("with the built-in units they are two measures");
        engine.FindAll(ledger).Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
    }

    [Fact]
    public void ManySidedFinding_SaysWhichFiguresConflict()
    {
        Ledger ledger = Build(
            Claim("low", "north-mod", "incident:clash", "killed", "text:people", stated: "4 March 2021", quantity: "between 10 and 50 people"),
            Claim("range", "wire", "incident:clash", "killed", "text:people", stated: "4 March 2021", quantity: "between 100 and 300 people"),
            Claim("two-hundred", "monitor", "incident:clash", "killed", "text:people", stated: "4 March 2021", quantity: "200 people"),
            Claim("two-fifty", "south-mod", "incident:clash", "killed", "text:people", stated: "4 March 2021", quantity: "250 people"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.AreInConflict("low", "range").Should().BeTrue();
        found.AreInConflict("two-hundred", "two-fifty").Should().BeTrue();
        found.AreInConflict("range", "two-hundred").Should().BeFalse("200 lies within 100 to 300, whatever sides they are on");
        found.AreInConflict("range", "two-fifty").Should().BeFalse();
        found.AreInConflict("low", "no-such-claim").Should().BeFalse();
    }
}

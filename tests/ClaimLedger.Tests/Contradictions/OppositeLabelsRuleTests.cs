using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

public class OppositeLabelsRuleTests
{
    [Fact]
    public void OtherWordsForEachPole_AreOppositeCharacterisations()
    {
        Ledger ledger = Build(
            Claim("a", "south-mod", "incident:clash", "characterised-as", "text:act of aggression"),
            Claim("b", "north-mod", "incident:clash", "characterised-as", "text:self-defense"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.OppositeCharacterisations);
        found.Explanation.Should().StartWith("Border clash is given opposite labels, \"aggression\" and \"self-defence\"")
            .And.Contain("called Border clash \"act of aggression\"").And.Contain("\"self-defense\"");
    }

    [Fact]
    public void DataSetOpposites_LiveInTheDataSetsOwnPredicate()
    {
        Predicate leaning = new("leaned", "was said to lean") { Opposites = [new("pro-North", "pro-South")] };
        Ledger ledger = Build(
            [leaning],
            Claim("a", "south-mod", "source:monitor", "leaned", "text:pro-North"),
            Claim("b", "north-mod", "source:monitor", "leaned", "text:pro-South"),
            Claim("c", "wire", "source:monitor", "characterised-as", "text:pro-North"));

        ledger.FindContradictions().Should().ContainSingle().Which.Claims.Select(c => c.Id.Value).Should().Equal("a", "b");
    }
}

using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

public class ChronologyTests
{
    private static readonly Claim First = Claim("first", "north-mod", "party:south", "attacked", "party:north", stated: "3 March 2021");

    [Fact]
    public void StatedAfter_ByDates()
    {
        Claim later = Claim("later", "south-mod", "party:south", "attacked", "party:north", Stance.Denies, stated: "5 March 2021");
        Ledger ledger = Build(First, later);

        Chronology.StatedAfter(ledger, later, First).Should().BeTrue();
        Chronology.StatedAfter(ledger, First, later).Should().BeFalse();
        Chronology.StatedTogether(First, later).Should().BeFalse();
    }

    [Fact]
    public void StatedAfter_ByAChainOfStatedAfter_EvenWithoutDates()
    {
        Claim middle = Claim("middle", "wire", "party:south", "attacked", "party:north");
        middle = middle with { Attribution = middle.Attribution with { StatedAfter = "first" } };
        Claim last = Claim("last", "monitor", "party:south", "attacked", "party:north");
        last = last with { Attribution = last.Attribution with { StatedAfter = "middle" } };
        Ledger ledger = Build(First, middle, last);

        Chronology.StatedAfter(ledger, last, First).Should().BeTrue();
        Chronology.StatedAfter(ledger, First, last).Should().BeFalse();
    }

    [Fact]
    public void StatedTogether_OverlappingDates()
    {
        Claim sameMonth = Claim("same", "wire", "party:south", "attacked", "party:north", stated: "March 2021");

        Chronology.StatedTogether(First, sameMonth).Should().BeTrue();
        Chronology.StatedTogether(First, Claim("undated", "wire", "party:south", "attacked", "party:north")).Should().BeFalse("an undated statement is not known to be of the same news cycle");
    }
}

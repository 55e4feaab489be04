using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;
using FsCheck.Xunit;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>The O(n log n) overlap search agrees with comparing every pair.</summary>
public class OverlapsTests
{
    [Property(MaxTest = 200)]
    public bool TwoSided_FindsExactlyTheStatementsThatOverlapTheOtherSide(byte[] starts, byte[] lengths)
    {
        int n = Math.Min(starts.Length, lengths.Length);
        var day = new LocalDate(2021, 3, 1);
        var claims = Enumerable.Range(0, n).Select(i => Claim($"c{i:D3}", i % 2 == 0 ? "north-mod" : "south-mod", "party:north", "attacked", "party:south",
            i % 2 == 0 ? Stance.Affirms : Stance.Denies, time: FuzzyDate.Between(day.PlusDays(starts[i] % 40), day.PlusDays((starts[i] % 40) + (lengths[i] % 5))).ToString())).ToArray();
        if (claims.Length < 2)
        {
            return true;
        }

        var statements = Build(claims).FindContradictions().SelectMany(c => c.Sides).SelectMany(s => s.Statements).Select(s => s.Claim.Id.Value).ToHashSet();
        var expected = claims.Where(a => claims.Any(b => a.Stance != b.Stance
            && Interval.Of(a.Proposition.Time).Overlaps(Interval.Of(b.Proposition.Time)))).Select(c => c.Id.Value).ToHashSet();
        return statements.SetEquals(expected);
    }
}

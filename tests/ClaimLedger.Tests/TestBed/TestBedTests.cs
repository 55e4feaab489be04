using ClaimLedger.Contradictions;
using Xunit.Abstractions;

namespace ClaimLedger.Tests.TestBed;

/// <summary>
/// How well the engine judges real incidents it was not shaped on: recall of the contradictions their encoders
/// expect, and how many look-alikes it flags. The README's table "How well the engine judges" comes from
/// <see cref="Score_WholeTestBed_HoldsTheMeasuredLevel"/>, which prints it.
/// </summary>
/// <remarks>
/// The targets are a recall of 90 % and at most one look-alike flagged in 20. The engine does not reach them yet
/// (see the README), so the score test guards the level measured when the test bed was made: recall may rise and
/// false alarms fall, but a change that loses ground fails. Raise the floors as the engine improves; never lower them
/// to let a change through, and never edit an encoding or an expectation to raise the score.
/// </remarks>
public class TestBedTests(ITestOutputHelper output)
{
    // The level measured on the test bed as committed; see the remarks.
    private const double MeasuredRecall = 0.85;
    private const double MeasuredAlarmRate = 0.046;

    public static TheoryData<string> Incidents => [.. TestBedCase.Names];

    [Fact]
    public void TestBed_HasAtLeastFourIncidentsOfTwelveClaimsEach()
    {
        TestBedCase.Names.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (string name in TestBedCase.Names)
        {
            TestBedCase bed = TestBedCase.Load(name);
            bed.Ledger.Claims.Should().HaveCountGreaterThanOrEqualTo(12, name);
            bed.Ledger.Claims.Should().OnlyContain(c => c.Attribution.Citations.Any(x => x.Url != null && x.Url.StartsWith("http", StringComparison.Ordinal)), $"every claim of {name} cites its page");
            bed.Contradictions.Should().NotBeEmpty(name);
            bed.Lookalikes.Should().NotBeEmpty(name);
        }
    }

    [Theory]
    [MemberData(nameof(Incidents))]
    public void Expectations_NameOnlyClaimsOfTheLedger(string name)
    {
        TestBedCase bed = TestBedCase.Load(name);
        var ids = bed.Ledger.Claims.Select(c => c.Id.Value).ToHashSet();

        bed.Contradictions.Concat(bed.Lookalikes).SelectMany(e => e.Claims).Should().OnlyContain(id => ids.Contains(id));
    }

    [Theory]
    [MemberData(nameof(Incidents))]
    public void Revisions_AreReportedAndNeverFlagged(string name)
    {
        TestBedCase bed = TestBedCase.Load(name);
        ImmutableArray<Revision> revisions = bed.Ledger.FindRevisions();

        foreach (TestBedCase.Expectation expected in bed.Revisions)
        {
            revisions.Should().Contain(r => expected.Claims.All(id => r.Figures.Any(c => TestBedCase.StatementOf(c) == id)), expected.Why);
            bed.Separating(expected).Should().BeNull($"a revision is not a contradiction: {expected.Why}");
        }
    }

    [Fact]
    public void Score_WholeTestBed_HoldsTheMeasuredLevel()
    {
        int expected = 0, found = 0, lookalikes = 0, falseAlarms = 0;
        output.WriteLine("| Incident | Claims | Expected | Found | Missed | Look-alikes | False alarms | Other findings |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string name in TestBedCase.Names)
        {
            TestBedCase bed = TestBedCase.Load(name);
            var hits = bed.Contradictions.Select(e => (Expectation: e, Found: bed.Separating(e))).ToList();
            var alarms = bed.Lookalikes.Where(e => bed.Separating(e) is not null).ToList();
            var accounted = hits.Select(h => h.Found).OfType<Contradiction>().Concat(alarms.Select(bed.Separating).OfType<Contradiction>()).ToHashSet();
            int other = bed.Found.Count(c => !accounted.Contains(c));
            int hit = hits.Count(h => h.Found is not null);
            output.WriteLine($"| {name} | {bed.Ledger.Claims.Count} | {hits.Count} | {hit} | {hits.Count - hit} | {bed.Lookalikes.Length} | {alarms.Count} | {other} |");
            foreach (var miss in hits.Where(h => h.Found is null))
            {
                output.WriteLine($"  missed: {miss.Expectation}");
            }

            foreach (var alarm in alarms)
            {
                output.WriteLine($"  false alarm: {alarm} <- {bed.Separating(alarm)!.Explanation}");
            }

            foreach (Contradiction c in bed.Found.Where(c => !accounted.Contains(c)))
            {
                output.WriteLine($"  other: {c.Kind}: {c.Explanation}");
            }

            expected += hits.Count;
            found += hit;
            lookalikes += bed.Lookalikes.Length;
            falseAlarms += alarms.Count;
        }

        double recall = (double)found / expected;
        double alarmRate = (double)falseAlarms / lookalikes;
        output.WriteLine($"| **All** | | {expected} | {found} | {expected - found} | {lookalikes} | {falseAlarms} | |");
        output.WriteLine($"recall {recall:P0}, false alarms per look-alike {alarmRate:P1}");

        recall.Should().BeGreaterThanOrEqualTo(MeasuredRecall);
        alarmRate.Should().BeLessThanOrEqualTo(MeasuredAlarmRate);
    }
}

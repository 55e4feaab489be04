using BenchmarkDotNet.Attributes;
using ClaimLedger.Contradictions;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>
/// One contested topic of 50,000 claims, the hostile shapes the detection must stay fast on (target: a full pass under
/// 1 s, one claim's contradictions under 1 ms): 50,000 different holders of one village on one day (a one-value
/// predicate), and 50,000 affirmations and denials of one proposition with staggered, overlapping times.
/// </summary>
[Config(typeof(HeavyConfig))]
public class ContestedTopicBenchmarks
{
    private Ledger _holders = null!;
    private Ledger _staggered = null!;

    /// <summary>Gets or sets the number of claims in the topic.</summary>
    [Params(50_000)]
    public int Claims { get; set; }

    /// <summary>Builds the two ledgers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var world = new LedgerBatch
        {
            Parties = [new Party("north", "North"), new Party("south", "South")],
            Sources = [new Source("north-mod", "North's ministry", SourceKind.Military) { Party = "north" }, new Source("south-mod", "South's ministry", SourceKind.Military) { Party = "south" }],
            Places = [new Place("village", "Village")],
            Incidents = [new Incident("clash", "Clash") { When = FuzzyDate.Parse("3 March 2021") }],
        };
        var day = new LocalDate(2021, 3, 3);
        _holders = new LedgerBuilder().Add(world).AddClaim(Enumerable.Range(0, Claims).Select(i =>
            new Claim($"h{i:D6}", "clash", new Attribution(i % 2 == 0 ? "north-mod" : "south-mod"),
                new Proposition(Term.Text($"holder {i}"), "controls", Term.Place("village"))))).Build();
        _staggered = new LedgerBuilder().Add(world).AddClaim(Enumerable.Range(0, Claims).Select(i =>
            new Claim($"s{i:D6}", "clash", new Attribution(i % 2 == 0 ? "north-mod" : "south-mod"),
                new Proposition(Term.Party("north"), "attacked", Term.Party("south")) { Time = FuzzyDate.Between(day.PlusDays(i), day.PlusDays(i + 1)) },
                i % 2 == 0 ? Stance.Affirms : Stance.Denies))).Build();
    }

    /// <summary>Every contradiction among the 50,000 holders of one village.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int FindAllHolders() => ContradictionEngine.Default.FindAll(_holders).Length;

    /// <summary>The contradictions of one holder.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int FindForOneHolder() => ContradictionEngine.Default.FindFor(_holders, "h025000").Length;

    /// <summary>Every contradiction among 50,000 staggered affirmations and denials.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int FindAllStaggered() => ContradictionEngine.Default.FindAll(_staggered).Length;

    /// <summary>The contradictions of one staggered claim.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int FindForOneStaggered() => ContradictionEngine.Default.FindFor(_staggered, "s025000").Length;
}

using BenchmarkDotNet.Attributes;
using ClaimLedger.Benchmarks.Baselines;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>Full contradiction detection against its floor: grouping the same claims by proposition key in a plain dictionary.</summary>
[Config(typeof(HeavyConfig))]
public class DetectionBenchmarks
{
    private Ledger _ledger = null!;
    private Claim[] _claims = null!;

    /// <summary>Gets or sets the number of claims.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    /// <summary>Builds the ledger.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = Sizes.Get(Claims).Ledger;
        _claims = [.. _ledger.Claims];
    }

    /// <summary>The floor: one pass, one plain dictionary.</summary>
    /// <returns>The number of shared keys.</returns>
    [Benchmark(Baseline = true)]
    public int GroupingFloor() => PlainGrouping.GroupByProposition(_claims);

    /// <summary>Every contradiction, explained.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int FindAll() => ContradictionEngine.Default.FindAll(_ledger).Length;
}

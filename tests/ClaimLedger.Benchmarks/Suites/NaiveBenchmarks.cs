using BenchmarkDotNet.Attributes;
using ClaimLedger.Benchmarks.Baselines;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>At 10k claims: the engine against the all-pairs detector a user would write by hand.</summary>
[Config(typeof(HeavyConfig))]
public class NaiveBenchmarks
{
    private Ledger _ledger = null!;

    /// <summary>Builds the ledger.</summary>
    [GlobalSetup]
    public void Setup() => _ledger = Sizes.Get(10_000).Ledger;

    /// <summary>Every pair of claims compared.</summary>
    /// <returns>The number of conflicting pairs.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveAllPairs() => NaivePairDetector.FindPairs(_ledger).Count;

    /// <summary>The engine.</summary>
    /// <returns>The number of contradictions.</returns>
    [Benchmark]
    public int FindAll() => ContradictionEngine.Default.FindAll(_ledger).Length;
}

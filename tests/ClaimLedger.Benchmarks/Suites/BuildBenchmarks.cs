using BenchmarkDotNet.Attributes;
using ClaimLedger.Benchmarks.Generation;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>Building a ledger through <see cref="LedgerBuilder"/>, with validation: the world, then every claim in one batch.</summary>
[Config(typeof(HeavyConfig))]
public class BuildBenchmarks
{
    private SyntheticLedger _synthetic = null!;

    /// <summary>Gets or sets the number of claims.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    /// <summary>Generates the ledger's contents.</summary>
    [GlobalSetup]
    public void Setup() => _synthetic = Sizes.Get(Claims).Synthetic;

    /// <summary>Builds and validates.</summary>
    /// <returns>The ledger.</returns>
    [Benchmark]
    public Ledger Build() => _synthetic.Build();
}

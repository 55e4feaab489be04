using BenchmarkDotNet.Attributes;
using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Serialization;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>Loading (with validation) and saving a ledger file, against parsing the same file into plain DTOs.</summary>
[Config(typeof(HeavyConfig))]
public class FileBenchmarks
{
    private Ledger _ledger = null!;
    private string _path = null!;
    private string _savePath = null!;

    /// <summary>Gets or sets the number of claims.</summary>
    [Params(100_000, 1_000_000)]
    public int Claims { get; set; }

    /// <summary>Writes the file to load.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = Sizes.Get(Claims).Ledger;
        _path = Path.Combine(Path.GetTempPath(), $"claimledger-bench-{Claims}.json");
        _savePath = Path.Combine(Path.GetTempPath(), $"claimledger-bench-{Claims}-saved.json");
        LedgerFile.Save(_ledger, _path);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_path);
        File.Delete(_savePath);
    }

    /// <summary>The floor: Newtonsoft.Json into plain DTOs, nothing else.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark(Baseline = true)]
    public int ParseToPlainDtos() => LedgerFileDto.Load(_path).Claims.Count;

    /// <summary>Loads, validates and builds the ledger.</summary>
    /// <returns>The number of claims loaded.</returns>
    [Benchmark]
    public int Load() => LedgerFile.Load(_path).Claims.Count;

    /// <summary>Saves the ledger.</summary>
    /// <returns>The file's length.</returns>
    [Benchmark]
    public long Save()
    {
        LedgerFile.Save(_ledger, _savePath);
        return new FileInfo(_savePath).Length;
    }
}

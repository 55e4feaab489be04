using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>
/// Refusing hostile files (issue 15): 20,000 empty claims (80,000 problems, of which 1,000 are listed; it took 47 s
/// when problem collection was quadratic; the target is under 1 s), and a valid file of the same size as a floor.
/// </summary>
[Config(typeof(LightConfig))]
public class RefusalBenchmarks
{
    private string _emptyClaims = null!;
    private string _valid = null!;

    /// <summary>Makes the files: the same text as the reproducer min-expensive-20000-empty-claims.json.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var json = new StringBuilder("""{"format":"claimledger","version":1,"claims":[""");
        json.AppendJoin(',', Enumerable.Repeat("{}", 20_000)).Append("]}");
        _emptyClaims = json.ToString();
        _valid = LedgerFile.ToJson(Sizes.Get(10_000).Ledger);
    }

    /// <summary>Refuses the file of 20,000 empty claims.</summary>
    /// <returns>The number of problems in the report.</returns>
    [Benchmark]
    public int RefuseTwentyThousandEmptyClaims()
    {
        try
        {
            _ = LedgerFile.Parse(_emptyClaims);
            throw new InvalidOperationException("The file of empty claims loaded.");
        }
        catch (LedgerValidationException ex)
        {
            return ex.Problems.Length;
        }
    }

    /// <summary>Loads a valid file of 10,000 claims, for scale.</summary>
    /// <returns>The number of claims loaded.</returns>
    [Benchmark(Baseline = true)]
    public int LoadTenThousandValidClaims() => LedgerFile.Parse(_valid).Claims.Count;
}

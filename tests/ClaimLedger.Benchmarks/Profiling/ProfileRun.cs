using System.Diagnostics;
using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Serialization;

namespace ClaimLedger.Benchmarks.Profiling;

/// <summary>
/// The profiling mode (<c>--profile build|load|save</c>): repeats one operation on one generated ledger, with nothing
/// else in the process, so that a sampling profiler attached to it sees only that operation.
/// </summary>
public static class ProfileRun
{
    /// <summary>Runs one operation a number of times and prints each round's time and collections.</summary>
    /// <param name="what">build, load or save.</param>
    /// <param name="claims">The number of claims.</param>
    /// <param name="rounds">The number of rounds.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string what, int claims, int rounds)
    {
        SyntheticLedger synthetic = LedgerGenerator.Generate(claims);
        string path = Path.Combine(Path.GetTempPath(), $"claimledger-profile-{Environment.ProcessId}.json");
        try
        {
            Ledger ledger = what == "build" ? null! : synthetic.Build();
            if (what != "build")
            {
                LedgerFile.Save(ledger, path);
            }

            Func<int> work = what switch
            {
                "build" => () => synthetic.Build().Claims.Count,
                "load" => () => LedgerFile.Load(path).Claims.Count,
                "parse" => () => LedgerFileDto.Load(path).Claims.Count,
                "save" => () =>
                {
                    LedgerFile.Save(ledger, path);
                    return 0;
                },
                _ => throw new ArgumentException($"Unknown operation '{what}': build, load, parse or save.", nameof(what)),
            };
            for (int i = 0; i < rounds; i++)
            {
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
                long allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                GC.KeepAlive(work());
                Console.WriteLine($"{what} {claims:N0}: {watch.Elapsed.TotalMilliseconds:N0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:N0} MB allocated, GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}");
            }
        }
        finally
        {
            File.Delete(path);
        }

        return 0;
    }
}

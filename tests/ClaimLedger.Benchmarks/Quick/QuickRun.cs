using System.Diagnostics;
using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Serialization;

namespace ClaimLedger.Benchmarks.Quick;

/// <summary>
/// The quick mode (<c>--quick</c>): the key ratios against the issue's targets, measured with a stopwatch and the GC's
/// own counters in well under a minute. The full BenchmarkDotNet run gives the figures for the README table.
/// </summary>
public static class QuickRun
{
    /// <summary>Runs the quick measurements and prints one line per target.</summary>
    /// <param name="large">The large size (1,000,000 unless told otherwise).</param>
    /// <returns>The process exit code.</returns>
    public static int Run(int large = 1_000_000)
    {
        var total = Stopwatch.StartNew();
        int medium = large / 10;
        Console.WriteLine($"ClaimLedger quick run: {medium:N0} and {large:N0} claims, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        var engine = ContradictionEngine.Default;

        long before = GC.GetTotalMemory(forceFullCollection: true);
        Ledger big = BuildMeasured(large, out double buildSeconds, out long stringBytes, out ImmutableArray<PlantedScenario> planted);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        double bytesPerClaim = (double)(after - before - stringBytes) / large;

        Ledger mid = LedgerGenerator.Generate(medium).Build();

        double detectMid = Best(3, () => engine.FindAll(mid).Length);
        double detectBig = Best(2, () => engine.FindAll(big).Length);
        var oneThread = new ContradictionEngine(new ContradictionOptions { MaxDegreeOfParallelism = 1 });
        double detectBigOne = Best(2, () => oneThread.FindAll(big).Length);
        Claim[] bigClaims = [.. big.Claims];
        double floorBig = Best(3, () => PlainGrouping.GroupByProposition(bigClaims));
        int found = engine.FindAll(big).Length;

        (double addContradicting, double addBusyTopic) = AddOne(engine, big, planted);

        string bigSize = Size(large);
        string midSize = Size(medium);
        Report($"Full detection, {bigSize}", $"{detectBig * 1000:N0} ms", "< 1,000 ms", detectBig < 1.0);
        Console.WriteLine($"  {"Full detection, " + bigSize + ", one thread",-30} {detectBigOne * 1000:N0} ms (every core {detectBigOne / detectBig:N2}x faster)");
        Report("Detection / grouping floor", $"{detectBig / floorBig:N1}x ({floorBig * 1000:N0} ms floor)", "<= 3x", detectBig / floorBig <= 3);
        Report($"Growth {bigSize} / {midSize}", $"{detectBig / detectMid:N1}x ({detectMid * 1000:N0} ms at {midSize})", "< 12x", detectBig / detectMid < 12);
        Report($"Build {bigSize} with validation", $"{buildSeconds:N2} s", "< 3 s", buildSeconds < 3);
        Report("Add one + its contradictions", $"{addContradicting * 1000:N3} ms (busy topic: {addBusyTopic * 1000:N3} ms)", "< 1 ms", Math.Max(addContradicting, addBusyTopic) < 0.001);
        Report("Managed memory per claim", $"{bytesPerClaim:N0} B (strings excluded: {(double)stringBytes / large:N0} B/claim)", "< 1,024 B", bytesPerClaim < 1024);
        (double load, double parse, double save) = Files(mid);
        Report($"Load / plain-DTO parse, {midSize}", $"{load / parse:N2}x ({load * 1000:N0} ms vs {parse * 1000:N0} ms)", "<= 2x", load / parse <= 2);
        Report($"Save / load, {midSize}", $"{save / load:N2}x ({save * 1000:N0} ms)", "<= 1x", save <= load);
        Console.WriteLine($"Contradictions found in {large:N0} claims: {found:N0} (planted: {planted.Count(p => p.IsContradiction):N0}). Quick run took {total.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    private static string Size(int n) => n >= 1_000_000 ? $"{n / 1_000_000}M" : $"{n / 1_000}k";

    private static Ledger BuildMeasured(int claims, out double seconds, out long stringBytes, out ImmutableArray<PlantedScenario> planted)
    {
        SyntheticLedger synthetic = LedgerGenerator.Generate(claims);
        planted = synthetic.Planted;
        var watch = Stopwatch.StartNew();
        Ledger ledger = synthetic.Build();
        seconds = watch.Elapsed.TotalSeconds;
        stringBytes = MemoryCounting.StringBytes(ledger);
        return ledger;
    }

    private static (double Contradicting, double BusyTopic) AddOne(ContradictionEngine engine, Ledger ledger, ImmutableArray<PlantedScenario> planted)
    {
        PlantedScenario control = planted.First(p => p.Kind == ScenarioKind.IncompatibleControl);
        Claim model = ledger.GetClaim(control.Claims[0]);
        Claim busy = ledger.Claims.First(c => c.Proposition.Predicate == BuiltInPredicates.Attacked.Id);
        int busyTopic = ledger.Claims.Count(c => c.Proposition.Predicate == BuiltInPredicates.Attacked.Id && c.Proposition.Subject.Equals(Term.Party("armenia")));
        Console.WriteLine($"  (the busy topic, \"Armenia attacked ...\", holds {busyTopic:N0} claims)");
        double Time(Claim template, string prefix)
        {
            var samples = new List<double>();
            for (int i = 0; i < 60; i++)
            {
                Claim claim = template with { Id = $"{prefix}-{i}", Proposition = template.Proposition with { Subject = Term.Party("armenia") } };
                var watch = Stopwatch.StartNew();
                Ledger next = ledger.Add(new LedgerBatch { Claims = [claim] });
                _ = engine.FindFor(next, claim.Id);
                samples.Add(watch.Elapsed.TotalSeconds);
            }

            samples.Sort();
            return samples[samples.Count / 2];
        }

        return (Time(model, "added"), Time(busy, "busy"));
    }

    // At the medium size: a 1M-claim file is half a gigabyte, and the quick run must stay under a minute.
    private static (double Load, double Parse, double Save) Files(Ledger ledger)
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimledger-quick-{Environment.ProcessId}.json");
        try
        {
            double save = Best(2, () =>
            {
                LedgerFile.Save(ledger, path);
                return 0;
            });
            double parse = Best(2, () => LedgerFileDto.Load(path).Claims.Count);
            double load = Best(2, () => LedgerFile.Load(path).Claims.Count);
            return (load, parse, save);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Best(int runs, Func<int> work)
    {
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(work());
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void Report(string what, string measured, string target, bool met) =>
        Console.WriteLine($"  {what,-30} {measured,-45} target {target,-12} {(met ? "met" : "MISSED")}");
}

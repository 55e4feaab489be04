using System.Diagnostics;
using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Serialization;

namespace ClaimLedger.Benchmarks.Quick;

/// <summary>
/// The quick mode (<c>--quick</c>): every target of the benchmarks, as the ratio to its baseline measured in the same
/// process, with a verdict, in under a minute. Times are the best of a few rounds by stopwatch; allocations and memory
/// come from the GC's own counters.
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
        string bigSize = Size(large);
        string midSize = Size(medium);

        // Warm up: the code paths and every static cache, so neither the timings nor the memory deltas below pay for them.
        Warm();

        // The plain objects: the batch as the generator made it, nothing else alive.
        (LedgerBatch bigBatch, double plainBig) = PlainBatch(large);
        double allocatePlain = Best(3, () => PlainObjects.Allocate(bigBatch.Claims).Length);
        double buildBig = Best(1, () => Build(bigBatch).Claims.Count);

        // Memory of a built ledger: everything it holds, per claim, strings aside. The build it measures is also the
        // second timed round of the large build (the collection before it is outside the stopwatch).
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        Ledger big = Build(bigBatch);
        buildBig = Math.Min(buildBig, watch.Elapsed.TotalSeconds);
        bigBatch = null!;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        (LedgerBatch midBatch, double plainMid) = PlainBatch(medium);
        double buildMid = Best(3, () => Build(midBatch).Claims.Count);
        long bigStrings = MemoryCounting.StringBytes(big);
        // The batch was alive in both counts, so the growth is what the ledger holds beyond the batch; what the ledger
        // holds in all (strings aside) is the batch's plain objects, which it keeps, plus that growth. (The claims'
        // strings were in both counts too, so they are not in the growth to take out.)
        double grownPerClaim = (double)(after - before) / large;
        double builtPerClaimNoStrings = plainBig + grownPerClaim;
        double builtPerClaim = builtPerClaimNoStrings + ((double)bigStrings / large);
        GC.KeepAlive(big);

        Ledger mid = Build(midBatch);
        midBatch = null!;

        Report($"Build {bigSize} / allocating the plain objects", $"{buildBig / allocatePlain:N1}x ({buildBig * 1000:N0} ms vs {allocatePlain * 1000:N0} ms)", "<= 5x", buildBig / allocatePlain <= 5);
        Report($"Build growth {bigSize} / {midSize}", $"{buildBig / buildMid:N1}x ({buildMid * 1000:N0} ms at {midSize})", "<= 11x", buildBig / buildMid <= 11);
        Report($"Memory built {bigSize} / plain objects", $"{builtPerClaimNoStrings / plainBig:N2}x ({builtPerClaimNoStrings:N0} vs {plainBig:N0} B/claim, strings aside)", "<= 1.3x", builtPerClaimNoStrings / plainBig <= 1.3);

        (double addContradicting, double addBusyTopic) = AddOne(big);
        Report($"Add one + FindFor, {bigSize} ledger", $"{addContradicting * 1e6:N0} us (busy topic: {addBusyTopic * 1e6:N0} us)", "< 1,000 us", Math.Max(addContradicting, addBusyTopic) < 0.001);

        Files(mid, plainMid, midSize);
        Detection(big, mid, bigSize, midSize);

        Console.WriteLine($"  (memory: {builtPerClaim:N0} B/claim built with strings, of which {grownPerClaim:N0} beyond the plain objects; strings {(double)bigStrings / large:N0} B/claim. Detection against DuckDB: --duckdb.)");
        Console.WriteLine($"Quick run took {total.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    private static string Size(int n) => n >= 1_000_000 ? $"{n / 1_000_000}M" : $"{n / 1_000}k";

    private static Ledger Build(LedgerBatch batch) =>
        new LedgerBuilder().Add(batch with { Claims = [] }).Add(new LedgerBatch { Claims = batch.Claims }).Build();

    private static void Warm()
    {
        LedgerBatch batch = LedgerGenerator.Generate(10_000).ToBatch();
        Ledger ledger = Build(batch);
        _ = PlainObjects.Allocate(batch.Claims);
        _ = ContradictionEngine.Default.FindAll(ledger);
        string path = TempFile("warm");
        try
        {
            LedgerFile.Save(ledger, path);
            _ = PlainObjects.Write(LedgerFileDto.Load(path), path);
            _ = LedgerFile.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The generator's batch with nothing else alive, and its size per claim without the claims' strings.
    private static (LedgerBatch Batch, double BytesPerClaim) PlainBatch(int claims)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        LedgerBatch batch = LedgerGenerator.Generate(claims).ToBatch();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        return (batch, (double)(after - before - MemoryCounting.StringBytes(batch.Claims)) / claims);
    }

    private static (double Contradicting, double BusyTopic) AddOne(Ledger ledger)
    {
        var engine = ContradictionEngine.Default;
        Claim model = ledger.Claims.First(c => c.Proposition.Predicate == BuiltInPredicates.Controls.Id);
        Claim busy = ledger.Claims.First(c => c.Proposition.Predicate == BuiltInPredicates.Attacked.Id);
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
    private static void Files(Ledger ledger, double plainPerClaim, string size)
    {
        string path = TempFile("load"), written = TempFile("dto");
        try
        {
            double save = Best(3, () =>
            {
                LedgerFile.Save(ledger, path);
                return 0;
            });
            long length = new FileInfo(path).Length;
            LedgerFileDto dto = LedgerFileDto.Load(path);
            long dtoLength = 0;
            double write = Best(3, () => (int)(dtoLength = PlainObjects.Write(dto, written)));
            dto = null!;
            double parse = Best(3, () => LedgerFileDto.Load(path).Claims.Count);
            double load = Best(3, () => LedgerFile.Load(path).Claims.Count);

            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long before = GC.GetTotalMemory(forceFullCollection: true);
            Ledger loaded = LedgerFile.Load(path);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            long after = GC.GetTotalMemory(forceFullCollection: true);
            int claims = loaded.Claims.Count;
            long loadedStrings = MemoryCounting.StringBytes(loaded);
            long builtStrings = MemoryCounting.StringBytes(ledger);
            double loadedPerClaim = (double)(after - before - loadedStrings) / claims;
            GC.KeepAlive(loaded);

            Report($"Load / Newtonsoft DTO parse, {size}", $"{load / parse:N2}x ({load * 1000:N0} ms vs {parse * 1000:N0} ms)", "<= 1.5x", load / parse <= 1.5);
            Report($"Load allocations / file size, {size}", $"{(double)allocated / length:N2}x ({allocated / 1e6:N0} MB for {length / 1e6:N0} MB)", "<= 3x", allocated <= 3 * length);
            Report($"Strings after load / after build", $"{(double)loadedStrings / builtStrings:N2}x ({loadedStrings / 1e6:N1} vs {builtStrings / 1e6:N1} MB distinct)", "<= 1x", loadedStrings <= builtStrings);
            Report($"Memory loaded {size} / plain objects", $"{loadedPerClaim / plainPerClaim:N2}x ({loadedPerClaim:N0} vs {plainPerClaim:N0} B/claim, strings aside)", "<= 1.3x", loadedPerClaim / plainPerClaim <= 1.3);
            Report($"Save / Newtonsoft DTO write, {size}", $"{save / write:N2}x ({save * 1000:N0} ms vs {write * 1000:N0} ms; {length / 1e6:N1} vs {dtoLength / 1e6:N1} MB)", "<= 1.2x", save / write <= 1.2);
        }
        finally
        {
            File.Delete(path);
            File.Delete(written);
        }
    }

    private static void Detection(Ledger big, Ledger mid, string bigSize, string midSize)
    {
        var engine = ContradictionEngine.Default;
        var oneThread = new ContradictionEngine(new ContradictionOptions { MaxDegreeOfParallelism = 1 });
        double detectMid = Best(3, () => engine.FindAll(mid).Length);
        // The results of the timed rounds are the ones compared, so nothing runs a third time.
        ImmutableArray<Contradiction> every = [], single = [];
        double detectBig = Best(2, () => (every = engine.FindAll(big)).Length);
        double detectBigOne = Best(2, () => (single = oneThread.FindAll(big)).Length);
        Claim[] bigClaims = [.. big.Claims];
        double floorBig = Best(3, () => PlainGrouping.GroupByProposition(bigClaims));
        bool same = every.Length == single.Length && every.Zip(single).All(p => p.First.Id == p.Second.Id && p.First.Claims.SequenceEqual(p.Second.Claims));
        Report($"Detection every core / one thread, {bigSize}", $"{detectBig / detectBigOne:N2}x ({detectBig * 1000:N0} vs {detectBigOne * 1000:N0} ms; {every.Length:N0} found, {(same ? "identical" : "DIFFERENT")})", "< 1x, same", same && detectBig < detectBigOne);
        Report($"Detection / grouping floor, {bigSize}", $"{detectBig / floorBig:N2}x ({floorBig * 1000:N0} ms floor)", "<= 3x", detectBig / floorBig <= 3);
        Report($"Detection growth {bigSize} / {midSize}", $"{detectBig / detectMid:N1}x ({detectMid * 1000:N0} ms at {midSize})", "< 12x", detectBig / detectMid < 12);
    }

    private static string TempFile(string what) => Path.Combine(Path.GetTempPath(), $"claimledger-quick-{what}-{Environment.ProcessId}.json");

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
        Console.WriteLine($"  {what,-42} {measured,-62} target {target,-10} {(met ? "met" : "MISSED")}");
}

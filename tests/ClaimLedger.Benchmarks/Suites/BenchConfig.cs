using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>
/// Few iterations, in process: a 1M-claim ledger takes seconds to generate, so the suite trades precision for a run
/// that finishes in minutes. Two noisy cores: read ratios within a run, not absolute times across runs.
/// </summary>
public sealed class HeavyConfig : ManualConfig
{
    /// <summary>Creates the configuration: one invocation per iteration, one warm-up, five iterations.</summary>
    public HeavyConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1)
            .WithId("heavy"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        HideColumns(Column.Error, Column.StdDev);
    }
}

/// <summary>For operations of microseconds: BenchmarkDotNet picks the invocation count, three warm-ups, five iterations.</summary>
public sealed class LightConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public LightConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("light"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        HideColumns(Column.Error, Column.StdDev);
    }
}

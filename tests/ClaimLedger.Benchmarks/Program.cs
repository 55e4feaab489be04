using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimLedger.Benchmarks.Quick;

if (args.Contains("--quick"))
{
    int size = args.SkipWhile(a => a != "--size").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
    return QuickRun.Run(size);
}

// Results go beside the benchmark binaries, not into whatever folder the run started in (often the repository root).
IConfig config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

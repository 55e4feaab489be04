using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimLedger.Benchmarks.BookAuthor;
using ClaimLedger.Benchmarks.Quick;

if (args.SkipWhile(a => a != "--book-author").Skip(1).FirstOrDefault() is { } folder)
{
    return BookAuthorRun.Run(folder);
}

if (args.Contains("--truth-scale"))
{
    int claims = args.SkipWhile(a => a != "--truth-scale").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
    return BookAuthorRun.Scale(claims);
}

if (args.Contains("--duckdb"))
{
    int size = args.SkipWhile(a => a != "--size").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
    return DuckDbRun.Run(size);
}

if (args.SkipWhile(a => a != "--profile").Skip(1).FirstOrDefault() is { } operation)
{
    int size = args.SkipWhile(a => a != "--size").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
    int rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(5);
    return ClaimLedger.Benchmarks.Profiling.ProfileRun.Run(operation, size, rounds);
}

if (args.Contains("--quick"))
{
    int size = args.SkipWhile(a => a != "--size").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
    return QuickRun.Run(size);
}

// Results go beside the benchmark binaries, not into whatever folder the run started in (often the repository root).
IConfig config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

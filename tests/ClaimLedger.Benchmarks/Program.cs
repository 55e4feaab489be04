using BenchmarkDotNet.Running;
using ClaimLedger.Benchmarks.Quick;

if (args.Contains("--quick"))
{
    int size = args.SkipWhile(a => a != "--size").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
    return QuickRun.Run(size);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

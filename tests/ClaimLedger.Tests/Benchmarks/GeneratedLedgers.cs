using ClaimLedger.Benchmarks.Generation;

namespace ClaimLedger.Tests.Benchmarks;

/// <summary>The 10k-claim generated ledger the benchmark tests share, built once.</summary>
internal static class GeneratedLedgers
{
    private static readonly Lazy<(SyntheticLedger Synthetic, Ledger Ledger)> TenThousandValue = new(() =>
    {
        SyntheticLedger synthetic = LedgerGenerator.Generate(10_000);
        return (synthetic, synthetic.Build());
    });

    internal static SyntheticLedger Synthetic => TenThousandValue.Value.Synthetic;

    internal static Ledger Ledger => TenThousandValue.Value.Ledger;
}

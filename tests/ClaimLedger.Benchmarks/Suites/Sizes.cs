using ClaimLedger.Benchmarks.Generation;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>Generated ledgers shared by the suites of one run, so each size is generated and built once.</summary>
internal static class Sizes
{
    private static readonly Dictionary<int, (SyntheticLedger Synthetic, Ledger Ledger)> Cache = [];

    internal static (SyntheticLedger Synthetic, Ledger Ledger) Get(int claims)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(claims, out var made))
            {
                // Keep one large ledger at a time: three 1M-claim ledgers would crowd the machine's memory for nothing.
                Cache.Clear();
                SyntheticLedger synthetic = LedgerGenerator.Generate(claims);
                made = (synthetic, synthetic.Build());
                Cache[claims] = made;
            }

            return made;
        }
    }
}

using System.Runtime.CompilerServices;
using ClaimLedger.Data;

namespace ClaimLedger.Interactive;

/// <summary>
/// The ledgers a notebook has shown, so that a claim or a contradiction, which hold only identifiers, can be
/// rendered with the names of its speakers, parties and places.
/// </summary>
/// <remarks>
/// A claim does not know its ledger. Rather than ask notebook authors to register one, the formatters remember every
/// ledger they display (weakly, so none is kept alive) and always know the bundled data set. A claim is matched to a
/// ledger that holds an equal claim under the same id; with no match the formatters fall back to identifiers.
/// </remarks>
internal static class KnownLedgers
{
    private static readonly ConditionalWeakTable<Ledger, object> Seen = [];

    internal static void Remember(Ledger ledger) => Seen.AddOrUpdate(ledger, new object());

    internal static Ledger? Holding(Claim claim)
    {
        foreach (Ledger ledger in Candidates())
        {
            if (ledger.TryGetClaim(claim.Id, out Claim? held) && held.Equals(claim))
            {
                return ledger;
            }
        }

        return null;
    }

    internal static Ledger? Holding(Incident incident)
    {
        foreach (Ledger ledger in Candidates())
        {
            if (ledger.TryGetIncident(incident.Id, out Incident? held) && held.Equals(incident))
            {
                return ledger;
            }
        }

        return null;
    }

    private static IEnumerable<Ledger> Candidates()
    {
        foreach (KeyValuePair<Ledger, object> pair in Seen)
        {
            yield return pair.Key;
        }

        yield return BundledLedgers.NagornoKarabakh;
    }
}

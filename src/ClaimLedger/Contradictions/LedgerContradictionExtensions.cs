namespace ClaimLedger.Contradictions;

/// <summary>Shortcuts to <see cref="ContradictionEngine.Default"/> from a ledger.</summary>
public static class LedgerContradictionExtensions
{
    /// <summary>Finds the contradictions in a ledger, optionally filtered, with the default engine.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="filter">The criteria, or null for all.</param>
    /// <returns>The contradictions, ordered by time, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ImmutableArray<Contradiction> FindContradictions(this Ledger ledger, ContradictionFilter? filter = null) =>
        filter is null ? ContradictionEngine.Default.FindAll(ledger) : ContradictionEngine.Default.Find(ledger, filter);

    /// <summary>Finds the ledger's revisions with the default engine: each speaker's figures for one measure said one after another.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The revisions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ImmutableArray<Revision> FindRevisions(this Ledger ledger) => ContradictionEngine.Default.FindRevisions(ledger);
}

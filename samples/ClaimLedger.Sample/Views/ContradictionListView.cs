namespace ClaimLedger.Sample.Views;

/// <summary>The result of <c>contradictions</c>: the matches and how many there are in all.</summary>
/// <param name="Filters">The filters in words, such as "kind denial, party Russia"; empty when none.</param>
/// <param name="Total">How many contradictions the ledger holds in all.</param>
/// <param name="Items">The contradictions that match, ordered by time, then id.</param>
internal sealed record ContradictionListView(string Filters, int Total, ImmutableArray<ContradictionView> Items);

namespace ClaimLedger.Sample.Views;

/// <summary>The report: what the ledger holds, when things happened, what contradicts what and who contradicts whom.</summary>
/// <param name="Title">The ledger's title, or null.</param>
/// <param name="Description">The ledger's description, or null.</param>
/// <param name="Counts">How much it holds.</param>
/// <param name="PartyPairs">Which parties contradict which, most contradictions first.</param>
/// <param name="Contradictions">Every contradiction, in the order of <see cref="Incidents"/>, then by time and id.</param>
/// <param name="Incidents">The incidents in time order (unknown times last).</param>
internal sealed record ReportView(
    string? Title,
    string? Description,
    CountsView Counts,
    ImmutableArray<PartyPairView> PartyPairs,
    ImmutableArray<ContradictionView> Contradictions,
    ImmutableArray<IncidentRow> Incidents);

namespace ClaimLedger.Sample.Views;

/// <summary>One contradiction as every format shows it; its JSON is the documented shape of <c>contradictions --format json</c>.</summary>
/// <param name="Id">The stable id, such as "c-3f9a0b12c4".</param>
/// <param name="Kind">The kind in kebab case, such as "denial".</param>
/// <param name="Incident">The id of the (first) incident the claims are about.</param>
/// <param name="IncidentTitle">That incident's title.</param>
/// <param name="Incidents">Every incident the claims are about (usually one).</param>
/// <param name="Time">The span of time the claims are about, or null when unknown.</param>
/// <param name="Parties">The ids of the parties on any side.</param>
/// <param name="Explanation">Why the claims cannot all be true, in words.</param>
/// <param name="Sides">The sides, each a position and the claims that hold it.</param>
/// <param name="Claims">Every claim involved, ordered by id.</param>
internal sealed record ContradictionView(
    string Id,
    string Kind,
    string Incident,
    string IncidentTitle,
    ImmutableArray<string> Incidents,
    FuzzyDate? Time,
    ImmutableArray<string> Parties,
    string Explanation,
    ImmutableArray<SideView> Sides,
    ImmutableArray<ClaimView> Claims);

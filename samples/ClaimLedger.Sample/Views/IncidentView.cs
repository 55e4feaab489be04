namespace ClaimLedger.Sample.Views;

/// <summary>One incident with all its claims side by side and the contradictions among them.</summary>
/// <param name="Id">The incident's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="When">When it happened, or null when unknown.</param>
/// <param name="Places">The names of the places where it happened.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Summary">A short summary, or null.</param>
/// <param name="Claims">Its claims, in the order they were added.</param>
/// <param name="Contradictions">The contradictions that involve its claims.</param>
internal sealed record IncidentView(
    string Id,
    string Title,
    FuzzyDate? When,
    ImmutableArray<string> Places,
    ImmutableArray<string> Tags,
    string? Summary,
    ImmutableArray<ClaimView> Claims,
    ImmutableArray<ContradictionView> Contradictions);

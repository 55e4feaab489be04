namespace ClaimLedger.Sample.Views;

/// <summary>One incident in the report's time line.</summary>
/// <param name="Id">The incident's id, for <c>incident &lt;id&gt;</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="When">When it happened, or null when unknown.</param>
/// <param name="Claims">How many claims are about it.</param>
/// <param name="Contradictions">How many contradictions involve its claims.</param>
internal sealed record IncidentRow(string Id, string Title, FuzzyDate? When, int Claims, int Contradictions);

namespace ClaimLedger.Sample.Views;

/// <summary>A source, what it said, and how often and by whom it is contradicted.</summary>
/// <param name="Id">The source's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of source it is, in kebab case ("state-media").</param>
/// <param name="Party">Its party's id, or null.</param>
/// <param name="PartyName">Its party's name, or null.</param>
/// <param name="Claims">How many claims it made itself.</param>
/// <param name="Relayed">How many claims of other speakers it relayed.</param>
/// <param name="Contradicted">In how many contradictions a claim of its own is opposed by another side.</param>
/// <param name="ContradictedBy">The speakers on the other sides, most often first, then by name.</param>
internal sealed record SourceView(
    string Id,
    string Name,
    string Kind,
    string? Party,
    string? PartyName,
    int Claims,
    int Relayed,
    int Contradicted,
    ImmutableArray<OpponentView> ContradictedBy);

namespace ClaimLedger.Sample.Views;

/// <summary>One side of a contradiction.</summary>
/// <param name="Position">The position in words, such as "Azerbaijan withdrew from Parukh".</param>
/// <param name="Parties">The ids of the speakers' parties on this side.</param>
/// <param name="Claims">The ids of the claims that hold this position.</param>
internal sealed record SideView(string Position, ImmutableArray<string> Parties, ImmutableArray<string> Claims);

namespace ClaimLedger.Sample.Views;

/// <summary>Where a claim can be checked, as every format shows it.</summary>
/// <param name="Url">The work's address, or null.</param>
/// <param name="Title">The work's title, or null.</param>
/// <param name="Publisher">Who published it, or null.</param>
/// <param name="Published">When it was published, or null.</param>
/// <param name="Section">The part of the work the statement is in, or null.</param>
/// <param name="ArchiveUrl">An archived copy, or null.</param>
/// <param name="Relay">The name of the relay whose publication it is, or null for the speaker's own or the source document.</param>
internal sealed record CitationView(string? Url, string? Title, string? Publisher, FuzzyDate? Published, string? Section, string? ArchiveUrl, string? Relay);

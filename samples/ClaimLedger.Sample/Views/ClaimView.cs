namespace ClaimLedger.Sample.Views;

/// <summary>One claim as every format shows it: who said what, when, through whom, in what words.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Incident">The id of the incident it is about.</param>
/// <param name="Speaker">The speaker's name.</param>
/// <param name="SpeakerId">The speaker's source id.</param>
/// <param name="Party">The id of the speaker's party, or null when the speaker has none.</param>
/// <param name="PartyName">The name of the speaker's party, or null.</param>
/// <param name="Outlet">The outlets that relayed the statement, nearest the speaker first, joined by ", "; null when none.</param>
/// <param name="Stated">When it was said, as the fuzzy date's text ("27 March 2022"), or null when unknown.</param>
/// <param name="Stance">"affirms" or "denies".</param>
/// <param name="Says">The proposition in words, such as "Azerbaijan withdrew from Parukh".</param>
/// <param name="Quantity">The number given, such as "at least 3 servicemen", or null.</param>
/// <param name="Quote">The words quoted, or null.</param>
/// <param name="Citations">Where the statement can be checked.</param>
internal sealed record ClaimView(
    string Id,
    string Incident,
    string Speaker,
    string SpeakerId,
    string? Party,
    string? PartyName,
    string? Outlet,
    FuzzyDate? Stated,
    string Stance,
    string Says,
    string? Quantity,
    string? Quote,
    ImmutableArray<CitationView> Citations);

namespace ClaimLedger.Sample.Cli;

/// <summary>What <c>--format</c> selects.</summary>
internal enum OutputFormat
{
    /// <summary>Tables and wrapped text for a terminal.</summary>
    Text,

    /// <summary>Stable JSON, documented in the README.</summary>
    Json,

    /// <summary>Markdown, for pasting into a report or an issue.</summary>
    Markdown,

    /// <summary>CSV, for a spreadsheet: <c>export</c> (the claims) and <c>contradictions</c> only.</summary>
    Csv,

    /// <summary>The library's ledger file format: <c>export</c> only (its default).</summary>
    ClaimLedger,

    /// <summary>schema.org ClaimReview JSON-LD: <c>export</c> only.</summary>
    ClaimReview,
}

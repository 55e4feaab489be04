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
}

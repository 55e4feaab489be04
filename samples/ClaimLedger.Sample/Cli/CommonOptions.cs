using System.CommandLine;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// The options every command takes. They are recursive options of the root command, so they may come before or
/// after the command's name (<c>--ledger my.json contradictions</c> and <c>contradictions --ledger my.json</c>).
/// </summary>
internal sealed class CommonOptions
{
    private static readonly string[] Formats = ["text", "json", "markdown", "csv", "claimledger", "claimreview"];

    public CommonOptions()
    {
        OneOf.Restrict(Format, Formats);
    }

    /// <summary>Gets <c>--ledger &lt;file&gt;</c>: the user's ledger file instead of the bundled data set.</summary>
    public Option<string?> Ledger { get; } = new("--ledger", "-l")
    {
        Description = "Work on this ledger file (the library's JSON format) instead of the bundled Nagorno-Karabakh data set.",
        HelpName = "file",
        Recursive = true,
    };

    /// <summary>Gets <c>--format text|json|markdown</c>.</summary>
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: text (tables for a terminal), json (stable, documented in the README) or markdown; "
            + "csv for 'contradictions' and 'export'; claimledger for 'export'; claimreview for 'export' and 'import'.",
        HelpName = "text|json|markdown|csv|claimledger|claimreview",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    /// <summary>Gets the format chosen, text when none was.</summary>
    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format) switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        "csv" => OutputFormat.Csv,
        "claimledger" => OutputFormat.ClaimLedger,
        "claimreview" => OutputFormat.ClaimReview,
        _ => OutputFormat.Text,
    };

    /// <summary>Gets whether <c>--format</c> was written on the command line rather than defaulted.</summary>
    public bool FormatGiven(ParseResult parse) => parse.GetResult(Format) is { Implicit: false };
}

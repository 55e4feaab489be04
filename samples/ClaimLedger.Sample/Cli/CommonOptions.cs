using System.CommandLine;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// The options the commands share. The root command and each command that accepts one hold the same option, so it
/// may come before or after the command's name (<c>--ledger my.json contradictions</c> and
/// <c>contradictions --ledger my.json</c>), and a command's help lists only the ones it accepts.
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
    };

    /// <summary>Gets <c>--format text|json|markdown</c>.</summary>
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: text (tables for a terminal), json (stable, documented in the README) or markdown; "
            + "csv for 'contradictions' and 'export'; claimledger for 'export'; claimreview for 'export' and 'import'.",
        HelpName = "text|json|markdown|csv|claimledger|claimreview",
        DefaultValueFactory = _ => "text",
    };

    /// <summary>Gets the format chosen, text when none was.</summary>
    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format)?.ToLowerInvariant() switch
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

using System.CommandLine;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// The options the commands share. The root command and each command that accepts one hold the same <c>--ledger</c>,
/// so it may come before or after the command's name (<c>--ledger my.json contradictions</c> and
/// <c>contradictions --ledger my.json</c>); each command has its own <c>--format</c>, so its help lists only the
/// formats it writes, and the root's, given before the name, is read when the command's is not given.
/// </summary>
internal sealed class CommonOptions
{
    private static readonly string[] Formats = ["text", "json", "markdown", "csv", "claimledger", "claimreview"];

    // What each command writes, where it is not only text, json or markdown; its help lists only these.
    private static readonly Dictionary<string, (string[] Formats, string Description)> CommandFormats = new(StringComparer.Ordinal)
    {
        ["contradictions"] = (["text", "json", "markdown", "csv"], "Output format: text (tables for a terminal), json (stable, documented in the README), markdown, or csv (one row per contradiction)."),
        ["export"] = (Formats, "What to write: claimledger or json (the ledger file), csv (one row per claim) or claimreview (schema.org JSON-LD); with --out, text, json or markdown also pick the summary printed after the file is written."),
        ["import"] = (["text", "json", "markdown", "claimreview"], "claimreview to read ClaimReview instead of CSV; else the format of the summary printed after the file is written: text, json or markdown."),
    };

    /// <summary>Gets <c>--ledger &lt;file&gt;</c>: the user's ledger file instead of the bundled data set.</summary>
    public Option<string?> Ledger { get; } = new("--ledger", "-l")
    {
        Description = "Work on this ledger file (the library's JSON format) instead of the bundled Nagorno-Karabakh data set.",
        HelpName = "file",
    };

    /// <summary>Gets the root command's <c>--format</c>, given before a command's name: every format any command writes.</summary>
    public Option<string> Format { get; } = Make(Formats,
        "Output format: text (tables for a terminal), json (stable, documented in the README) or markdown; "
            + "csv for 'contradictions' and 'export'; claimledger for 'export'; claimreview for 'export' and 'import'.");

    /// <summary>Makes a command's own <c>--format</c>, which accepts, and lists in its help, only what the command writes.</summary>
    /// <param name="command">The command's name.</param>
    /// <returns>The option.</returns>
    public static Option<string> FormatFor(string command) =>
        CommandFormats.TryGetValue(command, out var own)
            ? Make(own.Formats, own.Description)
            : Make(["text", "json", "markdown"], "Output format: text (tables for a terminal), json (stable, documented in the README) or markdown.");

    /// <summary>Gets the format chosen, text when none was.</summary>
    public OutputFormat FormatOf(ParseResult parse) => FormatText(parse)?.ToLowerInvariant() switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        "csv" => OutputFormat.Csv,
        "claimledger" => OutputFormat.ClaimLedger,
        "claimreview" => OutputFormat.ClaimReview,
        _ => OutputFormat.Text,
    };

    /// <summary>Gets the format as written: the command's own option, else the root's, else the default.</summary>
    public string? FormatText(ParseResult parse) =>
        Own(parse) is { } own && parse.GetResult(own) is { Implicit: false } ? parse.GetValue(own)
        : parse.GetResult(Format) is { Implicit: false } ? parse.GetValue(Format)
        : "text";

    /// <summary>Gets whether <c>--format</c> was written on the command line rather than defaulted.</summary>
    public bool FormatGiven(ParseResult parse) =>
        (Own(parse) is { } own && parse.GetResult(own) is { Implicit: false }) || parse.GetResult(Format) is { Implicit: false };

    private static Option<string>? Own(ParseResult parse) =>
        parse.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == "--format");

    private static Option<string> Make(string[] formats, string description)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => "text",
        };
        OneOf.Restrict(option, formats);
        return option;
    }
}

using System.CommandLine;
using ClaimLedger.Sample.Rendering;

namespace ClaimLedger.Sample.Cli;

/// <summary>What every command needs: where to write, how output looks, and the options they share.</summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where errors go (stderr).</param>
/// <param name="Settings">Colour and width of text output.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, OutputSettings Settings)
{
    /// <summary>Gets the options every command takes.</summary>
    public CommonOptions Options { get; } = new();

    /// <summary>Loads the ledger <c>--ledger</c> names, or the bundled one.</summary>
    /// <exception cref="CliException">The file cannot be read or loaded.</exception>
    public Ledger LoadLedger(ParseResult parse) => LedgerLoader.Load(parse.GetValue(Options.Ledger));

    /// <summary>Gets the renderer for the format <c>--format</c> chose, writing to stdout.</summary>
    /// <exception cref="CliException">The format is one only some commands write (csv, claimledger, claimreview).</exception>
    public IRenderer Renderer(ParseResult parse) => Options.FormatOf(parse) switch
    {
        OutputFormat.Json => new JsonRenderer(Out),
        OutputFormat.Markdown => new MarkdownRenderer(Out),
        OutputFormat.Text => new TextRenderer(Out, Settings),
        _ => throw CliException.Usage(Messages.FormatNotHere(Options.FormatText(parse)!, parse.CommandResult.Command.Name)),
    };

    /// <summary>Gets the renderer for a summary after writing a file: text unless json or markdown was asked for.</summary>
    public IRenderer SummaryRenderer(ParseResult parse) => Options.FormatOf(parse) switch
    {
        OutputFormat.Json => new JsonRenderer(Out),
        OutputFormat.Markdown => new MarkdownRenderer(Out),
        _ => new TextRenderer(Out, Settings),
    };
}

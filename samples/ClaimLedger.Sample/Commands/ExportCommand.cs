using System.CommandLine;
using ClaimLedger.Contradictions;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;
using ClaimLedger.Serialization;

namespace ClaimLedger.Sample.Commands;

/// <summary>
/// <c>export</c>: the ledger in the library's file format, to stdout or, with <c>--out</c>, to a file (saved atomically)
/// with a summary on stdout in the chosen format. A start for a ledger of one's own.
/// </summary>
internal sealed class ExportCommand(CliContext cli)
{
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Write the ledger to this file instead of stdout (atomically: a failure leaves any old file whole).",
        HelpName = "file",
    };

    public Command Build()
    {
        var command = new Command("export", "Write the ledger in the library's file format (JSON) to stdout, or to a file with --out: a start for a ledger of your own.")
        {
            _out,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        string? path = parse.GetValue(_out);
        OutputFormat format = cli.Options.FormatOf(parse);
        if (path is null && cli.Options.FormatGiven(parse) && format != OutputFormat.Json)
        {
            throw CliException.Usage(Messages.ExportFormat(parse.GetValue(cli.Options.Format)!));
        }

        if (path is not null && string.IsNullOrWhiteSpace(path))
        {
            throw CliException.Usage(Messages.EmptyPath("--out"));
        }

        if (path is not null && Directory.Exists(path))
        {
            throw CliException.Usage(Messages.WriteDirectory(path));
        }

        Ledger ledger = cli.LoadLedger(parse);
        if (path is null)
        {
            cli.Out.Write(LedgerFile.ToJson(ledger));
            return ExitCodes.Ok;
        }

        try
        {
            LedgerFile.Save(ledger, path);
        }
        catch (DirectoryNotFoundException)
        {
            throw CliException.CannotLoad([Messages.NoSuchDirectory(path)]);
        }
        catch (UnauthorizedAccessException)
        {
            throw CliException.CannotLoad([Messages.NotWritable(path)]);
        }
        catch (IOException ex)
        {
            throw CliException.CannotLoad([Messages.CannotWrite(path, ex.Message)]);
        }

        cli.Renderer(parse).Exported(new ExportView(path, new LedgerViews(ledger).Counts(ledger.FindContradictions().Length)));
        return ExitCodes.Ok;
    }
}

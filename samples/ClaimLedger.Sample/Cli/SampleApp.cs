using System.CommandLine;
using System.CommandLine.Parsing;
using ClaimLedger.Sample.Commands;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// Wires the commands together, parses the command line and turns every failure into one clear message on stderr and
/// an exit code (<see cref="ExitCodes"/>): never a stack trace.
/// </summary>
internal static class SampleApp
{
    /// <summary>The name help shows, the same in-process and as a real process.</summary>
    public const string Name = "ClaimLedger.Sample";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, OutputSettings settings)
    {
        var cli = new CliContext(stdout, stderr, settings);
        RootCommand root = Build(cli);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (ParseError error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine(Messages.UsageHint(PathOf(parse.CommandResult)));
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            foreach (string line in ex.Lines)
            {
                stderr.WriteLine(line);
            }

            return ex.ExitCode;
        }
#pragma warning disable CA1031 // The one place that catches everything: the user gets a message, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine(Messages.Internal(ex));
            return ExitCodes.Internal;
        }
    }

    private static RootCommand Build(CliContext cli)
    {
        var report = new ReportCommand(cli);
        var root = new RootCommand(
            "ClaimLedger sample: competing claims about conflict incidents, who made them, and where they contradict each other. "
            + "With no command, a report on the bundled Nagorno-Karabakh data set (or --ledger <file>).")
        {
            HelpName = Name,
        };
        root.Options.Add(cli.Options.Ledger);
        root.Options.Add(cli.Options.Format);
        root.Subcommands.Add(report.Build());
        root.Subcommands.Add(new ContradictionsCommand(cli).Build());
        root.Subcommands.Add(new IncidentCommand(cli).Build());
        root.Subcommands.Add(new SourcesCommand(cli).Build());
        root.Subcommands.Add(new PlacesCommand(cli).Build());
        root.Subcommands.Add(new RevisionsCommand(cli).Build());
        root.Subcommands.Add(new ValidateCommand(cli).Build());
        root.Subcommands.Add(new ExportCommand(cli).Build());
        root.Subcommands.Add(new ImportCommand(cli).Build());
        root.SetAction(report.Run);
        return root;
    }

    private static string PathOf(CommandResult result) =>
        result.Parent is CommandResult parent ? $"{PathOf(parent)} {result.Command.Name}" : Name;
}

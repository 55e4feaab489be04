using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
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
            foreach (string line in ParseErrors.Lines(parse, args))
            {
                stderr.WriteLine(line);
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
        foreach (Command command in root.Subcommands)
        {
            if (!TakesNoLedger.Contains(command.Name))
            {
                command.Options.Add(cli.Options.Ledger);
            }

            command.Options.Add(CommonOptions.FormatFor(command.Name));
        }

        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: SynchronousCommandLineAction help } helpOption)
        {
            helpOption.Action = new HelpWithExamples(help);
        }

        return root;
    }

    /// <summary>System.CommandLine's help, then two or three examples of the command it is for.</summary>
    private sealed class HelpWithExamples(SynchronousCommandLineAction help) : SynchronousCommandLineAction
    {
        // As help itself: "validate --help" shows help, not the error of a missing file.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int code = help.Invoke(parseResult);
            Command command = parseResult.CommandResult.Command;
            string key = command is RootCommand ? string.Empty : command.Name;
            if (CommandExamples.TryGetValue(key, out string[]? examples))
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (string example in examples)
                {
                    output.WriteLine($"  {PathOf(parseResult.CommandResult)} {example}".TrimEnd());
                }

                output.WriteLine();
            }

            return code;
        }
    }

    // validate checks the file it is given, so --ledger would only be a second, ignored file.
    private static readonly HashSet<string> TakesNoLedger = ["validate"];

    private static readonly Dictionary<string, string[]> CommandExamples = new()
    {
        [string.Empty] = ["", "--format markdown > report.md", "contradictions --party russia"],
        ["report"] = ["", "--ledger my-ledger.json --format markdown"],
        ["contradictions"] = ["--party russia --party azerbaijan", "--kind denial --place Shusha", "--from 'March 2022' --to 2023 --format json"],
        ["incident"] = ["parukh-2022", "parukh-2022 --format markdown"],
        ["sources"] = ["", "--format json"],
        ["places"] = ["", "--ledger my-ledger.json --format markdown"],
        ["revisions"] = ["", "--format json"],
        ["validate"] = ["my-ledger.json", "my-ledger.json --format json"],
        ["export"] = ["--out my-ledger.json", "--format csv --out claims.csv", "--format claimreview --contradiction <id> --review-url https://example.org/review --reviewer 'Example Fact Check'"],
        ["import"] = ["claims.csv --sources sources.csv --places places.csv --incidents incidents.csv --out my-ledger.json", "reviews.json --format claimreview --incident parukh-2022 --out my-ledger.json"],
    };

    private static string PathOf(CommandResult result) =>
        result.Parent is CommandResult parent ? $"{PathOf(parent)} {result.Command.Name}" : Name;
}

using System.CommandLine;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;
using ClaimLedger.Validation;

namespace ClaimLedger.Sample.Commands;

/// <summary>
/// <c>validate &lt;file&gt;</c>: loads a ledger file with the library's loader and lists every problem, with its
/// JSON path, line and position. Exit code 1 when there are problems, 3 when the file cannot be read at all.
/// </summary>
internal sealed class ValidateCommand(CliContext cli)
{
    private readonly Argument<string> _file = new("file")
    {
        Description = "The ledger file to check.",
    };

    public Command Build()
    {
        var command = new Command("validate", "Check a ledger file and list every problem with its path, line and position. Exits 1 when it has problems.")
        {
            _file,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        if (parse.GetValue(cli.Options.Ledger) is not null)
        {
            throw CliException.Usage(Messages.LedgerWithValidate);
        }

        string file = parse.GetRequiredValue(_file);
        (Ledger? ledger, ImmutableArray<ValidationProblem> problems) = LedgerLoader.TryLoad(file, "validate");
        cli.Renderer(parse).Validation(LedgerViews.Validation(file, ledger, problems));
        return ledger is null ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}

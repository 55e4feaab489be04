using System.CommandLine;
using ClaimLedger.Contradictions;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Commands;

/// <summary><c>sources</c>: each source with its party, its claims, and how often and by whom it is contradicted.</summary>
internal sealed class SourcesCommand(CliContext cli)
{
    public Command Build()
    {
        var command = new Command("sources", "List the sources: each with its party, how many claims it made or relayed, and how often and by whom it is contradicted.");
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        Ledger ledger = cli.LoadLedger(parse);
        cli.Renderer(parse).Sources(new LedgerViews(ledger).Sources(ledger.FindContradictions()));
        return ExitCodes.Ok;
    }
}

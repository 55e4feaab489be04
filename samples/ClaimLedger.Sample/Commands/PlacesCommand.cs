using System.CommandLine;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Commands;

/// <summary><c>places</c>: every place with its aliases and transliterations, which name lookups accept alike.</summary>
internal sealed class PlacesCommand(CliContext cli)
{
    public Command Build()
    {
        var command = new Command("places", "List the places with every alias and transliteration (any of them works for contradictions --place).");
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        Ledger ledger = cli.LoadLedger(parse);
        cli.Renderer(parse).Places(new LedgerViews(ledger).Places());
        return ExitCodes.Ok;
    }
}

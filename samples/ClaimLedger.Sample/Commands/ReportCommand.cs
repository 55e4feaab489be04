using System.CommandLine;
using ClaimLedger.Contradictions;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Commands;

/// <summary>
/// <c>report</c>, also what runs with no command: counts, who contradicts whom, the incidents in time order and every
/// contradiction grouped by incident with each side's speaker, party, outlet, date and quote.
/// </summary>
internal sealed class ReportCommand(CliContext cli)
{
    public const string Description =
        "Report on the ledger: counts, which parties contradict which, the incidents in time order, "
        + "and every contradiction grouped by incident with each side's speaker, party, outlet, date and quote.";

    public Command Build()
    {
        var command = new Command("report", Description);
        command.SetAction(Run);
        return command;
    }

    public int Run(ParseResult parse)
    {
        Ledger ledger = cli.LoadLedger(parse);
        ImmutableArray<Contradiction> all = ledger.FindContradictions();
        cli.Renderer(parse).Report(new LedgerViews(ledger).Report(all));
        return ExitCodes.Ok;
    }
}

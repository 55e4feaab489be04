using System.CommandLine;
using ClaimLedger.Contradictions;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Commands;

/// <summary><c>revisions</c>: each speaker's figures that were revised, every figure with when it was said.</summary>
internal sealed class RevisionsCommand(CliContext cli)
{
    public Command Build()
    {
        var command = new Command("revisions", "List the revised figures: a speaker's later figure for the same measure supersedes the earlier one, which no longer counts as a contradiction.");
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        Ledger ledger = cli.LoadLedger(parse);
        ImmutableArray<RevisionView> revisions = [.. ledger.FindRevisions().Select(r => new RevisionView(
            r.Speaker.Value,
            ledger.NameOf(Term.Source(r.Speaker)),
            r.Measure,
            [.. r.Figures.Select(c => new FigureView(c.Id.Value, c.Quantity?.ToString() ?? string.Empty, c.Attribution.Stated, c.Id == r.Current.Id))],
            r.Explanation))];
        cli.Renderer(parse).Revisions(revisions);
        return ExitCodes.Ok;
    }
}

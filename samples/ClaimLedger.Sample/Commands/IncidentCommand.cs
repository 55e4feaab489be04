using System.CommandLine;
using ClaimLedger.Contradictions;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Commands;

/// <summary><c>incident &lt;id&gt;</c>: one incident with all its claims side by side and the contradictions among them.</summary>
internal sealed class IncidentCommand(CliContext cli)
{
    private readonly Argument<string> _id = new("id")
    {
        Description = "The incident's id, such as 'parukh-2022' ('report' lists them).",
    };

    public Command Build()
    {
        var command = new Command("incident", "Show one incident: all its claims side by side, who said each and in what words, and the contradictions among them.")
        {
            _id,
        };
        command.SetAction(Run);
        return command;
    }

    /// <summary>Finds an incident by id, or fails with a usage error that suggests ids that contain the text.</summary>
    public static Incident FindIncident(Ledger ledger, string id)
    {
        if (IncidentId.IsValid(id) && ledger.TryGetIncident(id, out Incident? incident))
        {
            return incident;
        }

        IEnumerable<string> nearby = ledger.Incidents
            .Select(i => i.Id.Value)
            .Where(known => known.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(known, StringComparison.OrdinalIgnoreCase));
        throw CliException.Usage(Messages.UnknownIncident(id, nearby));
    }

    private int Run(ParseResult parse)
    {
        Ledger ledger = cli.LoadLedger(parse);
        Incident incident = FindIncident(ledger, parse.GetRequiredValue(_id));
        ImmutableArray<Contradiction> about = ContradictionEngine.Default.FindAbout(ledger, incident.Id);
        cli.Renderer(parse).Incident(new LedgerViews(ledger).Incident(incident, about));
        return ExitCodes.Ok;
    }
}

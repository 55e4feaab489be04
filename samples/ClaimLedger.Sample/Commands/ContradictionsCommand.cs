using System.CommandLine;
using System.CommandLine.Parsing;
using ClaimLedger.Contradictions;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Commands;

/// <summary><c>contradictions</c>: every contradiction, or those that match the filters, with the reason in words.</summary>
internal sealed class ContradictionsCommand(CliContext cli)
{
    private readonly Option<string[]> _party = new("--party", "-p")
    {
        Description = "Keep contradictions with this party's speakers on a side (id, name or alias). Give it twice for a pair on opposite sides.",
        HelpName = "party",
    };

    private readonly Option<string?> _incident = new("--incident", "-i")
    {
        Description = "Keep contradictions about this incident (its id; 'report' lists them).",
        HelpName = "id",
    };

    private readonly Option<string[]> _kind = new("--kind", "-k")
    {
        Description = $"Keep contradictions of this kind; may be repeated. One of: {string.Join(", ", KindNames.All)}.",
        HelpName = "kind",
    };

    private readonly Option<string?> _place = new("--place")
    {
        Description = "Keep contradictions about this place or a place within it (id, name or any alias: 'Kohne Taghlar').",
        HelpName = "name",
    };

    private readonly Option<FuzzyDate?> _from = new("--from")
    {
        Description = "Keep contradictions whose time may fall on or after this date ('March 2022', '27 March 2022', '2021'). Those of unknown time are kept.",
        HelpName = "date",
        CustomParser = r => ParseDate(r, "--from"),
    };

    private readonly Option<FuzzyDate?> _to = new("--to")
    {
        Description = "Keep contradictions whose time may fall on or before this date. Those of unknown time are kept.",
        HelpName = "date",
        CustomParser = r => ParseDate(r, "--to"),
    };

    public Command Build()
    {
        OneOf.Restrict(_kind, KindNames.All);
        var command = new Command("contradictions", "List the contradictions, optionally filtered, each with its explanation and every claim involved.")
        {
            _party, _incident, _kind, _place, _from, _to,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        Ledger ledger = cli.LoadLedger(parse);
        var filters = new List<string>();
        ContradictionFilter filter = ContradictionFilter.None;

        string[] kinds = [.. (parse.GetValue(_kind) ?? []).Select(k => k.ToLowerInvariant())];
        if (kinds.Length > 0)
        {
            filter = filter with { Kinds = [.. kinds.Select(KindNames.Parse).Distinct()] };
            filters.Add($"kind {string.Join(" or ", kinds.Distinct())}");
        }

        string[] parties = parse.GetValue(_party) ?? [];
        if (parties.Length > 2)
        {
            throw CliException.Usage(Messages.TooManyParties(parties.Length));
        }

        if (parties.Length > 0)
        {
            Party first = FindParty(ledger, parties[0]);
            Party? second = parties.Length == 2 ? FindParty(ledger, parties[1]) : null;
            filter = filter with { Party = first.Id, OtherParty = second?.Id };
            filters.Add(second is null ? $"party {first.Name}" : $"{first.Name} against {second.Name}");
        }

        if (parse.GetValue(_incident) is { } incidentId)
        {
            Incident incident = IncidentCommand.FindIncident(ledger, incidentId);
            filter = filter with { Incident = incident.Id };
            filters.Add($"incident {incident.Id}");
        }

        if (parse.GetValue(_place) is { } placeName)
        {
            Place place = FindPlace(ledger, placeName);
            filter = filter with { Place = place.Id };
            filters.Add($"place {place.Name}");
        }

        FuzzyDate? from = parse.GetValue(_from);
        FuzzyDate? to = parse.GetValue(_to);
        if (Period(from, to) is { } period)
        {
            filter = filter with { During = period };
            filters.Add($"time {period}");
        }

        ImmutableArray<Contradiction> all = ledger.FindContradictions();
        ImmutableArray<Contradiction> found = filters.Count == 0 ? all : ledger.FindContradictions(filter);
        if (cli.Options.FormatOf(parse) == OutputFormat.Csv)
        {
            // The same contradictions, in time order as the other formats list them, one row each.
            ClaimLedger.Interop.Csv.LedgerCsv.WriteContradictions(found, cli.Out);
            return ExitCodes.Ok;
        }

        var views = new LedgerViews(ledger);
        cli.Renderer(parse).Contradictions(new ContradictionListView(string.Join(", ", filters), all.Length, [.. found.Select(views.Contradiction)]));
        return ExitCodes.Ok;
    }

    /// <summary>Reads a fuzzy date; a bad one is a parse error, reported like an unknown option.</summary>
    private static FuzzyDate? ParseDate(ArgumentResult result, string option)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (!FuzzyDate.TryParse(text, defaultYear: null, out FuzzyDate? date, out string? error))
        {
            result.AddError(Messages.UnreadableDate(option, error));
            return null;
        }

        bool open = option == "--from" ? date.Earliest is null : date.Latest is null;
        if (open)
        {
            result.AddError(Messages.OpenDate(option, text));
            return null;
        }

        return date;
    }

    /// <summary>
    /// From the first day of <c>--from</c> to the last day of <c>--to</c>: "--from 'March 2022'" starts on 1 March,
    /// "--to 'March 2022'" ends on 31 March.
    /// </summary>
    private static FuzzyDate? Period(FuzzyDate? from, FuzzyDate? to)
    {
        if (from is not null && to is not null)
        {
            if (from.Earliest!.Value > to.Latest!.Value)
            {
                throw CliException.Usage(Messages.FromAfterTo(from.ToString(), to.ToString()));
            }

            return FuzzyDate.Between(from.Earliest.Value, to.Latest.Value);
        }

        return from is not null ? FuzzyDate.Since(from.Earliest!.Value)
            : to is not null ? FuzzyDate.By(to.Latest!.Value)
            : null;
    }

    private static Party FindParty(Ledger ledger, string name) =>
        (PartyId.IsValid(name) && ledger.TryGetParty(name, out Party? byId) ? byId : null)
        ?? ledger.FindParty(name)
        ?? throw CliException.Usage(Messages.UnknownParty(name, ledger.Parties.Select(p => p.Id.Value)));

    private static Place FindPlace(Ledger ledger, string name) =>
        (PlaceId.IsValid(name) && ledger.TryGetPlace(name, out Place? byId) ? byId : null)
        ?? ledger.FindPlace(name)
        ?? throw CliException.Usage(Messages.UnknownPlace(name));
}

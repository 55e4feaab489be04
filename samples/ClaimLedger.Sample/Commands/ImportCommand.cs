using System.CommandLine;
using ClaimLedger.Contradictions;
using ClaimLedger.Interop.Csv;
using ClaimLedger.Interop.SchemaOrg;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Sample.Commands;

/// <summary>
/// <c>import &lt;claims.csv&gt; --out &lt;ledger.json&gt;</c>: claims from a spreadsheet (and the sources, places, incidents
/// and parties they refer to, from their own files) into a ledger file, saved atomically. Every problem of every file is
/// listed with its row and column, and nothing is written unless all of it is valid. With <c>--ledger</c>, the claims
/// are added to that ledger; otherwise to a new one holding the well-known parties (or the parties of <c>--parties</c>).
/// </summary>
internal sealed class ImportCommand(CliContext cli)
{
    private readonly Argument<string> _claims = new("claims")
    {
        Description = "The claims, one row per claim (columns in the README; 'export --format csv' writes one).",
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "The ledger file to write (required; atomically: a failure leaves any old file whole).",
        HelpName = "file",
    };

    private readonly Option<string?> _sources = new("--sources") { Description = "Sources to create: id,name,kind,party,variants,reliability,note.", HelpName = "file" };

    private readonly Option<string?> _places = new("--places") { Description = "Places to create: id,name,aliases,kind,parent,latitude,longitude.", HelpName = "file" };

    private readonly Option<string?> _incidents = new("--incidents") { Description = "Incidents to create: id,title,when,places,tags,summary,note.", HelpName = "file" };

    private readonly Option<string?> _parties = new("--parties") { Description = "Parties to create (id,name,aliases,aligned) instead of the well-known ones.", HelpName = "file" };

    private readonly Option<string?> _incident = new("--incident")
    {
        Description = "With --format claimreview: the incident the reviewed claims are about (created when the ledger has none of that id).",
        HelpName = "id",
    };

    public Command Build()
    {
        var command = new Command(
            "import",
            "Import claims from CSV (with their sources, places, incidents and parties), or with --format claimreview from ClaimReview "
            + "JSON-LD, a page holding it or a fact-check search API response, into a ledger file, all or nothing.")
        {
            _claims, _out, _sources, _places, _incidents, _parties, _incident,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        string path = parse.GetValue(_out) ?? throw CliException.Usage(Messages.EmptyPath("import --out"));
        AtomicFile.CheckTarget(path, "--out");
        string? parties = parse.GetValue(_parties);
        Ledger into = parse.GetValue(cli.Options.Ledger) is not null
            ? cli.LoadLedger(parse)
            : parties is null ? new LedgerBuilder().AddParty(WellKnownParties.All).Build() : Ledger.Empty;
        var files = new CsvImportFiles(Input(parse.GetRequiredValue(_claims), "import")!)
        {
            Sources = Input(parse.GetValue(_sources), "--sources"),
            Places = Input(parse.GetValue(_places), "--places"),
            Incidents = Input(parse.GetValue(_incidents), "--incidents"),
            Parties = Input(parties, "--parties"),
        };

        if (cli.Options.FormatOf(parse) == OutputFormat.ClaimReview)
        {
            return FromClaimReview(parse, into, path);
        }

        Ledger? ledger;
        ImmutableArray<CsvProblem> problems;
        try
        {
            LedgerCsv.TryImport(files, out ledger, out problems, into);
        }
        catch (IOException ex)
        {
            throw CliException.CannotLoad([Messages.CannotRead(path, ex.Message)]);
        }

        if (ledger is null)
        {
            throw CliException.CannotLoad([Messages.NotImported(problems.Length), .. problems.Select(Messages.CsvProblem)]);
        }

        Save(ledger, path);
        cli.SummaryRenderer(parse).Exported(new ExportView(path, new LedgerViews(ledger).Counts(ledger.FindContradictions().Length)));
        return ExitCodes.Ok;
    }

    private int FromClaimReview(ParseResult parse, Ledger into, string path)
    {
        string file = parse.GetRequiredValue(_claims);
        string incident = parse.GetValue(_incident) ?? throw CliException.Usage(Messages.ReviewImportNeedsIncident);
        if (!IncidentId.IsValid(incident))
        {
            throw CliException.Usage(Messages.BadReviewOption("--incident", $"'{incident}' is not a valid identifier"));
        }

        Input(file, "import");
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException ex)
        {
            throw CliException.CannotLoad([Messages.CannotRead(file, ex.Message)]);
        }

        Ledger ledger;
        try
        {
            ledger = ClaimReviewImport.Import(text, into, new ClaimReviewImportOptions(incident));
        }
        catch (LedgerValidationException ex)
        {
            throw CliException.CannotLoad([Messages.NotALedger(file, ex.Problems.Length), .. ex.Problems.Select(p => Messages.Problem(file, p))]);
        }

        Save(ledger, path);
        cli.SummaryRenderer(parse).Exported(new ExportView(path, new LedgerViews(ledger).Counts(ledger.FindContradictions().Length)));
        return ExitCodes.Ok;
    }

    private static void Save(Ledger ledger, string path)
    {
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
    }

    /// <summary>A CSV file that must exist; a missing one is reported before anything is read.</summary>
    private static CsvInput? Input(string? path, string option)
    {
        if (path is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw CliException.Usage(Messages.EmptyPath(option));
        }

        if (Directory.Exists(path))
        {
            throw CliException.Usage(Messages.ReadDirectory(path));
        }

        return File.Exists(path) ? CsvInput.FromFile(path) : throw CliException.CannotLoad([Messages.NoSuchFile(path)]);
    }
}

using System.CommandLine;
using System.Text.Json.Nodes;
using ClaimLedger.Contradictions;
using ClaimLedger.Interop.Csv;
using ClaimLedger.Interop.SchemaOrg;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;
using ClaimLedger.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ClaimLedger.Sample.Commands;

/// <summary>
/// <c>export</c>: the ledger in the library's file format (the default, or <c>--format claimledger</c>), its claims as
/// CSV (<c>--format csv</c>), or claims and contradictions as schema.org ClaimReview JSON-LD
/// (<c>--format claimreview</c>), to stdout or, with <c>--out</c>, to a file (saved atomically) with a summary on stdout.
/// </summary>
internal sealed class ExportCommand(CliContext cli)
{
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Write to this file instead of stdout (atomically: a failure leaves any old file whole).",
        HelpName = "file",
    };

    private readonly Option<string?> _claim = new("--claim")
    {
        Description = "With --format claimreview: review this claim only (rated by every contradiction it takes part in).",
        HelpName = "id",
    };

    private readonly Option<string?> _contradiction = new("--contradiction")
    {
        Description = "With --format claimreview: review the claims of this contradiction only ('contradictions' lists the ids).",
        HelpName = "id",
    };

    private readonly Option<string?> _reviewUrl = new("--review-url")
    {
        Description = "With --format claimreview: the page that hosts the fact check (required).",
        HelpName = "url",
    };

    private readonly Option<string?> _reviewer = new("--reviewer")
    {
        Description = "With --format claimreview: the organisation that publishes the review (required).",
        HelpName = "name",
    };

    private readonly Option<string?> _reviewerUrl = new("--reviewer-url")
    {
        Description = "With --format claimreview: the reviewer's home page.",
        HelpName = "url",
    };

    private readonly Option<string?> _reviewDate = new("--review-date")
    {
        Description = "With --format claimreview: the day the review is published, as an ISO date (2026-12-01).",
        HelpName = "date",
    };

    public Command Build()
    {
        var command = new Command(
            "export",
            "Write the ledger in the library's file format (JSON), its claims as CSV (--format csv), or claims and contradictions as "
            + "schema.org ClaimReview (--format claimreview), to stdout or to a file with --out.")
        {
            _out, _claim, _contradiction, _reviewUrl, _reviewer, _reviewerUrl, _reviewDate,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        string? path = parse.GetValue(_out);
        OutputFormat format = cli.Options.FormatOf(parse);
        if (path is null && cli.Options.FormatGiven(parse) && format is OutputFormat.Text or OutputFormat.Markdown)
        {
            throw CliException.Usage(Messages.ExportFormat(cli.Options.FormatText(parse)!));
        }

        if (format != OutputFormat.ClaimReview)
        {
            foreach (Option<string?> option in (Option<string?>[])[_claim, _contradiction, _reviewUrl, _reviewer, _reviewerUrl, _reviewDate])
            {
                if (parse.GetValue(option) is not null)
                {
                    throw CliException.Usage(Messages.ReviewOnly(option.Name));
                }
            }
        }

        AtomicFile.CheckTarget(path, "--out");
        ClaimReviewOptions? review = format == OutputFormat.ClaimReview ? ReviewOptions(parse) : null;
        Ledger ledger = cli.LoadLedger(parse);
        Action<TextWriter> write = format switch
        {
            OutputFormat.Csv => text => LedgerCsv.WriteClaims(ledger.Claims, text),
            OutputFormat.ClaimReview => ClaimReviews(parse, ledger, review!),
            _ => text => text.Write(LedgerFile.ToJson(ledger)),
        };
        if (path is null)
        {
            write(cli.Out);
            return ExitCodes.Ok;
        }

        if (format is OutputFormat.Csv or OutputFormat.ClaimReview)
        {
            AtomicFile.Write(path, write);
        }
        else
        {
            Save(ledger, path);
        }

        cli.SummaryRenderer(parse).Exported(new ExportView(path, new LedgerViews(ledger).Counts(ledger.FindContradictions().Length)));
        return ExitCodes.Ok;
    }

    /// <summary>The reviews asked for: one claim, one contradiction's claims, or every contradiction's.</summary>
    private Action<TextWriter> ClaimReviews(ParseResult parse, Ledger ledger, ClaimReviewOptions options)
    {
        string? claim = parse.GetValue(_claim);
        string? contradiction = parse.GetValue(_contradiction);
        JsonNode reviews;
        if (claim is not null)
        {
            if (!ClaimId.IsValid(claim) || !ledger.TryGetClaim(claim, out _))
            {
                throw CliException.Usage(Messages.UnknownClaim(claim));
            }

            reviews = ClaimReviewExport.ForClaim(ledger, claim, options);
        }
        else if (contradiction is not null)
        {
            Contradiction found = ledger.FindContradictions().FirstOrDefault(c => c.Id == contradiction)
                ?? throw CliException.Usage(Messages.UnknownContradiction(contradiction));
            reviews = ClaimReviewExport.ForContradiction(found, options);
        }
        else
        {
            reviews = ClaimReviewExport.ForContradictions(ledger.FindContradictions(), options);
        }

        return text =>
        {
            text.Write(ClaimReviewExport.ToJson(reviews));
            text.Write('\n');
        };
    }

    private ClaimReviewOptions ReviewOptions(ParseResult parse)
    {
        string url = parse.GetValue(_reviewUrl) ?? throw CliException.Usage(Messages.ReviewNeeds("--review-url"));
        string reviewer = parse.GetValue(_reviewer) ?? throw CliException.Usage(Messages.ReviewNeeds("--reviewer"));
        if (parse.GetValue(_claim) is not null && parse.GetValue(_contradiction) is not null)
        {
            throw CliException.Usage(Messages.BadReviewOption("--claim", "give --claim or --contradiction, not both"));
        }

        LocalDate? date = null;
        if (parse.GetValue(_reviewDate) is { } text)
        {
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            date = result.Success ? result.Value : throw CliException.Usage(Messages.BadReviewOption("--review-date", $"'{text}' is not an ISO date such as 2026-12-01"));
        }

        string? reviewerUrl = parse.GetValue(_reviewerUrl);
        foreach ((string option, string? address) in (ReadOnlySpan<(string, string?)>)[("--review-url", url), ("--reviewer-url", reviewerUrl)])
        {
            if (address is not null && !Citation.IsWebAddress(address))
            {
                throw CliException.Usage(Messages.BadReviewOption(option, $"'{address}' is not an absolute http or https address"));
            }
        }

        if (string.IsNullOrWhiteSpace(reviewer))
        {
            throw CliException.Usage(Messages.BadReviewOption("--reviewer", "the reviewer's name must not be empty"));
        }

        return new ClaimReviewOptions(url, reviewer) { ReviewerUrl = reviewerUrl, DatePublished = date };
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
}

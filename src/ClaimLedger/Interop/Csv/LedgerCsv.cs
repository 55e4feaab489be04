using System.Globalization;
using System.Text;
using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using ClaimLedger.Internal;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;
using CsvHelper;

namespace ClaimLedger.Interop.Csv;

/// <summary>
/// Claims in and out of spreadsheets: imports claims from CSV, one row per claim (with the parties, sources, places
/// and incidents they refer to created from their own files or already in the ledger), and exports claims,
/// the other items and contradictions to CSV.
/// </summary>
/// <remarks>
/// <para>
/// The files are RFC 4180 CSV in UTF-8 with a header row; columns may come in any order, optional columns may be
/// left out, and a column the layout does not name is an error. Lists (relays, aliases, tags...) are separated by
/// <c>;</c>. Dates are fuzzy dates as the file format writes them ("27 March 2022"), terms are <c>kind:value</c>
/// ("party:azerbaijan"), figures are quantities ("at least 3 servicemen"), stance is <c>affirms</c> (the default) or
/// <c>denies</c>. The columns of each file are <see cref="ClaimColumns"/>, <see cref="PartyColumns"/>,
/// <see cref="SourceColumns"/>, <see cref="PlaceColumns"/> and <see cref="IncidentColumns"/>.
/// </para>
/// <para>
/// Import reports every problem of every file at once (<see cref="CsvImportException"/>): each with its file, its row
/// as a spreadsheet numbers it (the header is row 1), its column and the offending value, the semantic checks done by
/// the ledger's own validators. Nothing is imported unless everything is valid. A row holds one citation (the
/// <c>citation_*</c> columns); a claim's further citations stay in the ledger format.
/// </para>
/// </remarks>
public static class LedgerCsv
{
    /// <summary>Gets the columns of a claims file; <c>id</c>, <c>incident</c>, <c>speaker</c>, <c>subject</c> and <c>predicate</c> are required.</summary>
    public static ImmutableArray<string> ClaimColumns { get; } =
    [
        "id", "incident", "speaker", "relays", "stated", "subject", "predicate", "object", "place", "time", "stance", "quantity", "quote",
        "citation_url", "note",
        "citation_title", "citation_publisher", "citation_published", "citation_section", "citation_archive_url", "citation_accessed", "citation_relay",
        "voice", "stated_after", "as_of", "modality", "hedge", "part_of", "credibility", "withdrawn_by", "withdrawn_when", "withdrawn_how",
    ];

    /// <summary>Gets the columns of a parties file; <c>id</c> and <c>name</c> are required.</summary>
    public static ImmutableArray<string> PartyColumns { get; } = ["id", "name", "aliases", "aligned"];

    /// <summary>Gets the columns of a sources file; <c>id</c> and <c>name</c> are required.</summary>
    public static ImmutableArray<string> SourceColumns { get; } = ["id", "name", "kind", "party", "variants", "reliability", "note"];

    /// <summary>Gets the columns of a places file; <c>id</c> and <c>name</c> are required.</summary>
    public static ImmutableArray<string> PlaceColumns { get; } = ["id", "name", "aliases", "kind", "parent", "latitude", "longitude"];

    /// <summary>Gets the columns of an incidents file; <c>id</c> and <c>title</c> are required.</summary>
    public static ImmutableArray<string> IncidentColumns { get; } = ["id", "title", "when", "places", "tags", "summary", "note"];

    /// <summary>Gets the columns of a contradictions export.</summary>
    public static ImmutableArray<string> ContradictionColumns { get; } =
        ["id", "kind", "incidents", "time", "time_earliest", "time_latest", "parties", "sides", "side_parties", "side_claims", "claims", "tentative", "explanation"];

    /// <summary>Imports CSV files into a ledger, all or nothing.</summary>
    /// <param name="files">The files.</param>
    /// <param name="into">The ledger whose parties, sources, places, predicates and incidents the files may refer to, and which the result extends; <see cref="Ledger.Empty"/> when null.</param>
    /// <returns>A new ledger: <paramref name="into"/> with the files' items added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="CsvImportException">The files have problems; every one is listed.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static Ledger Import(CsvImportFiles files, Ledger? into = null) =>
        TryImport(files, out Ledger? ledger, out ImmutableArray<CsvProblem> problems, into) ? ledger : throw new CsvImportException(problems);

    /// <summary>Imports CSV files into a ledger if they are valid, and reports every problem if not.</summary>
    /// <param name="files">The files.</param>
    /// <param name="ledger">The new ledger, when the import succeeded.</param>
    /// <param name="problems">Every problem, file by file in row order; empty when the import succeeded.</param>
    /// <param name="into">The ledger to extend, as for <see cref="Import"/>.</param>
    /// <returns>Whether the import succeeded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static bool TryImport(CsvImportFiles files, [NotNullWhen(true)] out Ledger? ledger, out ImmutableArray<CsvProblem> problems, Ledger? into = null)
    {
        Preconditions.CheckNotNull(files);
        Preconditions.CheckNotNull(files.Claims);
        into ??= Ledger.Empty;
        var found = new List<CsvProblem>();
        var origins = new Dictionary<string, List<CsvRow>>(StringComparer.Ordinal);
        var batch = new LedgerBatch
        {
            Parties = ReadItems(files.Parties, PartyColumns, ["id", "name"], "parties", ReadParty, found, origins),
            Sources = ReadItems(files.Sources, SourceColumns, ["id", "name"], "sources", ReadSource, found, origins),
            Places = ReadItems(files.Places, PlaceColumns, ["id", "name"], "places", ReadPlace, found, origins),
            Incidents = ReadItems(files.Incidents, IncidentColumns, ["id", "title"], "incidents", ReadIncident, found, origins),
            Claims = ReadItems(files.Claims, ClaimColumns, ["id", "incident", "speaker", "subject", "predicate"], "claims", ReadClaim, found, origins),
        };

        LedgerBuilder builder = into.ToBuilder();
        if (!builder.TryAdd(batch, out ImmutableArray<ValidationProblem> semantic))
        {
            found.AddRange(semantic.Select(p => Locate(p, origins)));
        }

        if (found.Count > 0)
        {
            ledger = null;
            var order = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (CsvInput? input in (CsvInput?[])[files.Parties, files.Sources, files.Places, files.Incidents, files.Claims])
            {
                if (input is not null)
                {
                    order.TryAdd(input.Name, order.Count);
                }
            }

            problems = [.. found.Select((p, i) => (p, i)).OrderBy(x => order.GetValueOrDefault(x.p.File)).ThenBy(x => x.p.Row).ThenBy(x => x.i).Select(x => x.p)];
            return false;
        }

        ledger = builder.Build();
        problems = [];
        return true;
    }

    /// <summary>Writes claims as CSV, every column of <see cref="ClaimColumns"/>, one row per claim; only the first citation of each is written.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteClaims(IEnumerable<Claim> claims, TextWriter output)
    {
        Preconditions.CheckNotNull(claims);
        Write(output, ClaimColumns, claims, c =>
        {
            Attribution a = c.Attribution;
            Citation? cite = a.Citations.IsDefaultOrEmpty ? null : a.Citations[0];
            return
            [
                c.Id.Value, c.Incident.Value, a.Speaker.Value, Join(a.Relays.Select(r => r.Value)), a.Stated?.ToString(),
                c.Proposition.Subject.ToString(), c.Proposition.Predicate.Value, c.Proposition.Object?.ToString(), c.Proposition.Place?.Value,
                c.Proposition.Time?.ToString(), Kebab.Of(c.Stance), c.Quantity?.ToString(), a.Quote, cite?.Url, c.Note,
                cite?.Title, cite?.Publisher, cite?.Published?.ToString(), cite?.Section, cite?.ArchiveUrl,
                cite?.Accessed is { } accessed ? NodaTime.Text.LocalDatePattern.Iso.Format(accessed) : null, cite?.Relay?.Value,
                a.IsOwnVoice ? Kebab.Of(a.Voice) : null, a.StatedAfter?.Value, c.AsOf?.ToString(), c.IsFirm ? null : Kebab.Of(c.Modality), c.Hedge,
                c.PartOf?.Value, c.Credibility is { } grade ? ((int)grade).ToString(CultureInfo.InvariantCulture) : null,
                a.Withdrawn?.By?.Value, a.Withdrawn?.When?.ToString(), a.Withdrawn?.How,
            ];
        });
    }

    /// <summary>Writes a ledger's parties as CSV (<see cref="PartyColumns"/>).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteParties(Ledger ledger, TextWriter output) =>
        Write(output, PartyColumns, Preconditions.CheckNotNull(ledger).Parties, p => [p.Id.Value, p.Name, Join(p.Aliases), Join(p.AlignedWith.Select(a => a.Value))]);

    /// <summary>Writes a ledger's sources as CSV (<see cref="SourceColumns"/>).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteSources(Ledger ledger, TextWriter output) =>
        Write(output, SourceColumns, Preconditions.CheckNotNull(ledger).Sources, s =>
            [s.Id.Value, s.Name, Kebab.Of(s.Kind), s.Party?.Value, Join(s.NameVariants), s.Reliability?.ToString(), s.Note]);

    /// <summary>Writes a ledger's places as CSV (<see cref="PlaceColumns"/>).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WritePlaces(Ledger ledger, TextWriter output) =>
        Write(output, PlaceColumns, Preconditions.CheckNotNull(ledger).Places, p =>
            [p.Id.Value, p.Name, Join(p.Aliases), p.Kind, p.Parent?.Value, p.Coordinates?.Latitude.ToString("R", CultureInfo.InvariantCulture), p.Coordinates?.Longitude.ToString("R", CultureInfo.InvariantCulture)]);

    /// <summary>Writes a ledger's incidents as CSV (<see cref="IncidentColumns"/>).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteIncidents(Ledger ledger, TextWriter output) =>
        Write(output, IncidentColumns, Preconditions.CheckNotNull(ledger).Incidents, i =>
            [i.Id.Value, i.Title, i.When?.ToString(), Join(i.Places.Select(p => p.Value)), Join(i.Tags), i.Summary, i.Note]);

    /// <summary>
    /// Writes contradictions as CSV (<see cref="ContradictionColumns"/>), one row each: its kind, incidents, time (text and
    /// ISO days), parties, the sides' positions, parties and claims (sides separated by " | "), every claim, and the explanation.
    /// </summary>
    /// <param name="contradictions">The contradictions.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteContradictions(IEnumerable<Contradiction> contradictions, TextWriter output)
    {
        Preconditions.CheckNotNull(contradictions);
        Write(output, ContradictionColumns, contradictions, c =>
        [
            c.Id, c.Kind.ToKebabCase(), Join(c.Incidents.Select(i => i.Value)), c.Time?.ToString(), Iso(c.Time?.Earliest), Iso(c.Time?.Latest),
            Join(c.Parties.Select(p => p.Value)),
            string.Join(" | ", c.Sides.Select(s => s.Position)),
            string.Join(" | ", c.Sides.Select(s => Join(s.Parties.Select(p => p.Value)))),
            string.Join(" | ", c.Sides.Select(s => Join(s.Claims.Select(x => x.Id.Value).Distinct()))),
            Join(c.Claims.Select(x => x.Id.Value)),
            c.IsTentative ? "true" : "false",
            c.Explanation,
        ]);
    }

    /// <summary>Gets a claims file of the header row alone, to fill in: the template the README describes.</summary>
    /// <returns>The header row of <see cref="ClaimColumns"/>, with a line break.</returns>
    public static string ClaimsTemplate()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write<Claim>(text, ClaimColumns, [], _ => []);
        return text.ToString();
    }

    private static string? Iso(LocalDate? day) => day is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : null;

    private static string? Join(IEnumerable<string> values)
    {
        string joined = string.Join(";", values);
        return joined.Length == 0 ? null : joined;
    }

    private static void Write<T>(TextWriter output, ImmutableArray<string> columns, IEnumerable<T> items, Func<T, string?[]> cells)
    {
        Preconditions.CheckNotNull(output);
        using CsvWriter csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader([.. columns]);
        foreach (T item in items)
        {
            foreach (string? cell in cells(item))
            {
                csv.WriteField(cell ?? string.Empty);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static ImmutableArray<T> ReadItems<T>(
        CsvInput? input,
        ImmutableArray<string> columns,
        ImmutableArray<string> required,
        string list,
        Func<CsvRow, T?> read,
        List<CsvProblem> problems,
        Dictionary<string, List<CsvRow>> origins)
        where T : class
    {
        if (input is null || CsvTable.Read(input, columns, required, problems) is not { } table)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var rows = origins[list] = [];
        foreach (CsvRow row in table.Rows)
        {
            // A row with a cell that cannot be read is left out, so that the validators do not report it again.
            T? item = read(row);
            if (item is not null && !row.HasProblems)
            {
                items.Add(item);
                rows.Add(row);
            }
        }

        return items.ToImmutable();
    }

    private static Party? ReadParty(CsvRow row)
    {
        string? id = row.Id("id", required: true);
        string? name = row.RequiredText("name");
        ImmutableArray<string> aligned = row.Ids("aligned");
        return id is null || name is null ? null : new Party(id, name) { Aliases = row.List("aliases"), AlignedWith = [.. aligned.Select(a => new PartyId(a))] };
    }

    private static Source? ReadSource(CsvRow row)
    {
        string? id = row.Id("id", required: true);
        string? name = row.RequiredText("name");
        SourceKind? kind = row.Enum<SourceKind>("kind");
        string? party = row.Id("party");
        ReliabilityGrade? grade = null;
        if (row.Cell("reliability") is { } reliability)
        {
            if (reliability.Length == 1 && reliability[0] is >= 'A' and <= 'F')
            {
                grade = (ReliabilityGrade)(reliability[0] - 'A' + 1);
            }
            else
            {
                row.Add("reliability", ErrorCodes.InvalidValue, CsvErrors.NotAllowed(reliability, "a grade from A to F"), reliability);
            }
        }

        return id is null || name is null
            ? null
            : new Source(id, name, kind ?? SourceKind.Unknown)
            {
                Party = party is null ? (PartyId?)null : new PartyId(party),
                NameVariants = row.List("variants"),
                Reliability = grade,
                Note = row.Text("note"),
            };
    }

    private static Place? ReadPlace(CsvRow row)
    {
        string? id = row.Id("id", required: true);
        string? name = row.RequiredText("name");
        string? parent = row.Id("parent");
        double? latitude = row.Number("latitude", -90, 90);
        double? longitude = row.Number("longitude", -180, 180);
        if ((row.Cell("latitude") is null) != (row.Cell("longitude") is null))
        {
            row.Add(row.Cell("latitude") is null ? "latitude" : "longitude", ErrorCodes.Required, "coordinates need both a latitude and a longitude");
        }

        return id is null || name is null
            ? null
            : new Place(id, name)
            {
                Aliases = row.List("aliases"),
                Kind = row.Text("kind"),
                Parent = parent is null ? (PlaceId?)null : new PlaceId(parent),
                Coordinates = latitude is { } lat && longitude is { } lon ? new GeoCoordinates(lat, lon) : null,
            };
    }

    private static Incident? ReadIncident(CsvRow row)
    {
        string? id = row.Id("id", required: true);
        string? title = row.RequiredText("title");
        FuzzyDate? when = row.Date("when");
        ImmutableArray<string> places = row.Ids("places");
        return id is null || title is null
            ? null
            : new Incident(id, title) { When = when, Places = [.. places.Select(p => new PlaceId(p))], Tags = row.List("tags"), Summary = row.Text("summary"), Note = row.Text("note") };
    }

    private static Claim? ReadClaim(CsvRow row)
    {
        string? id = row.Id("id", required: true);
        string? incident = row.Id("incident", required: true);
        string? speaker = row.Id("speaker", required: true);
        ImmutableArray<string> relays = row.Ids("relays");
        FuzzyDate? stated = row.Date("stated");
        Term? subject = row.Term("subject", required: true);
        string? predicate = row.Id("predicate", required: true);
        Term? @object = row.Term("object");
        string? place = row.Id("place");
        FuzzyDate? time = row.Date("time");
        Stance? stance = row.Enum<Stance>("stance");
        Quantity? quantity = row.Quantity("quantity");
        Citation? citation = ReadCitation(row);
        AttributionVoice? voice = row.Enum<AttributionVoice>("voice");
        string? statedAfter = row.Id("stated_after");
        FuzzyDate? asOf = row.Date("as_of");
        ClaimModality? modality = row.Enum<ClaimModality>("modality");
        string? partOf = row.Id("part_of");
        double? credibility = row.Number("credibility", 1, 6);
        if (credibility is { } g && g != Math.Floor(g))
        {
            row.Add("credibility", ErrorCodes.InvalidValue, CsvErrors.NotANumber(row.Cell("credibility")!, "a whole number from 1 to 6"), row.Cell("credibility"));
        }

        string? withdrawnBy = row.Id("withdrawn_by");
        FuzzyDate? withdrawnWhen = row.Date("withdrawn_when");
        string? withdrawnHow = row.Text("withdrawn_how");
        if (id is null || incident is null || speaker is null || subject is null || predicate is null)
        {
            return null;
        }

        var attribution = new Attribution(speaker)
        {
            Voice = voice ?? AttributionVoice.Attributed,
            Relays = [.. relays.Select(r => new SourceId(r))],
            Stated = stated,
            StatedAfter = statedAfter is null ? (ClaimId?)null : new ClaimId(statedAfter),
            Quote = row.Text("quote"),
            Citations = citation is null ? [] : [citation],
            Withdrawn = withdrawnBy is null && withdrawnWhen is null && withdrawnHow is null
                ? null
                : new Withdrawal { By = withdrawnBy is null ? (SourceId?)null : new SourceId(withdrawnBy), When = withdrawnWhen, How = withdrawnHow },
        };
        return new Claim(id, incident, attribution, new Proposition(subject, predicate, @object) { Place = place is null ? (PlaceId?)null : new PlaceId(place), Time = time }, stance ?? Stance.Affirms)
        {
            Quantity = quantity,
            AsOf = asOf,
            Modality = modality ?? ClaimModality.Firm,
            Hedge = row.Text("hedge"),
            PartOf = partOf is null ? (ClaimId?)null : new ClaimId(partOf),
            Credibility = credibility is { } c && c == Math.Floor(c) ? (CredibilityGrade)(int)c : null,
            Note = row.Text("note"),
        };
    }

    private static Citation? ReadCitation(CsvRow row)
    {
        string? url = row.Text("citation_url");
        string? title = row.Text("citation_title");
        string? publisher = row.Text("citation_publisher");
        FuzzyDate? published = row.Date("citation_published");
        string? section = row.Text("citation_section");
        string? archive = row.Text("citation_archive_url");
        LocalDate? accessed = row.IsoDate("citation_accessed");
        string? relay = row.Id("citation_relay");
        if (url is null && title is null && publisher is null && published is null && section is null && archive is null && accessed is null && relay is null)
        {
            return null;
        }

        return new Citation
        {
            Url = url,
            Title = title,
            Publisher = publisher,
            Published = published,
            Section = section,
            ArchiveUrl = archive,
            Accessed = accessed,
            Relay = relay is null ? (SourceId?)null : new SourceId(relay),
        };
    }

    /// <summary>Puts a validator's problem, found by its path in the batch ("claims[3].attribution.speaker"), in its file, row and column.</summary>
    private static CsvProblem Locate(ValidationProblem problem, Dictionary<string, List<CsvRow>> origins)
    {
        string path = problem.Path;
        int open = path.IndexOf('[', StringComparison.Ordinal);
        int close = open < 0 ? -1 : path.IndexOf(']', open);
        if (open > 0 && close > open
            && origins.TryGetValue(path[..open], out List<CsvRow>? rows)
            && int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && index < rows.Count)
        {
            CsvRow row = rows[index];
            string? column = ColumnOf(path[(close + 1)..].TrimStart('.'));
            string? value = problem.AttemptedValue ?? (column is null ? null : row.Cell(column));
            return new CsvProblem(row.File, row.RowNumber, column, problem.Code, problem.Message, value is null ? null : UserText.Echo(value));
        }

        return new CsvProblem("(ledger)", 0, null, problem.Code, $"{problem.Path}: {problem.Message}", problem.AttemptedValue);
    }

    /// <summary>The column a property path within an item comes from: "attribution.statedAfter" is stated_after, "attribution.citations[0].archiveUrl" is citation_archive_url.</summary>
    private static string? ColumnOf(string property)
    {
        if (property.Length == 0)
        {
            return null;
        }

        var plain = new StringBuilder();
        bool inIndex = false;
        foreach (char ch in property)
        {
            if (ch == '[')
            {
                inIndex = true;
            }
            else if (ch == ']')
            {
                inIndex = false;
            }
            else if (!inIndex)
            {
                plain.Append(ch);
            }
        }

        string name = plain.ToString();
        foreach (string prefix in (string[])["attribution.", "proposition.", "coordinates."])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        name = name.Replace("citations.", "citation.", StringComparison.Ordinal).Replace("citations", "citation_url", StringComparison.Ordinal);
        var snake = new StringBuilder();
        foreach (char ch in name)
        {
            if (ch == '.')
            {
                snake.Append('_');
            }
            else if (char.IsUpper(ch))
            {
                snake.Append('_').Append(char.ToLowerInvariant(ch));
            }
            else
            {
                snake.Append(ch);
            }
        }

        return snake.ToString();
    }
}

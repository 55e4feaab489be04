using ClaimLedger.Sample.Cli;
using ClaimLedger.Sample.Views;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimLedger.Sample.Rendering;

// Inside namespace ClaimLedger.*, the library's namespace ClaimLedger.Text is found before the usings above, so
// Spectre's Text is named here, where it takes precedence.
using Text = Spectre.Console.Text;

/// <summary>
/// Writes views for a terminal with Spectre.Console: rules between sections, tables, quotes wrapped to the width.
/// Colour and styles only when <see cref="OutputSettings.Colour"/> says so; otherwise plain text of a fixed width.
/// </summary>
internal sealed class TextRenderer : IRenderer
{
    private static readonly Style Heading = new(decoration: Decoration.Bold);
    private static readonly Style Dim = new(foreground: Color.Grey);
    private static readonly Style Kind = new(foreground: Color.Yellow, decoration: Decoration.Bold);
    private static readonly Style Speaker = new(foreground: Color.Aqua);
    private static readonly Style Problem = new(foreground: Color.Red);
    private static readonly Style Good = new(foreground: Color.Green);

    private readonly IAnsiConsole _console;

    public TextRenderer(TextWriter output, OutputSettings settings)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = settings.Colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = settings.Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,

            // In colour Spectre writes straight to the terminal (and finds its colours); in plain text the padding
            // Spectre puts at the ends of lines is dropped.
            Out = new AnsiConsoleOutput(settings.Colour ? output : new TrailingSpaceTrimmer(output)),
        });
        _console.Profile.Width = settings.Width;

        // Box-drawing characters whatever the writer claims: the output is UTF-8 in every case the sample supports.
        _console.Profile.Capabilities.Unicode = true;
    }

    public void Report(ReportView report)
    {
        _console.Write(new Text(report.Title ?? "Ledger", Heading));
        _console.WriteLine();
        if (report.Description is { } description)
        {
            _console.Write(new Text(description, Dim));
            _console.WriteLine();
        }

        _console.WriteLine();
        _console.Write(new Text(Grouping.Counts(report.Counts)));
        _console.WriteLine();

        Section("Who contradicts whom");
        _console.Write(PartyPairs(report.PartyPairs));

        Section("Contradictions, by incident");
        ContradictionsByIncident(report.Contradictions);

        Section("Incidents in time order");
        Table incidents = NewTable(TableBorder.Horizontal, "When", "Incident (id)", "Claims", "Contra.");
        incidents.Columns[0].Width(22);
        incidents.Columns[2].RightAligned();
        incidents.Columns[3].RightAligned();
        foreach (IncidentRow i in report.Incidents)
        {
            incidents.AddRow(new Text(i.When?.ToString() ?? "unknown"), new Rows(new Text(i.Title), new Text(i.Id, Dim)), Number(i.Claims), Number(i.Contradictions));
        }

        _console.Write(incidents);
    }

    public void Contradictions(ContradictionListView list)
    {
        _console.Write(new Text(
            list.Filters.Length == 0
                ? $"{Messages.Count(list.Total, "contradiction")}."
                : $"{list.Items.Length} of {Messages.Count(list.Total, "contradiction")} match {list.Filters}.",
            Heading));
        _console.WriteLine();
        _console.WriteLine();
        ContradictionsByIncident(list.Items);
    }

    public void Incident(IncidentView incident)
    {
        _console.Write(new Text(incident.Title, Heading));
        _console.WriteLine();
        var facts = new List<string> { incident.Id, incident.When?.ToString() ?? "date unknown" };
        if (!incident.Places.IsEmpty)
        {
            facts.Add(string.Join(", ", incident.Places));
        }

        if (!incident.Tags.IsEmpty)
        {
            facts.Add("tags: " + string.Join(", ", incident.Tags));
        }

        _console.Write(new Text(string.Join(" · ", facts), Dim));
        _console.WriteLine();
        if (incident.Summary is { } summary)
        {
            _console.Write(new Text(summary));
            _console.WriteLine();
        }

        Section($"{Messages.Count(incident.Claims.Length, "claim")}, side by side");
        Table claims = NewTable(TableBorder.Rounded, "Says (claim id)", "Who", "Quote");
        claims.ShowRowSeparators = true;
        claims.Columns[0].Width(36);
        claims.Columns[1].Width(24);
        foreach (ClaimView c in incident.Claims)
        {
            claims.AddRow(new Rows(new Text(c.Says), new Text(c.Id, Dim)), Who(c), QuoteOf(c));
        }

        _console.Write(claims);

        Section(Messages.Count(incident.Contradictions.Length, "contradiction"));
        foreach (ContradictionView c in incident.Contradictions)
        {
            Contradiction(c);
        }
    }

    public void Sources(ImmutableArray<SourceView> sources)
    {
        Table table = NewTable(TableBorder.Horizontal, "Source", "Party, kind", "Claims", "Contra.", "Contradicted by");
        table.Columns[0].Width(26);
        table.Columns[1].Width(17);
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        foreach (SourceView s in sources)
        {
            // Relayed claims are someone else's words: shown under the source's own count, not added to it.
            IRenderable claims = s.Relayed == 0
                ? Number(s.Claims)
                : new Rows(Number(s.Claims), new Text($"+{s.Relayed} relayed", Dim));
            table.AddRow(
                new Rows(new Text(s.Name), new Text(s.Id, Dim)),
                new Rows(new Text(s.PartyName ?? "—"), new Text(s.Kind, Dim)),
                claims,
                Number(s.Contradicted),
                new Text(s.ContradictedBy.IsEmpty ? "—" : Grouping.Opponents(s)));
        }

        _console.Write(table);
    }

    public void Revisions(ImmutableArray<RevisionView> revisions)
    {
        _console.WriteLine(revisions.IsEmpty ? "No figure was revised." : $"{revisions.Length} revised {(revisions.Length == 1 ? "figure" : "figures")}.");
        foreach (RevisionView r in revisions)
        {
            _console.WriteLine();
            _console.Write(new Paragraph($"{r.SpeakerName}: {r.Measure}", Heading));
            _console.WriteLine();
            Table table = NewTable(TableBorder.Horizontal, "Figure", "Said", "Claim", "");
            foreach (FigureView f in r.Figures)
            {
                table.AddRow(new Text(f.Figure), new Text(f.Stated?.ToString() ?? "—"), new Text(f.Claim, Dim), new Text(f.Stands ? "stands" : "superseded", f.Stands ? Style.Plain : Dim));
            }

            _console.Write(table);
        }
    }

    public void Places(ImmutableArray<PlaceView> places)
    {
        Table table = NewTable(TableBorder.Horizontal, "Place", "Kind", "In", "Aliases", "Claims");
        table.Columns[0].Width(34);
        table.Columns[4].RightAligned();
        foreach (PlaceView p in places)
        {
            table.AddRow(
                new Rows(new Text(p.Name), new Text(p.Id, Dim)),
                new Text(p.Kind ?? "—"),
                new Text(p.ParentName ?? "—"),
                new Text(p.Aliases.IsEmpty ? "—" : string.Join(", ", p.Aliases)),
                Number(p.Claims));
        }

        _console.Write(table);
    }

    public void Validation(ValidationView validation)
    {
        if (validation.Valid)
        {
            _console.Write(new Text($"{validation.File}: a valid ledger ({Grouping.Counts(validation.Counts!)}).", Good));
            _console.WriteLine();
            return;
        }

        _console.Write(new Text($"{validation.File}: {Messages.Count(validation.Problems.Length, "problem")}", Problem));
        _console.WriteLine();
        foreach (ProblemView p in validation.Problems)
        {
            // One problem per line, unwrapped, as the library words it: easy to grep and to click in an editor.
            _console.Profile.Out.Writer.Write($"{validation.File}: {p.Text}\n");
        }
    }

    public void Exported(ExportView export)
    {
        _console.Write(new Text($"Wrote the ledger ({Grouping.Counts(export.Counts)}) to {export.File}."));
        _console.WriteLine();
    }

    private void ContradictionsByIncident(IEnumerable<ContradictionView> contradictions)
    {
        foreach (IGrouping<(string Id, string Title), ContradictionView> group in Grouping.ByIncident(contradictions))
        {
            IncidentHeading($"{group.Key.Title} · {group.Key.Id}");
            foreach (ContradictionView c in group)
            {
                Contradiction(c);
            }
        }
    }

    private void Contradiction(ContradictionView c)
    {
        _console.Write(new Paragraph()
            .Append(Grouping.KindHeading(c.Kind), Kind)
            .Append($" · {c.Id}{(c.Time is null ? string.Empty : $" · {c.Time}")}", Dim));
        _console.WriteLine();
        _console.Write(new Text(c.Explanation));
        _console.WriteLine();

        Table sides = NewTable(TableBorder.Rounded, "Side", "Who", "Quote");
        sides.Columns[0].Width(24);
        sides.Columns[1].Width(26);
        // Sides are lettered A, B...; each row names its side, the first row of a side also says its position.
        var letters = c.Sides.Select((side, n) => (side, letter: ((char)('A' + n)).ToString())).ToDictionary(x => x.side, x => x.letter);
        SideView? previous = null;
        foreach ((SideView side, ClaimView claim) in Grouping.ClaimsBySide(c))
        {
            if (previous is not null)
            {
                sides.AddEmptyRow();
            }

            string label = ReferenceEquals(previous, side) ? letters[side] : $"{letters[side]}  {side.Position}";
            sides.AddRow(new Text(label), Who(claim), QuoteOf(claim));
            previous = side;
        }

        _console.Write(sides);
        _console.WriteLine();
    }

    private static Table PartyPairs(ImmutableArray<PartyPairView> pairs)
    {
        Table table = NewTable(TableBorder.Horizontal, "Party", "Against", "Contra.", "Kinds");
        table.Columns[2].RightAligned();
        foreach (PartyPairView p in pairs)
        {
            table.AddRow(new Text(p.FirstName), new Text(p.SecondName), Number(p.Contradictions), new Text(string.Join(", ", p.Kinds), Dim));
        }

        return table;
    }

    private static Rows Who(ClaimView claim) => Grouping.Cited(claim) is { } cited
        ? new(new Text(claim.Speaker, Speaker), new Text(Grouping.Provenance(claim), Dim), new Text(cited, Dim))
        : new(new Text(claim.Speaker, Speaker), new Text(Grouping.Provenance(claim), Dim));

    private static Text QuoteOf(ClaimView claim) => new(claim.Quote is null ? "—" : $"“{claim.Quote}”");

    private static Text Number(int n) => new(n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Table NewTable(TableBorder border, params string[] headers)
    {
        var table = new Table { Border = border, Expand = false };
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, Heading)));
        }

        return table;
    }

    private void Section(string title)
    {
        _console.WriteLine();
        _console.Write(new Text(title, Heading));
        _console.WriteLine();
    }

    private void IncidentHeading(string title)
    {
        // Each contradiction already ends with a blank line, so the rule needs none before it.
        _console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left, Style = Dim });
    }
}

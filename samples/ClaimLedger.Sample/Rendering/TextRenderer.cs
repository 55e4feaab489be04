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
    private bool _noPartyShown;

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
        KeepWhole(incidents.Columns[1], 0, report.Incidents.Select(i => i.Id));
        incidents.Columns[2].RightAligned();
        incidents.Columns[3].RightAligned();
        foreach (IncidentRow i in report.Incidents)
        {
            incidents.AddRow(new Text(i.When?.ToString() ?? "unknown"), new Rows(new Text(i.Title), new Text(i.Id, Dim)), Number(i.Claims), Number(i.Contradictions));
        }

        _console.Write(incidents);
        NoPartyNote();
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
        NoPartyNote();
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
        KeepWhole(claims.Columns[0], 36, incident.Claims.Select(c => c.Id));
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

        NoPartyNote();
    }

    public void Sources(ImmutableArray<SourceView> sources)
    {
        Table table = NewTable(TableBorder.Horizontal, "Source", "Party, kind", "Claims", "Contra.", "Contradicted by");
        KeepWhole(table.Columns[0], 26, sources.Select(s => s.Id));
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
                new Rows(new Text(s.PartyName ?? "—"), new Text(Grouping.Words(s.Kind), Dim)),
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
        Table table = NewTable(TableBorder.Horizontal, "Place", "Kind, in", "Aliases", "Claims");
        KeepWhole(table.Columns[0], 34, places.Select(p => p.Id));
        table.Columns[3].RightAligned();
        foreach (PlaceView p in places)
        {
            table.AddRow(
                new Rows(new Text(p.Name), new Text(p.Id, Dim)),
                new Rows(new Text(p.Kind ?? "—"), new Text(p.ParentName is null ? string.Empty : $"in {p.ParentName}", Dim)),
                p.Aliases.IsEmpty ? new Text("—") : new Rows(p.Aliases.Select(a => new Text(a))),
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
            foreach (string note in validation.Notes)
            {
                _console.Profile.Out.Writer.Write($"{validation.File}: note: {note}\n");
            }

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
            IncidentHeading(group.Key.Title, group.Key.Id);
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
            table.AddRow(new Text(p.FirstName), new Text(p.SecondName), Number(p.Contradictions), new Text(string.Join(", ", p.Kinds.Select(Grouping.Words)), Dim));
        }

        return table;
    }

    private Rows Who(ClaimView claim)
    {
        _noPartyShown |= claim.PartyName is null;
        return Grouping.Cited(claim) is { } cited
            ? new(new Text(claim.Speaker, Speaker), new Text(Grouping.Provenance(claim), Dim), new Text(cited, Dim))
            : new(new Text(claim.Speaker, Speaker), new Text(Grouping.Provenance(claim), Dim));
    }

    /// <summary>Says once, under the output, what the "(no party)" beside a speaker means.</summary>
    private void NoPartyNote()
    {
        if (_noPartyShown)
        {
            _console.Write(new Text(Grouping.NoPartyNote, Dim));
            _console.WriteLine();
        }
    }

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

    private void IncidentHeading(string title, string id)
    {
        // Each contradiction already ends with a blank line, so the rule needs none before it. A rule cuts a title
        // too long for its line, and the id at its end is what 'incident <id>' needs: a long one wraps instead.
        string heading = $"{title} · {id}";
        if (heading.Length + 6 <= _console.Profile.Width)
        {
            _console.Write(new Rule(Markup.Escape(heading)) { Justification = Justify.Left, Style = Dim });
            return;
        }

        _console.Write(new Paragraph().Append("── ", Dim).Append(title, Heading).Append(" · ", Dim).Append(id, Dim));
        _console.WriteLine();
    }

    /// <summary>
    /// Makes a column at least as wide as the longest of its identifiers and keeps it from being narrowed when the
    /// table is too wide for the terminal, so that no id is broken across lines (the other columns give way).
    /// </summary>
    private void KeepWhole(TableColumn column, int width, IEnumerable<string?> ids)
    {
        int longest = ids.Select(id => id?.Length ?? 0).DefaultIfEmpty(0).Max();
        column.Width(Math.Max(_console.Profile.Width >= OutputSettings.RedirectedWidth ? width : 0, longest));
        column.NoWrap = true;
    }
}

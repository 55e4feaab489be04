using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Rendering;

/// <summary>Writes views as Markdown (GitHub flavour): headings, pipe tables and block quotes, for pasting into a report.</summary>
internal sealed class MarkdownRenderer(TextWriter output) : IRenderer
{
    public void Report(ReportView report)
    {
        Line($"# {Inline(report.Title ?? "Ledger")}");
        if (report.Description is { } description)
        {
            Line();
            Line(Inline(description));
        }

        Line();
        Line(Grouping.Counts(report.Counts));
        Line();
        Line("## Who contradicts whom");
        Line();
        PartyPairs(report.PartyPairs);
        Line();
        Line("## Contradictions by incident");
        ContradictionsByIncident(report.Contradictions, "###");
        Line();
        Line("## Incidents in time order");
        Line();
        Table(
            ["When", "Incident", "Id", "Claims", "Contradictions"],
            [false, false, false, true, true],
            report.Incidents.Select(i => new[] { i.When?.ToString() ?? "unknown", Inline(i.Title), Code(i.Id), Number(i.Claims), Number(i.Contradictions) }));
    }

    public void Contradictions(ContradictionListView list)
    {
        Line("# Contradictions");
        Line();
        Line(Summary(list));
        ContradictionsByIncident(list.Items, "##");
    }

    public void Incident(IncidentView incident)
    {
        Line($"# {Inline(incident.Title)}");
        Line();
        Line($"{Code(incident.Id)} · {incident.When?.ToString() ?? "date unknown"}"
            + (incident.Places.IsEmpty ? string.Empty : $" · {Inline(string.Join(", ", incident.Places))}")
            + (incident.Tags.IsEmpty ? string.Empty : $" · tags: {Inline(string.Join(", ", incident.Tags))}"));
        if (incident.Summary is { } summary)
        {
            Line();
            Line(Inline(summary));
        }

        Line();
        Line($"## Claims ({incident.Claims.Length})");
        Line();
        Table(
            ["Claim", "Says", "Speaker", "Party", "Outlet", "Stated", "Quote"],
            [false, false, false, false, false, false, false],
            incident.Claims.Select(c => new[] { Code(c.Id), Inline(c.Says), Inline(c.Speaker), Inline(c.PartyName ?? "—"), Inline(c.Outlet ?? "—"), c.Stated?.ToString() ?? "—", Quote(c.Quote) + Cited(c) }));
        Line();
        Line($"## Contradictions ({incident.Contradictions.Length})");
        foreach (ContradictionView c in incident.Contradictions)
        {
            Contradiction(c, "###");
        }
    }

    public void Sources(ImmutableArray<SourceView> sources)
    {
        Line("# Sources");
        Line();
        Table(
            ["Source", "Id", "Kind", "Party", "Claims", "Relayed", "Contradicted", "By whom"],
            [false, false, false, false, true, true, true, false],
            sources.Select(s => new[]
            {
                Inline(s.Name), Code(s.Id), s.Kind, Inline(s.PartyName ?? "—"), Number(s.Claims), Number(s.Relayed), Number(s.Contradicted),
                Inline(s.ContradictedBy.IsEmpty ? "—" : Grouping.Opponents(s)),
            }));
    }

    public void Revisions(ImmutableArray<RevisionView> revisions)
    {
        Line("# Revisions");
        Line();
        Line(revisions.IsEmpty ? "No figure was revised." : $"{revisions.Length} revised {(revisions.Length == 1 ? "figure" : "figures")}.");
        foreach (RevisionView r in revisions)
        {
            Line();
            Line($"## {Inline(r.SpeakerName)}: {Inline(r.Measure)}");
            Line();
            Table(
                ["Figure", "Said", "Claim", "Stands"],
                [false, false, false, false],
                r.Figures.Select(f => new[] { Inline(f.Figure), Inline(f.Stated?.ToString() ?? "—"), Code(f.Claim), f.Stands ? "yes" : "" }));
        }
    }

    public void Places(ImmutableArray<PlaceView> places)
    {
        Line("# Places");
        Line();
        Table(
            ["Place", "Id", "Kind", "In", "Aliases", "Claims"],
            [false, false, false, false, false, true],
            places.Select(p => new[]
            {
                Inline(p.Name), Code(p.Id), Inline(p.Kind ?? "—"), Inline(p.ParentName ?? "—"),
                Inline(p.Aliases.IsEmpty ? "—" : string.Join(", ", p.Aliases)), Number(p.Claims),
            }));
    }

    public void Validation(ValidationView validation)
    {
        Line($"# Validation of {Code(validation.File)}");
        Line();
        if (validation.Valid)
        {
            Line($"Valid: {Grouping.Counts(validation.Counts!)}.");
            if (!validation.Notes.IsEmpty)
            {
                Line();
                foreach (string note in validation.Notes)
                {
                    Line($"- {Inline(note)}");
                }
            }

            return;
        }

        Line($"{Cli.Messages.Count(validation.Problems.Length, "problem")}:");
        Line();
        Table(
            ["Path", "Line", "Position", "Code", "Message"],
            [false, true, true, false, false],
            validation.Problems.Select(p => new[] { Code(p.Path), p.Line?.ToString() ?? "—", p.Position?.ToString() ?? "—", Code(p.Code), Inline(p.Message) }));
    }

    public void Exported(ExportView export) =>
        Line($"Wrote the ledger ({Grouping.Counts(export.Counts)}) to {Code(export.File)}.");

    private void ContradictionsByIncident(IEnumerable<ContradictionView> contradictions, string level)
    {
        foreach (IGrouping<(string Id, string Title), ContradictionView> group in Grouping.ByIncident(contradictions))
        {
            Line();
            Line($"{level} {Inline(group.Key.Title)} ({Code(group.Key.Id)})");
            foreach (ContradictionView c in group)
            {
                Contradiction(c, level + "#");
            }
        }
    }

    private void Contradiction(ContradictionView c, string level)
    {
        Line();
        Line($"{level} {Grouping.KindHeading(c.Kind)} · {Code(c.Id)}{(c.Time is null ? string.Empty : $" · {c.Time}")}");
        Line();
        Line(Inline(c.Explanation));
        Line();
        Table(
            ["Side", "Speaker", "Party", "Outlet", "Stated", "Quote"],
            [false, false, false, false, false, false],
            Grouping.ClaimsBySide(c).Select(x => new[]
            {
                Inline(x.Side.Position), Inline(x.Claim.Speaker), Inline(x.Claim.PartyName ?? "—"), Inline(x.Claim.Outlet ?? "—"),
                x.Claim.Stated?.ToString() ?? "—", Quote(x.Claim.Quote) + Cited(x.Claim),
            }));
    }

    private void PartyPairs(ImmutableArray<PartyPairView> pairs) => Table(
        ["Party", "Against", "Contradictions", "Kinds"],
        [false, false, true, false],
        pairs.Select(p => new[] { Inline(p.FirstName), Inline(p.SecondName), Number(p.Contradictions), string.Join(", ", p.Kinds.Select(Grouping.Words)) }));

    private static string Summary(ContradictionListView list) =>
        list.Filters.Length == 0
            ? $"{Cli.Messages.Count(list.Total, "contradiction")}."
            : $"{list.Items.Length} of {Cli.Messages.Count(list.Total, "contradiction")} match {Inline(list.Filters)}.";

    private void Table(string[] headers, bool[] rightAligned, IEnumerable<string[]> rows)
    {
        Line("| " + string.Join(" | ", headers) + " |");
        Line("|" + string.Concat(rightAligned.Select(r => r ? " ---: |" : " --- |")));
        foreach (string[] row in rows)
        {
            Line("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    private void Line(string text = "") => output.Write(text + "\n");

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";

    /// <summary>" ([Wikipedia § Lead](https://...))" after a quote: where to check it; empty when nothing is cited.</summary>
    private static string Cited(ClaimView claim) => claim.Citations.IsDefaultOrEmpty
        ? string.Empty
        : " (" + string.Join("; ", claim.Citations.Select(c =>
        {
            string words = Inline((c.Relay ?? c.Publisher ?? c.Title ?? c.Url)! + (c.Section is null ? string.Empty : $" § {c.Section}"));
            return c.Url is null ? words : $"[{words}]({c.Url})";
        })) + ")";

    private static string Quote(string? quote) => quote is null ? "—" : $"“{Inline(quote)}”";

    /// <summary>Escapes the characters Markdown would read as formatting, so that quotes print as written.</summary>
    private static string Inline(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }

    /// <summary>A table cell: on one line, pipes escaped.</summary>
    private static string Cell(string text) => text.ReplaceLineEndings(" ");
}

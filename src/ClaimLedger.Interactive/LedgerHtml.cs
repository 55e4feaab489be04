using ClaimLedger.Contradictions;

namespace ClaimLedger.Interactive;

/// <summary>Renders ledgers, incidents, claims and contradictions, one at a time or in lists, as HTML.</summary>
/// <remarks>
/// Speakers, parties and places are shown by name from the ledger that comes with what is shown: a contradiction's
/// <see cref="Contradiction.Ledger"/>, or a <see cref="LedgerView"/>'s. A bare claim or incident knows no ledger and is
/// shown by identifiers; nothing guesses which ledger it came from. Long lists are cut at <see cref="MaxRows"/> rows, with a note of how many were left out.
/// </remarks>
internal static class LedgerHtml
{
    internal const int MaxRows = 100;

    internal const string ContainerStyle = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.4;max-width:72em";
    private const string AffirmsStyle = "color:#1a7f37;font-weight:600";
    private const string DeniesStyle = "color:#cf222e;font-weight:600";

    internal static string Render(Ledger ledger)
    {
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-ledger\"");
        html.Element("strong", ledger.Title ?? "Untitled ledger");
        if (ledger.Description is { } description)
        {
            html.Element("p", description, "margin:0.3em 0");
        }

        html.Open("table", Html.TableStyle).HeaderRow("Parties", "Sources", "Places", "Incidents", "Claims").Open("tbody").Open("tr");
        foreach (int count in new[] { ledger.Parties.Count, ledger.Sources.Count, ledger.Places.Count, ledger.Incidents.Count, ledger.Claims.Count })
        {
            html.Cell(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        html.Close("tr").Close("tbody").Close("table");
        if (ledger.Parties.Count > 0)
        {
            html.Element("div", "Parties: " + string.Join(", ", ledger.Parties.Select(p => $"{p.Name} ({p.Id})")), Html.MutedStyle);
        }

        return html.Close("div").ToString();
    }

    internal static string Render(LedgerView view)
    {
        if (view.IsSingleIncident)
        {
            return Render(view.Incidents[0], view.Ledger);
        }

        return view.Incidents.Length > 0 ? Render(view.Incidents, view.Ledger) : Render(view.Claims, view.Ledger);
    }

    internal static string Render(Incident incident) => Render(incident, ledger: null);

    internal static string Render(IEnumerable<Incident> incidents) => Render(incidents, ledger: null);

    internal static string Render(Claim claim) => Render(claim, ledger: null);

    internal static string Render(IEnumerable<Claim> claims) => Render(claims, ledger: null);

    private static string Render(Incident incident, Ledger? ledger)
    {
        var names = new Names(ledger);
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-incident\"");
        html.Element("strong", incident.Title).Text(" ").Element("span", Details(incident, names), Html.MutedStyle);
        if (incident.Summary is { } summary)
        {
            html.Element("p", summary, "margin:0.3em 0");
        }

        if (ledger is not null)
        {
            IReadOnlyList<Claim> claims = ledger.ClaimsAbout(incident.Id);
            html.Element("div", $"{claims.Count} claim{(claims.Count == 1 ? string.Empty : "s")}", Html.MutedStyle);
            ClaimTable(html, claims, names);
        }

        return html.Close("div").ToString();
    }

    private static string Render(IEnumerable<Incident> incidents, Ledger? ledger)
    {
        List<Incident> all = [.. incidents];
        var names = new Names(ledger);
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-incidents\"");
        html.Open("table", Html.TableStyle).HeaderRow("Incident", "Title", "When", "Places", "Claims").Open("tbody");
        foreach (Incident incident in all.Take(MaxRows))
        {
            html.Open("tr")
                .Cell(incident.Id.Value)
                .Cell(incident.Title)
                .Cell(incident.When?.ToString())
                .Cell(string.Join(", ", Places(incident).Select(names.Place)))
                .Cell(ledger?.ClaimsAbout(incident.Id).Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Close("tr");
        }

        html.Close("tbody").Close("table");
        return More(html, all.Count).Close("div").ToString();
    }

    private static string Render(Claim claim, Ledger? ledger)
    {
        var names = new Names(ledger);
        Attribution a = claim.Attribution;
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-claim\"");
        html.Element("strong", names.Speaker(a)).Text(" ");
        html.Element("span", claim.Stance == Stance.Affirms ? "affirms" : "denies", claim.Stance == Stance.Affirms ? AffirmsStyle : DeniesStyle);
        html.Text(" ").Element("span", names.Phrase(claim.Proposition));
        if (claim.Quantity is { } quantity)
        {
            html.Text($" [{quantity}]");
        }

        if (a.Quote is { } quote)
        {
            html.Element("blockquote", $"\u201c{quote}\u201d", "margin:0.3em 0 0.3em 1em;font-style:italic");
        }

        string stated = a.Stated is null ? "date of statement unknown" : $"stated {a.Stated}";
        html.Element("div", $"{claim.Id} \u00b7 {names.Incident(claim.Incident)} \u00b7 {stated}{(names.PartyOfSpeaker(claim) is { Length: > 0 } party ? $" \u00b7 {party}" : string.Empty)}", Html.MutedStyle);
        if (!a.Citations.IsDefaultOrEmpty)
        {
            html.Open("div", Html.MutedStyle).Text("Cited: ");
            for (int i = 0; i < a.Citations.Length; i++)
            {
                Citation c = a.Citations[i];
                string words = (c.Relay is { } relay ? names.Source(relay) : c.Publisher ?? c.Title ?? c.Url ?? string.Empty)
                    + (c.Section is null ? string.Empty : $" \u00a7 {c.Section}");
                html.Text(i == 0 ? null : "; ");

                // Only web addresses become links (the validators allow no other), so a file cannot smuggle a script URL in.
                if (Citation.IsWebAddress(c.Url))
                {
                    html.Open("a", null, $"href=\"{System.Net.WebUtility.HtmlEncode(c.Url)}\"").Text(words).Close("a");
                }
                else
                {
                    html.Text(words);
                }
            }

            html.Close("div");
        }

        if (claim.Note is { } note)
        {
            html.Element("div", "Note: " + note, Html.MutedStyle);
        }

        return html.Close("div").ToString();
    }

    private static string Render(IEnumerable<Claim> claims, Ledger? ledger)
    {
        List<Claim> all = [.. claims];
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-claims\"");
        ClaimTable(html, all, new Names(ledger));
        return html.Close("div").ToString();
    }

    internal static string Render(Contradiction contradiction)
    {
        var names = new Names(contradiction.Ledger);
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-contradiction\"");
        html.Element("strong", Words(contradiction.Kind), "color:#cf222e").Text(" ");
        string incidents = string.Join(", ", contradiction.Incidents.Select(names.Incident));
        html.Element("span", $"{incidents}{(contradiction.Time is null ? string.Empty : $" \u00b7 {contradiction.Time}")} \u00b7 {contradiction.Id}", Html.MutedStyle);
        html.Element("p", contradiction.Explanation, "margin:0.3em 0");
        html.Open("table", Html.TableStyle).HeaderRow("Position", "Speaker", "Party", "Stated", "Says", "Quote").Open("tbody");
        foreach (ContradictionSide side in contradiction.Sides)
        {
            bool firstRow = true;
            foreach (Statement statement in side.Statements)
            {
                Claim claim = statement.Claim;
                html.Open("tr");
                if (firstRow)
                {
                    html.Cell(side.Position, "font-weight:600", side.Statements.Length);
                    firstRow = false;
                }

                html.Cell(names.Speaker(claim.Attribution))
                    .Cell(names.PartyOfSpeaker(claim))
                    .Cell(claim.Attribution.Stated?.ToString(), "white-space:nowrap")
                    .Cell(
                        $"{(statement.Stance == Stance.Affirms ? "affirms" : "denies")} {names.Phrase(statement.Proposition)}{(statement.IsDerived ? " (implied)" : string.Empty)}",
                        statement.Stance == Stance.Affirms ? null : "color:#cf222e")
                    .Cell(claim.Attribution.Quote is { } q ? $"\u201c{q}\u201d" : string.Empty, "font-style:italic")
                    .Close("tr");
            }
        }

        return html.Close("tbody").Close("table").Close("div").ToString();
    }

    internal static string Render(IEnumerable<Contradiction> contradictions)
    {
        List<Contradiction> all = [.. contradictions];
        var html = new Html().Open("div", ContainerStyle, "class=\"claimledger-contradictions\"");
        html.Open("table", Html.TableStyle).HeaderRow("Kind", "When", "Parties", "Explanation").Open("tbody");
        foreach (Contradiction c in all.Take(MaxRows))
        {
            var names = new Names(c.Ledger);
            html.Open("tr")
                .Cell(Words(c.Kind), "white-space:nowrap")
                .Cell(c.Time?.ToString())
                .Cell(string.Join(", ", c.Parties.Select(names.Party)))
                .Cell(c.Explanation)
                .Close("tr");
        }

        html.Close("tbody").Close("table");
        return More(html, all.Count).Close("div").ToString();
    }

    private static void ClaimTable(Html html, IReadOnlyList<Claim> claims, Names names)
    {
        html.Open("table", Html.TableStyle).HeaderRow("Claim", "Speaker", "Stated", "Says", "Quote").Open("tbody");
        foreach (Claim claim in claims.Take(MaxRows))
        {
            html.Open("tr")
                .Cell(claim.Id.Value, "white-space:nowrap")
                .Cell(names.Speaker(claim.Attribution))
                .Cell(claim.Attribution.Stated?.ToString(), "white-space:nowrap")
                .Cell(
                    $"{(claim.Stance == Stance.Affirms ? "affirms" : "denies")} {names.Phrase(claim.Proposition)}{(claim.Quantity is null ? string.Empty : $" [{claim.Quantity}]")}",
                    claim.Stance == Stance.Affirms ? null : "color:#cf222e")
                .Cell(claim.Attribution.Quote is { } q ? $"\u201c{q}\u201d" : string.Empty, "font-style:italic")
                .Close("tr");
        }

        html.Close("tbody").Close("table");
        More(html, claims.Count);
    }

    private static Html More(Html html, int count) =>
        count > MaxRows ? html.Element("div", $"\u2026 and {count - MaxRows} more (of {count}).", Html.MutedStyle) : html;

    private static string Details(Incident incident, Names names)
    {
        List<string> parts = [incident.Id.Value];
        if (incident.When is { } when)
        {
            parts.Add(when.ToString());
        }

        parts.AddRange(Places(incident).Select(names.Place));
        if (!incident.Tags.IsDefaultOrEmpty)
        {
            parts.Add(string.Join(", ", incident.Tags));
        }

        return string.Join(" \u00b7 ", parts);
    }

    private static IEnumerable<PlaceId> Places(Incident incident) => incident.Places.IsDefault ? [] : incident.Places;

    // The library's wording, capitalised to head a table cell.
    private static string Words(ContradictionKind kind) => string.Concat(kind.ToWords()[..1].ToUpperInvariant(), kind.ToWords()[1..]);
}

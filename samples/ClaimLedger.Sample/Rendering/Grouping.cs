using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Rendering;

/// <summary>Arrangements the text and Markdown renderers share.</summary>
internal static class Grouping
{
    /// <summary>Groups contradictions by their first incident, keeping the order in which incidents first appear.</summary>
    public static IEnumerable<IGrouping<(string Id, string Title), ContradictionView>> ByIncident(IEnumerable<ContradictionView> contradictions) =>
        contradictions.GroupBy(c => (c.Incident, c.IncidentTitle));

    /// <summary>Gets each side's claims in side order, the side's position with each.</summary>
    public static IEnumerable<(SideView Side, ClaimView Claim)> ClaimsBySide(ContradictionView contradiction) =>
        contradiction.Sides.SelectMany(side => side.Claims
            .Select(id => contradiction.Claims.First(c => c.Id == id))
            .Select(claim => (side, claim)));

    /// <summary>"9 parties · 49 sources · ... · 31 contradictions".</summary>
    public static string Counts(CountsView counts) => string.Join(
        " · ",
        Cli.Messages.Count(counts.Parties, "party", "parties"),
        Cli.Messages.Count(counts.Sources, "source"),
        Cli.Messages.Count(counts.Places, "place"),
        Cli.Messages.Count(counts.Incidents, "incident"),
        Cli.Messages.Count(counts.Claims, "claim"),
        Cli.Messages.Count(counts.Contradictions, "contradiction"));

    /// <summary>"Russia · 27 March 2022 · via TASS": who stands behind a claim and when it was said.</summary>
    public static string Provenance(ClaimView claim) => string.Join(
        " · ",
        new[] { claim.PartyName ?? "(no party)", claim.Stated?.ToString() ?? "date unknown", claim.Outlet is null ? null : $"via {claim.Outlet}" }.OfType<string>());

    /// <summary>"cited: Wikipedia § Ceasefire violations › 2022": where a claim can be checked, or null when it cites nothing.</summary>
    public static string? Cited(ClaimView claim) => claim.Citations.IsDefaultOrEmpty
        ? null
        : "cited: " + string.Join("; ", claim.Citations.Select(c =>
            (c.Relay ?? c.Publisher ?? c.Title ?? c.Url) + (c.Section is null ? string.Empty : $" § {c.Section}")));

    /// <summary>The line that says what "(no party)" beside a speaker means.</summary>
    public const string NoPartyNote =
        "(no party): the speaker belongs to none of the ledger's parties, such as the source article in its own voice.";

    /// <summary>A kebab-case name in words, for tables: "opposite characterisations", "independent media".</summary>
    public static string Words(string name) => name.Replace('-', ' ');

    /// <summary>A kind as a heading: "Incompatible quantities".</summary>
    public static string KindHeading(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');

    /// <summary>"Ilham Aliyev (3), Artak Beglaryan (1)".</summary>
    public static string Opponents(SourceView source) =>
        string.Join(", ", source.ContradictedBy.Select(o => o.SpeakerId == source.Id ? $"itself ({o.Times})" : $"{o.Speaker} ({o.Times})"));
}

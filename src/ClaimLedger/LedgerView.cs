using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// Claims or incidents to show, with the ledger they come from, so that a display names their speakers, parties and
/// places from that ledger. A <see cref="Claim"/> or an <see cref="Incident"/> holds only identifiers and does not
/// know its ledger; a view says which one it is, instead of a display guessing it. Create one with
/// <see cref="Ledger.View(IEnumerable{Claim})"/>, <see cref="Ledger.View(IEnumerable{Incident})"/> or
/// <see cref="Ledger.View(Incident)"/>.
/// </summary>
/// <remarks>
/// A view is immutable and copies the sequence it is given. Items that the ledger does not hold are shown by their
/// identifiers. Views compare by reference: a view is a display request, not a value.
/// </remarks>
/// <example>
/// In a notebook, <c>ledger.View(ledger.ClaimsAtPlaceNamed("Kohne Taghlar"))</c> renders the claims as a table with
/// the sources' and places' names.
/// </example>
public sealed class LedgerView
{
    internal LedgerView(Ledger ledger, ImmutableArray<Claim> claims, ImmutableArray<Incident> incidents, bool isSingleIncident)
    {
        Ledger = ledger;
        Claims = claims;
        Incidents = incidents;
        IsSingleIncident = isSingleIncident;
    }

    /// <summary>Gets the ledger the claims and incidents come from, whose names a display uses.</summary>
    public Ledger Ledger { get; }

    /// <summary>Gets the claims to show, in order; empty for a view of incidents.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the incidents to show, in order; empty for a view of claims.</summary>
    public ImmutableArray<Incident> Incidents { get; }

    /// <summary>
    /// Gets whether the view shows one incident in full (its details and every claim about it) rather than a list of
    /// incidents.
    /// </summary>
    public bool IsSingleIncident { get; }

    /// <summary>Returns a short description of what the view shows, such as "3 claims of Parukh, March 2022".</summary>
    /// <returns>The count of what is shown and the ledger's title.</returns>
    public override string ToString()
    {
        string what = IsSingleIncident ? $"incident {Incidents[0].Id}"
            : Incidents.Length > 0 ? Count(Incidents.Length, "incident")
            : Count(Claims.Length, "claim");
        return $"{what} of {Ledger.Title ?? "an untitled ledger"}";
    }

    internal static LedgerView OfClaims(Ledger ledger, IEnumerable<Claim> claims) =>
        new(ledger, [.. Preconditions.CheckNotNull(claims)], [], isSingleIncident: false);

    internal static LedgerView OfIncidents(Ledger ledger, IEnumerable<Incident> incidents) =>
        new(ledger, [], [.. Preconditions.CheckNotNull(incidents)], isSingleIncident: false);

    internal static LedgerView OfIncident(Ledger ledger, Incident incident) =>
        new(ledger, [], [Preconditions.CheckNotNull(incident)], isSingleIncident: true);

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";
}

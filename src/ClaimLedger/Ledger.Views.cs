namespace ClaimLedger;

/// <content>Views that pair claims or incidents with this ledger, for display.</content>
public sealed partial class Ledger
{
    /// <summary>Pairs claims with this ledger, so that a display names their speakers, parties and places.</summary>
    /// <param name="claims">The claims to show, usually from this ledger's queries; the sequence is copied.</param>
    /// <returns>A view of the claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public LedgerView View(IEnumerable<Claim> claims) => LedgerView.OfClaims(this, claims);

    /// <summary>Pairs incidents with this ledger, so that a display names their places and counts their claims.</summary>
    /// <param name="incidents">The incidents to show; the sequence is copied.</param>
    /// <returns>A view of the incidents, shown as a list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is null.</exception>
    public LedgerView View(IEnumerable<Incident> incidents) => LedgerView.OfIncidents(this, incidents);

    /// <summary>Pairs one incident with this ledger, to show it in full with every claim about it.</summary>
    /// <param name="incident">The incident to show.</param>
    /// <returns>A view of the incident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public LedgerView View(Incident incident) => LedgerView.OfIncident(this, incident);
}

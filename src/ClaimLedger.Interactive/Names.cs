namespace ClaimLedger.Interactive;

/// <summary>Puts identifiers into the names a reader knows, from a ledger when there is one.</summary>
internal sealed class Names(Ledger? ledger)
{
    internal Ledger? Ledger { get; } = ledger;

    internal string Source(SourceId id) => Ledger is not null && Ledger.TryGetSource(id, out Source? s) ? s.Name : id.Value;

    internal string Party(PartyId id) => Ledger is not null && Ledger.TryGetParty(id, out Party? p) ? p.Name : id.Value;

    internal string Place(PlaceId id) => Ledger is not null && Ledger.TryGetPlace(id, out Place? p) ? p.Name : id.Value;

    internal string Incident(IncidentId id) => Ledger is not null && Ledger.TryGetIncident(id, out Incident? i) ? i.Title : id.Value;

    internal string PartyOfSpeaker(Claim claim) => Ledger?.PartyOf(claim)?.Name ?? string.Empty;

    internal string Predicate(PredicateId id) =>
        Ledger is not null && Ledger.TryGetPredicate(id, out Predicate? p) ? p.Label : id.Value.Replace('-', ' ');

    internal string Term(Term term) => Words.NameOf(term);

    /// <summary>A proposition in words, such as "Azerbaijan withdrew from Parukh (27 March 2022)".</summary>
    internal string Phrase(Proposition proposition) =>
        Words.Describe(proposition with { Time = null }) + (proposition.Time is null ? string.Empty : $" ({proposition.Time})");

    // The library's own wording; with no ledger, the empty one still knows the built-in predicates.
    private Ledger Words => Ledger ?? ClaimLedger.Ledger.Empty;

    internal string Speaker(Attribution attribution) => Words.Describe(attribution);
}

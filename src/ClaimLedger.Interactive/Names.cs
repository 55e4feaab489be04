namespace ClaimLedger.Interactive;

/// <summary>Puts identifiers into the names a reader knows, from a ledger when there is one.</summary>
internal sealed class Names(Ledger? ledger)
{
    internal Ledger? Ledger { get; } = ledger;

    internal string Source(SourceId id) => Words.NameOf(ClaimLedger.Term.Source(id));

    internal string Party(PartyId id) => Words.NameOf(ClaimLedger.Term.Party(id));

    internal string Place(PlaceId id) => Words.NameOf(ClaimLedger.Term.Place(id));

    internal string Incident(IncidentId id) => Words.NameOf(ClaimLedger.Term.Incident(id));

    internal string PartyOfSpeaker(Claim claim) => Ledger?.PartyOf(claim)?.Name ?? string.Empty;

    internal string Predicate(PredicateId id) =>
        Ledger is not null && Ledger.TryGetPredicate(id, out Predicate? p) ? p.Label : id.Value.Replace('-', ' ');

    internal string Term(Term term) => Words.NameOf(term);

    /// <summary>A proposition in words, such as "Azerbaijan withdrew from Parukh (27 March 2022)": the library's <see cref="Ledger.Caption"/>.</summary>
    internal string Phrase(Proposition proposition) => Words.Caption(proposition);

    // The library's own wording; with no ledger, the empty one still knows the built-in predicates.
    private Ledger Words => Ledger ?? ClaimLedger.Ledger.Empty;

    internal string Speaker(Attribution attribution) => Words.Describe(attribution);
}

namespace ClaimLedger.Contradictions;

/// <summary>Which side of a conflict a party or a term is on, from the parties' declared alignments.</summary>
internal static class Sides
{
    internal static PartyId? PartyOf(Ledger ledger, Term? term) => term?.Kind switch
    {
        TermKind.Party => new PartyId(term.Value),
        TermKind.Source => ledger.TryGetSource(term.Value, out Source? source) ? source.Party : null,
        _ => null,
    };

    /// <summary>Whether two parties are the same or either declares itself aligned with the other.</summary>
    internal static bool SameSide(Ledger ledger, PartyId a, PartyId b) =>
        a == b
        || (ledger.TryGetParty(a, out Party? pa) && !pa.AlignedWith.IsDefault && pa.AlignedWith.Contains(b))
        || (ledger.TryGetParty(b, out Party? pb) && !pb.AlignedWith.IsDefault && pb.AlignedWith.Contains(a));
}

namespace ClaimLedger.Sample.Views;

/// <summary>
/// Puts a claim's proposition into words with the ledger's names: "Azerbaijan withdrew from Parukh".
/// </summary>
/// <remarks>
/// The library words propositions this way inside its explanations, but that narrator is internal; this is the
/// same idea on the public API (predicate labels and the names of parties, places, sources and incidents).
/// </remarks>
internal sealed class Phrases(Ledger ledger)
{
    /// <summary>Gets the ledger's name for a term, or its id when the ledger does not know it.</summary>
    public string Name(Term term) => term.Kind switch
    {
        TermKind.Party => ledger.TryGetParty(term.Value, out Party? party) ? party.Name : term.Value,
        TermKind.Place => ledger.TryGetPlace(term.Value, out Place? place) ? place.Name : term.Value,
        TermKind.Source => ledger.TryGetSource(term.Value, out Source? source) ? source.Name : term.Value,
        TermKind.Incident => ledger.TryGetIncident(term.Value, out Incident? incident) ? incident.Title : term.Value,
        _ => term.Value,
    };

    /// <summary>Gets the proposition in words, with its place and time, prefixed "not:" when the claim denies it.</summary>
    public string Says(Claim claim)
    {
        Proposition p = claim.Proposition;
        string label = ledger.TryGetPredicate(p.Predicate, out Predicate? predicate) ? predicate.Label : p.Predicate.Value;
        string text = $"{Name(p.Subject)} {label}";
        if (p.Object is { } obj)
        {
            text += obj.Kind == TermKind.Text ? $" \"{obj.Value}\"" : $" {Name(obj)}";
        }

        if (p.Place is { } place && !(p.Object is { Kind: TermKind.Place } o && o.Value == place.Value))
        {
            text += $" in {Name(Term.Place(place))}";
        }

        if (p.Time is { } time)
        {
            text += $" ({time})";
        }

        return claim.Stance == Stance.Denies ? $"not: {text}" : text;
    }
}

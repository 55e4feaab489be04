using System.Globalization;

namespace ClaimLedger.Contradictions;

/// <summary>Puts statements into words, with the ledger's names for parties, places, sources and incidents.</summary>
internal sealed class Narrator(Ledger ledger)
{
    internal string Name(Term term) => term.Kind switch
    {
        TermKind.Party => ledger.TryGetParty(term.Value, out Party? party) ? party.Name : term.Value,
        TermKind.Place => ledger.TryGetPlace(term.Value, out Place? place) ? place.Name : term.Value,
        TermKind.Source => ledger.TryGetSource(term.Value, out Source? source) ? source.Name : term.Value,
        TermKind.Incident => ledger.TryGetIncident(term.Value, out Incident? incident) ? incident.Title : term.Value,
        _ => term.Value,
    };

    internal string Label(PredicateId id) => ledger.TryGetPredicate(id, out Predicate? p) ? p.Label : id.Value;

    /// <summary>"Azerbaijan withdrew from Parukh", with the place when the object does not already name it.</summary>
    internal string Phrase(Proposition proposition, bool withTime = false)
    {
        string text = $"{Name(proposition.Subject)} {Label(proposition.Predicate)}";
        if (proposition.Object is { } obj)
        {
            text += proposition.Predicate == BuiltInPredicates.CharacterisedAs.Id ? $" \"{Name(obj)}\"" : $" {Name(obj)}";
        }

        if (proposition.Place is { } place && !(proposition.Object is { Kind: TermKind.Place } o && o.Value == place.Value))
        {
            text += $" in {Name(Term.Place(place))}";
        }

        if (withTime && proposition.Time is { } time)
        {
            text += " " + When(time);
        }

        return text;
    }

    /// <summary>"on 27 March 2022", "in March 2022", "since 5 March 2022".</summary>
    internal static string When(FuzzyDate date) => date.Precision switch
    {
        DatePrecision.Day or DatePrecision.DayRange or DatePrecision.Circa => $"on {date}",
        DatePrecision.Since or DatePrecision.By => date.ToString(),
        _ => $"in {date}",
    };

    /// <summary>
    /// A figure as the source gave it, with the range it is read as when the words are vague: "1,960 personnel",
    /// "about 2,000 personnel (read as 1,800 to 2,200)", "more than 5,000 personnel". No interval notation.
    /// </summary>
    internal static string Figure(Quantity quantity, QuantityInterval range)
    {
        string text = quantity.ToString();
        if (quantity.Bound is not (QuantityBound.About or QuantityBound.Nearly or QuantityBound.Vague) || range.Low is not { } low || range.High is not { } high)
        {
            return text;
        }

        return $"{text} (read as {low.ToString("#,0.##", CultureInfo.InvariantCulture)} to {high.ToString("#,0.##", CultureInfo.InvariantCulture)})";
    }

    internal string Speaker(Claim claim) =>
        ledger.TryGetSource(claim.Attribution.Speaker, out Source? source) ? source.Name : claim.Attribution.Speaker.Value;

    /// <summary>" on 27 March 2022 (via TASS)": when it was said and who relayed it.</summary>
    internal string Provenance(Claim claim)
    {
        string text = claim.Attribution.Stated is { } stated ? " " + When(stated) : string.Empty;
        if (!claim.Attribution.Relays.IsDefaultOrEmpty)
        {
            text += " (via " + string.Join(", ", claim.Attribution.Relays.Select(r => Name(Term.Source(r)))) + ")";
        }

        return text;
    }

    /// <summary>"Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh".</summary>
    internal string Sentence(Statement statement, bool withQuantity = false)
    {
        Claim claim = statement.Claim;
        string text;
        if (IsCharacterisation(claim.Proposition) && claim.Proposition.Object is { } label)
        {
            // "X called the advance "violation"" reads better than "X said that the advance was characterised as ...".
            string verb = claim.Stance == Stance.Affirms ? "called" : "denied calling";
            string time = claim.Proposition.Time is { } t ? $" ({When(t)})" : string.Empty;
            text = $"{Speaker(claim)} {verb} {Name(claim.Proposition.Subject)} \"{Name(label)}\"{time}{Provenance(claim)}";
        }
        else
        {
            string verb = claim.Stance == Stance.Affirms ? "said" : "denied";
            text = $"{Speaker(claim)} {verb}{Provenance(claim)} that {Phrase(claim.Proposition, withTime: true)}";
        }

        if (withQuantity && claim.Quantity is { } quantity)
        {
            text += $": {quantity}";
        }

        if (statement.Via is { } via)
        {
            string derived = Phrase(statement.Proposition);
            text += via.Negated ? $", which implies that it is not the case that {derived}" : $", which implies that {derived}";
        }

        return text;
    }

    /// <summary>Whether the proposition gives its subject a label, as predicates with opposite labels do.</summary>
    internal bool IsCharacterisation(Proposition proposition) =>
        ledger.TryGetPredicate(proposition.Predicate, out Predicate? p) && !p.Opposites.IsDefaultOrEmpty && proposition.Object?.Kind == TermKind.Text;

    /// <summary>"Azerbaijani Ministry of Defence denied it in late March 2022".</summary>
    internal string Denied(Statement statement) => $"{Speaker(statement.Claim)} denied it{Provenance(statement.Claim)}";

    internal static string Join(IEnumerable<string> sentences) => Capitalise(string.Join("; ", sentences)) + ".";

    internal static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}

using ClaimLedger.Internal;
using System.Globalization;

namespace ClaimLedger.Contradictions;

/// <summary>Puts statements into words, with the ledger's names for parties, places, sources and incidents.</summary>
internal sealed class Narrator(Ledger ledger)
{
    /// <summary>How many statements an explanation spells out before it says "and N more": one stays readable for a topic of thousands.</summary>
    internal const int MostSpelledOut = 8;

    private static readonly HashSet<string> PluralWords = new(StringComparer.Ordinal)
    {
        "people", "police", "children", "men", "women", "personnel", "staff", "crew", "militia", "military", "authorities", "forces", "troops",
    };

    // Words that begin the titles of incidents as common nouns ("Ceasefire breach near Hadrut"); a title that begins
    // with any other word may begin with a name ("Sarybaba advance") and keeps its capital.
    private static readonly HashSet<string> CommonTitleWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "first", "second", "third", "new", "joint", "trilateral", "alleged", "reported", "deadly", "fatal",
        "ceasefire", "truce", "clash", "clashes", "attack", "attacks", "shelling", "strike", "strikes", "airstrike", "airstrikes",
        "explosion", "blast", "bombing", "shooting", "crash", "downing", "capture", "seizure", "withdrawal", "deployment",
        "blockade", "offensive", "advance", "incursion", "ambush", "raid", "siege", "battle", "skirmish", "exchange",
        "protest", "protests", "opening", "closure", "killing", "killings", "detention", "arrest", "massacre", "fire",
        "border", "peacekeeping", "war", "invasion", "evacuation", "exodus", "agreement", "memorandum", "parade", "incident",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "of", "from", "at", "near", "with", "on", "by", "for", "to", "who", "that", "which", "inside", "within", "around",
    };

    internal string Name(Term term) => term.Kind switch
    {
        TermKind.Party => ledger.TryGetParty(term.Value, out Party? party) ? party.Name : term.Value,
        TermKind.Place => ledger.TryGetPlace(term.Value, out Place? place) ? place.Name : term.Value,
        TermKind.Source => ledger.TryGetSource(term.Value, out Source? source) ? source.Name : term.Value,
        TermKind.Incident => ledger.TryGetIncident(term.Value, out Incident? incident) ? InSentence(incident.Title) : term.Value,
        _ => term.Value,
    };

    internal string Label(PredicateId id) => ledger.TryGetPredicate(id, out Predicate? p) ? p.Label : id.Value;

    /// <summary>"Azerbaijan withdrew from Parukh", with the place when the object does not already name it.</summary>
    internal string Phrase(Proposition proposition, bool withTime = false)
    {
        string label = Label(proposition.Predicate);

        // A passive wording said with no agent: "the Su-30 was shot down", not "was shot down by".
        if (proposition.Object is null && label.EndsWith(" by", StringComparison.Ordinal))
        {
            label = label[..^" by".Length];
        }

        string text = $"{Name(proposition.Subject)} {(IsPlural(proposition.Subject) ? Plural(label) : label)}";
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
            string derived = Phrase(statement.Proposition) + (via.Onward && statement.Time is { } time ? " " + When(time) : "");
            text += via.Negated ? $", which implies that it is not the case that {derived}" : $", which implies that {derived}";
        }

        return text;
    }

    /// <summary>Whether the proposition gives its subject a label, as predicates with opposite labels do.</summary>
    internal bool IsCharacterisation(Proposition proposition) =>
        ledger.TryGetPredicate(proposition.Predicate, out Predicate? p) && !p.Opposites.IsDefaultOrEmpty && proposition.Object?.Kind == TermKind.Text;

    /// <summary>"Azerbaijani Ministry of Defence denied it in late March 2022".</summary>
    internal string Denied(Statement statement) => $"{Speaker(statement.Claim)} denied it{Provenance(statement.Claim)}";

    internal static string Join(IEnumerable<string> sentences) => Capitalise(Some(sentences)) + ".";

    /// <summary>Sentences joined by semicolons, the first <see cref="MostSpelledOut"/> spelled out and the rest counted: "...; and 4,992 more".</summary>
    internal static string Some(IEnumerable<string> sentences)
    {
        var shown = new List<string>(MostSpelledOut);
        int more = 0;
        foreach (string sentence in sentences)
        {
            if (shown.Count < MostSpelledOut)
            {
                shown.Add(sentence);
            }
            else
            {
                more++;
            }
        }

        return string.Join("; ", shown) + (more == 0 ? string.Empty : $"; and {more.ToString("#,0", CultureInfo.InvariantCulture)} more");
    }

    /// <summary>
    /// An incident's title as it reads inside a sentence: "ceasefire breach near Hadrut", but "Crocus City Hall attack",
    /// whose first word begins a name the ledger knows. Titles keep their case only where they are names.
    /// </summary>
    internal string InSentence(string title)
    {
        if (title.Length < 2 || !char.IsUpper(title[0]) || char.IsUpper(title[1]))
        {
            return title;
        }

        string first = title.Split(' ', 2)[0].TrimEnd(',', ':', ';');
        if (!CommonTitleWords.Contains(first.ToLowerInvariant()))
        {
            return title;
        }

        return ledger.State.NameBeginnings.Contains(first) ? title : char.ToLower(title[0], CultureInfo.InvariantCulture) + title[1..];
    }

    /// <summary>
    /// Whether a subject of free words is plural, so its verb agrees ("separatists control"): its head word, the last
    /// before any preposition, is a plural ("militants", "people"). Names of parties, places and sources are singular.
    /// </summary>
    internal static bool IsPlural(Term subject)
    {
        if (subject.Kind != TermKind.Text)
        {
            return false;
        }

        string[] words = subject.Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int end = Array.FindIndex(words, w => Prepositions.Contains(w));
        string head = (end <= 0 ? words[^1] : words[end - 1]).Trim(',', '.', ';', ':', '"', '\'');
        if (words[0] is "a" or "an" or "one" or "this" or "that" or "each" or "every")
        {
            return false;
        }

        return PluralWords.Contains(head)
            || (head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("us", StringComparison.Ordinal) && !head.EndsWith("is", StringComparison.Ordinal));
    }

    /// <summary>A predicate's label with its first verb agreeing with a plural subject: "controls" → "control", "was" → "were".</summary>
    internal static string Plural(string label)
    {
        int space = label.IndexOf(' ', StringComparison.Ordinal);
        string verb = space < 0 ? label : label[..space];
        string rest = space < 0 ? string.Empty : label[space..];
        string plural = verb switch
        {
            "is" => "are",
            "was" => "were",
            "has" => "have",
            "does" => "do",
            _ when verb.EndsWith("ies", StringComparison.Ordinal) && verb.Length > 4 => verb[..^3] + "y",
            _ when verb.EndsWith("sses", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal) || verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("xes", StringComparison.Ordinal) => verb[..^2],
            _ when verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) && verb.Length > 2 => verb[..^1],
            _ => verb,
        };
        return plural + rest;
    }

    internal static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}

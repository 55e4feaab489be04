using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// The subject or object of a <see cref="Proposition"/>: a reference to a party, place, source or incident of the
/// ledger, or free words. Written as <c>party:azerbaijan</c>, <c>place:parukh</c>, <c>text:Armenian POWs</c>.
/// </summary>
/// <remarks>
/// Entity terms are equal when they have the same kind and identifier. Text terms are equal when their words fold
/// to the same key (case, diacritics, dashes and spacing ignored), so "the Attacker" equals "the attacker".
/// Refer to entities wherever the words name one: "Azerbaijani forces", "the Azerbaijani army" and "Baku" are all
/// <c>party:azerbaijan</c>, which is what lets the engine see that two claims speak of the same side.
/// </remarks>
public sealed class Term : IEquatable<Term>
{
    private Term(TermKind kind, string value, string key)
    {
        Kind = kind;
        Value = value;
        Key = key;
    }

    /// <summary>Gets what the term refers to.</summary>
    public TermKind Kind { get; }

    /// <summary>Gets the identifier of the entity, or the words of a text term.</summary>
    public string Value { get; }

    /// <summary>Gets the key the term compares by: the identifier, or the folded words.</summary>
    public string Key { get; }

    /// <summary>Creates a term that refers to a party.</summary>
    /// <param name="id">The party's identifier.</param>
    /// <returns>The term.</returns>
    public static Term Party(PartyId id) => Entity(TermKind.Party, id.Value, nameof(id));

    /// <summary>Creates a term that refers to a place.</summary>
    /// <param name="id">The place's identifier.</param>
    /// <returns>The term.</returns>
    public static Term Place(PlaceId id) => Entity(TermKind.Place, id.Value, nameof(id));

    /// <summary>Creates a term that refers to a source acting as an actor.</summary>
    /// <param name="id">The source's identifier.</param>
    /// <returns>The term.</returns>
    public static Term Source(SourceId id) => Entity(TermKind.Source, id.Value, nameof(id));

    /// <summary>Creates a term that refers to an incident.</summary>
    /// <param name="id">The incident's identifier.</param>
    /// <returns>The term.</returns>
    public static Term Incident(IncidentId id) => Entity(TermKind.Incident, id.Value, nameof(id));

    /// <summary>Creates a term of free words.</summary>
    /// <param name="words">The words, such as "Armenian POWs".</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="words"/> is empty or white space.</exception>
    public static Term Text(string words)
    {
        string trimmed = Preconditions.CheckNotBlank(words).Trim();
        return new Term(TermKind.Text, trimmed, TextFolding.Fold(trimmed));
    }

    /// <summary>Parses a term written as <c>kind:value</c>, where kind is party, place, source, incident or text.</summary>
    /// <param name="text">The written term.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text has no known kind prefix, or the value is not a valid identifier.</exception>
    public static Term Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out Term? term, out string? error) ? term : throw new FormatException(error);
    }

    /// <summary>Tries to parse a term written as <c>kind:value</c>.</summary>
    /// <param name="text">The written term.</param>
    /// <param name="term">The term, when parsing succeeded.</param>
    /// <param name="error">What was wrong, when parsing failed.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Term? term, [NotNullWhen(false)] out string? error)
    {
        term = null;
        int colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon < 0)
        {
            error = $"'{UserText.Echo(text)}' is not a term: expected 'party:', 'place:', 'source:', 'incident:' or 'text:' followed by a value";
            return false;
        }

        string prefix = text[..colon];
        string value = text[(colon + 1)..];
        TermKind? kind = prefix switch
        {
            "party" => TermKind.Party,
            "place" => TermKind.Place,
            "source" => TermKind.Source,
            "incident" => TermKind.Incident,
            "text" => TermKind.Text,
            _ => null,
        };
        if (kind is null)
        {
            error = $"'{UserText.Echo(text)}' has an unknown term kind '{UserText.Echo(prefix)}': expected party, place, source, incident or text";
            return false;
        }

        if (kind == TermKind.Text)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                error = $"'{UserText.Echo(text)}' has no words after 'text:'";
                return false;
            }

            term = Text(value);
            error = null;
            return true;
        }

        if (!Identifier.IsValid(value, out string? idError))
        {
            error = $"'{UserText.Echo(text)}' does not name a valid identifier: {idError}";
            return false;
        }

        term = new Term(kind.Value, value, value);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Term? other) => other is not null && Kind == other.Kind && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Term);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Key));

    /// <summary>Returns the term as <c>kind:value</c>, the form <see cref="Parse(string)"/> reads.</summary>
    /// <returns>The written term.</returns>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Value}";

    private static Term Entity(TermKind kind, string? id, string paramName)
    {
        if (id is null)
        {
            throw new ArgumentException("The identifier is the default value, which names nothing.", paramName);
        }

        return new Term(kind, id, id);
    }
}

namespace ClaimLedger.Validation;

/// <summary>
/// What a <see cref="Citation"/> must be, in one place: the attribution validator reports these problems and the fast
/// check refuses a batch that has any, so the two cannot disagree.
/// </summary>
internal static class CitationCheck
{
    /// <summary>Gets whether a citation has no problem.</summary>
    internal static bool IsValid(Citation citation, Attribution attribution) => !Problems(citation, attribution).Any();

    /// <summary>Gets each problem of a citation: the property (in the model's names), its code, the message and the offending value.</summary>
    internal static IEnumerable<(string Property, string Code, string Message, string? Value)> Problems(Citation citation, Attribution attribution)
    {
        if (citation.Url is null && citation.Title is null)
        {
            yield return ("Url", ErrorCodes.Required, "a citation needs a url or a title", null);
        }

        foreach ((string property, string? address) in new (string, string?)[] { ("Url", citation.Url), ("ArchiveUrl", citation.ArchiveUrl) })
        {
            if (address is not null && !Citation.IsWebAddress(address))
            {
                yield return (property, ErrorCodes.InvalidValue, $"'{TextCheck.Echo(address)}' is not an absolute http or https address", address);
            }
        }

        foreach ((string property, string? text) in new (string, string?)[] { ("Title", citation.Title), ("Publisher", citation.Publisher), ("Section", citation.Section) })
        {
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                yield return (property, ErrorCodes.Required, $"a citation's {property.ToLowerInvariant()}, when given, must not be empty", text);
            }
            else if (!TextCheck.IsClean(text))
            {
                yield return (property, ErrorCodes.InvalidText, TextCheck.Describe(text!), null);
            }
        }

        if (citation.Relay is { } relay && !attribution.Relays.Contains(relay))
        {
            yield return ("Relay", ErrorCodes.UnknownReference, $"the citation's relay '{relay}' is not one of the statement's relays", relay.ToString());
        }
    }
}

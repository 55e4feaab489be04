using NodaTime;

namespace ClaimLedger.Text;

/// <summary>
/// The few zone names that reports in this domain use ("Moscow Time"), and lookup of IANA ids
/// ignoring case. Anything else is written as the IANA id in parentheses.
/// </summary>
internal static class FuzzyDateZones
{
    // Name as written in reports -> TZDB id. The first name listed for an id is the one ToString prints.
    private static readonly (string Name, string Id)[] Names =
    [
        ("Moscow Time", "Europe/Moscow"),
        ("UTC", "UTC"),
        ("GMT", "GMT"),
        ("Baku Time", "Asia/Baku"),
        ("Yerevan Time", "Asia/Yerevan"),
        ("Istanbul Time", "Europe/Istanbul"),
        ("Turkey Time", "Europe/Istanbul"),
    ];

    private static readonly Dictionary<string, string> IdsIgnoringCase = BuildIds();

    /// <summary>Gets the names, longest first so that the parser tries "Istanbul Time" before any shorter name.</summary>
    internal static IEnumerable<(string Name, string Id)> NamesLongestFirst =>
        Names.OrderByDescending(n => n.Name.Length);

    /// <summary>Returns the TZDB spelling of an id given in any case, or null when TZDB has no such id.</summary>
    internal static string? CanonicalId(string zoneId) =>
        IdsIgnoringCase.TryGetValue(zoneId.Trim(), out string? id) ? id : null;

    /// <summary>Returns the TZDB id for a known zone name given in any case ("moscow time"), or null.</summary>
    internal static string? IdForName(string name)
    {
        foreach ((string known, string id) in Names)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Returns the text that names the zone: a known name, or the id in parentheses.</summary>
    internal static string Describe(string zoneId)
    {
        foreach ((string name, string id) in Names)
        {
            if (id == zoneId)
            {
                return name;
            }
        }

        return "(" + zoneId + ")";
    }

    private static Dictionary<string, string> BuildIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string id in DateTimeZoneProviders.Tzdb.Ids)
        {
            ids.TryAdd(id, id);
        }

        return ids;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Json;

/// <summary>
/// System.Text.Json support for the domain types, for web apps and tools that return claims and findings as JSON:
/// identifiers as text, <see cref="FuzzyDate"/> and <see cref="Quantity"/> as their text with their machine-readable
/// parts, <see cref="Term"/> as <c>kind:value</c>, NodaTime dates as ISO text, enums in kebab case, a
/// <see cref="Contradictions.Contradiction"/> without its ledger, and a <see cref="Ledger"/> as a ledger file.
/// </summary>
/// <example>
/// <code>
/// builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddClaimLedgerConverters());
/// string json = JsonSerializer.Serialize(claim, ClaimLedgerJson.Options);
/// </code>
/// </example>
public static class ClaimLedgerJson
{
    /// <summary>
    /// Gets options with every converter, camelCase names and indented output, text left readable (no \u escapes
    /// for non-ASCII letters). The instance is read-only and thread-safe.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Adds every converter of this namespace (and kebab-case enums) to options, before they are first used.</summary>
    /// <param name="options">The options to add to.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used for serialisation).</exception>
    public static JsonSerializerOptions AddClaimLedgerConverters(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        foreach (JsonConverter converter in CreateConverters())
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>Creates the converters: for the identifiers, fuzzy dates, quantities, terms, ISO dates, contradictions, ledgers and enums.</summary>
    /// <returns>New converter instances, in the order they are added.</returns>
    public static ImmutableArray<JsonConverter> CreateConverters() =>
    [
        new IdJsonConverter<ClaimId>(s => new ClaimId(s), id => id.Value),
        new IdJsonConverter<SourceId>(s => new SourceId(s), id => id.Value),
        new IdJsonConverter<PartyId>(s => new PartyId(s), id => id.Value),
        new IdJsonConverter<PlaceId>(s => new PlaceId(s), id => id.Value),
        new IdJsonConverter<IncidentId>(s => new IncidentId(s), id => id.Value),
        new IdJsonConverter<PredicateId>(s => new PredicateId(s), id => id.Value),
        new FuzzyDateJsonConverter(),
        new QuantityJsonConverter(),
        new TermJsonConverter(),
        new LocalDateJsonConverter(),
        new ContradictionJsonConverter(),
        new LedgerJsonConverter(),
        new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
    ];

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }.AddClaimLedgerConverters();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Contradictions;
using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Json;

/// <summary>
/// Writes a <see cref="Contradiction"/> as what it found, never the ledger it was found in: <c>{ "id", "kind",
/// "rule", "topic", "time", "incidents", "parties", "explanation", "isTentative", "sides": [{ "position", "parties",
/// "claims" }], "claims": [...] }</c>, the sides naming their claims by id and <c>claims</c> holding each claim once.
/// </summary>
/// <remarks>
/// A contradiction is a finding of the engine over a ledger, so it cannot be read back; reading throws
/// <see cref="JsonException"/>. Serialise the claims (or the ledger) and find it again.
/// </remarks>
public sealed class ContradictionJsonConverter : JsonConverter<Contradiction>
{
    /// <inheritdoc />
    public override Contradiction? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException(JsonErrors.NotReadable(nameof(Contradiction)));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Contradiction value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        writer.WriteString(Name("Id", options), value.Id);
        writer.WriteString(Name("Kind", options), value.Kind.ToKebabCase());
        writer.WriteString(Name("Rule", options), value.Rule);
        writer.WriteString(Name("Topic", options), value.Topic);
        writer.WritePropertyName(Name("Time", options));
        JsonSerializer.Serialize(writer, value.Time, options);
        writer.WritePropertyName(Name("Incidents", options));
        JsonSerializer.Serialize(writer, value.Incidents, options);
        writer.WritePropertyName(Name("Parties", options));
        JsonSerializer.Serialize(writer, value.Parties, options);
        writer.WriteString(Name("Explanation", options), value.Explanation);
        writer.WriteBoolean(Name("IsTentative", options), value.IsTentative);
        writer.WritePropertyName(Name("Sides", options));
        writer.WriteStartArray();
        foreach (ContradictionSide side in value.Sides)
        {
            writer.WriteStartObject();
            writer.WriteString(Name("Position", options), side.Position);
            writer.WritePropertyName(Name("Parties", options));
            JsonSerializer.Serialize(writer, side.Parties, options);
            writer.WritePropertyName(Name("Claims", options));
            JsonSerializer.Serialize(writer, side.Claims.Select(c => c.Id).Distinct().ToArray(), options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName(Name("Claims", options));
        JsonSerializer.Serialize(writer, value.Claims, options);
        writer.WriteEndObject();
    }

    private static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}

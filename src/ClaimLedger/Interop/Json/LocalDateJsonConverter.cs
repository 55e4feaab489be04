using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;
using NodaTime.Text;

namespace ClaimLedger.Interop.Json;

/// <summary>Writes a NodaTime <see cref="LocalDate"/> as an ISO date (<c>"2022-03-27"</c>) and reads it back, so that no NodaTime internals reach the JSON.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(JsonErrors.Expected("an ISO date (a string)", reader.TokenType));
        }

        string text = reader.GetString()!;
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException(JsonErrors.BadIsoDate(text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}

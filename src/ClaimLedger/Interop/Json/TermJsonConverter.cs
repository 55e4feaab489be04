using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Json;

/// <summary>Writes a <see cref="Term"/> as <c>kind:value</c> (<c>"party:azerbaijan"</c>, <c>"text:Armenian POWs"</c>) and reads it back.</summary>
public sealed class TermJsonConverter : JsonConverter<Term>
{
    /// <inheritdoc />
    public override Term? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(JsonErrors.Expected("a term (a string such as \"party:azerbaijan\")", reader.TokenType));
        }

        return Term.TryParse(reader.GetString(), out Term? term, out string? error) ? term : throw new JsonException(error);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Term value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStringValue(value.ToString());
    }
}

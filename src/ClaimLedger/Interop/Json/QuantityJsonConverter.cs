using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Json;

/// <summary>
/// Writes a <see cref="Quantity"/> as its text with its parts: <c>{ "text": "at least 3 servicemen", "bound":
/// "at-least", "value": 3, "upperValue": null, "unit": "servicemen", "wording": null }</c>.
/// </summary>
/// <remarks>Reading takes that object (only <c>text</c> is read) or the text alone, as <see cref="Quantity.Parse"/> reads it.</remarks>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    /// <inheritdoc />
    public override Quantity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = TextValue.Read(ref reader, "quantity");
        return Quantity.TryParse(text, out Quantity? quantity, out string? error)
            ? quantity
            : throw new JsonException(JsonErrors.Unreadable("quantity", error));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        writer.WriteString("text", value.ToString());
        writer.WriteString("bound", JsonNamingPolicy.KebabCaseLower.ConvertName(value.Bound.ToString()));
        writer.WriteNumber("value", value.Value);
        if (value.UpperValue is { } upper)
        {
            writer.WriteNumber("upperValue", upper);
        }
        else
        {
            writer.WriteNull("upperValue");
        }

        writer.WriteString("unit", value.Unit);
        writer.WriteString("wording", value.Wording);
        writer.WriteEndObject();
    }
}

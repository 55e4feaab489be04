using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;
using NodaTime.Text;

namespace ClaimLedger.Interop.Json;

/// <summary>
/// Writes a <see cref="FuzzyDate"/> as its text with the ISO days it spans and its precision, so that a program
/// need not parse English: <c>{ "text": "24–25 March 2022", "earliest": "2022-03-24", "latest": "2022-03-25",
/// "precision": "day-range" }</c>. An open end ("since", "by") is <c>null</c>.
/// </summary>
/// <remarks>
/// Reading takes that object (only <c>text</c> is read; the rest is derived from it) or the text alone as a string,
/// and throws <see cref="JsonException"/> with the parser's message for text that is not a date.
/// </remarks>
public sealed class FuzzyDateJsonConverter : JsonConverter<FuzzyDate>
{
    /// <inheritdoc />
    public override FuzzyDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = TextValue.Read(ref reader, "date");
        return FuzzyDate.TryParse(text, null, out FuzzyDate? date, out string? error)
            ? date
            : throw new JsonException(JsonErrors.Unreadable("date", error));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FuzzyDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        writer.WriteString("text", value.ToString());
        WriteDay(writer, "earliest", value.Earliest);
        WriteDay(writer, "latest", value.Latest);
        writer.WriteString("precision", JsonNamingPolicy.KebabCaseLower.ConvertName(value.Precision.ToString()));
        writer.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter writer, string name, LocalDate? day)
    {
        if (day is { } d)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

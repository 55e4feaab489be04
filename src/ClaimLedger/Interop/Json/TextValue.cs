using System.Text.Json;

namespace ClaimLedger.Interop.Json;

/// <summary>Reads a value written as text, or as an object whose <c>text</c> holds it (the shape the converters write).</summary>
internal static class TextValue
{
    internal static string Read(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(JsonErrors.Expected($"a {what} (a string, or an object with \"text\")", reader.TokenType));
        }

        string? text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "text" && reader.TokenType == JsonTokenType.String)
            {
                text = reader.GetString();
            }
            else
            {
                // The other members are derived from the text; they are not trusted over it.
                reader.Skip();
            }
        }

        return text ?? throw new JsonException(JsonErrors.NoText(what));
    }
}

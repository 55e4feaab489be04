using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Json;

/// <summary>
/// Writes an identifier (<see cref="ClaimId"/>, <see cref="SourceId"/>, <see cref="PartyId"/>, <see cref="PlaceId"/>,
/// <see cref="IncidentId"/>, <see cref="PredicateId"/>) as its text, also as a dictionary key, and reads it back.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <remarks>Reading text that is not a valid identifier throws <see cref="JsonException"/> saying why; the serializer adds the path.</remarks>
public sealed class IdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct
{
    private readonly Func<string, TId> _make;
    private readonly Func<TId, string?> _text;

    /// <summary>Creates a converter.</summary>
    /// <param name="make">Makes the identifier from valid text.</param>
    /// <param name="text">Gets the identifier's text (null for the default value).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IdJsonConverter(Func<string, TId> make, Func<TId, string?> text)
    {
        _make = Preconditions.CheckNotNull(make);
        _text = Preconditions.CheckNotNull(text);
    }

    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(JsonErrors.Expected("an identifier (a string)", reader.TokenType));
        }

        return Make(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(Text(value));
    }

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Make(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, [DisallowNull] TId value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WritePropertyName(Text(value));
    }

    private TId Make(string text) =>
        Identifier.IsValid(text, out string? error) ? _make(text) : throw new JsonException(JsonErrors.BadIdentifier(text, error!));

    private string Text(TId value) =>
        _text(value) ?? throw new JsonException(JsonErrors.DefaultIdentifier(typeof(TId).Name));
}

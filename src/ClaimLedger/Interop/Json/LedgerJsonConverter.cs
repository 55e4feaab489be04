using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimLedger.Internal;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Interop.Json;

/// <summary>
/// Writes a <see cref="Ledger"/> as a ledger file (the <see cref="LedgerFile"/> format, with <c>format</c> and
/// <c>version</c>) and reads one back with the file loader's checks, so that a ledger travels through an API as it
/// does through a file.
/// </summary>
/// <remarks>
/// Reading a document with problems throws <see cref="JsonException"/> whose message lists the first problems with
/// their paths inside the ledger, and whose inner exception is the <see cref="LedgerValidationException"/> with all of them.
/// </remarks>
public sealed class LedgerJsonConverter : JsonConverter<Ledger>
{
    private const int ProblemsInMessage = 5;

    /// <inheritdoc />
    public override Ledger? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        try
        {
            return LedgerFile.Parse(document.RootElement.GetRawText());
        }
        catch (LedgerValidationException ex)
        {
            string problems = string.Join("; ", ex.Problems.Take(ProblemsInMessage).Select(p => p.ToString()));
            throw new JsonException($"not a valid ledger ({ex.Problems.Length} problems): {problems}", ex);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Ledger value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteRawValue(LedgerFile.ToJson(value), skipInputValidation: true);
    }
}

using System.Text.Json;
using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Json;

/// <summary>The messages of the System.Text.Json converters, in one place.</summary>
internal static class JsonErrors
{
    internal static string Expected(string what, JsonTokenType found) => $"expected {what}, found {Describe(found)}";

    internal static string BadIdentifier(string text, string error) => $"'{UserText.Echo(text)}' is not a valid identifier: {error}";

    internal static string DefaultIdentifier(string type) => $"a default {type} names nothing and cannot be written";

    internal static string Unreadable(string what, string error) => $"not a {what}: {error}";

    internal static string NoText(string what) => $"a {what} object needs its \"text\"";

    internal static string NotReadable(string type) =>
        $"a {type} is a finding of the contradiction engine and cannot be read back: read its claims into a ledger and find it again";

    internal static string BadIsoDate(string text) => $"'{UserText.Echo(text)}' is not an ISO date such as 2022-03-27";

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

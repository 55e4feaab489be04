using System.Globalization;
using ClaimLedger.Internal;

namespace ClaimLedger.Serialization;

/// <summary>
/// Every error text of loading a ledger file, kept in one place so that wording stays consistent and tests cite these
/// members instead of copying strings. Each value from the file is quoted through <see cref="UserText.Echo(string?)"/>.
/// </summary>
internal static class LedgerFileErrors
{
    /// <summary>How many problems a report lists; the rest are counted in one closing problem.</summary>
    internal const int MaxProblems = 1000;

    internal const string Empty = "the file is empty: expected a JSON object";

    internal const string EndsEarly = "the document ends early: it is truncated or not closed";

    internal const string SingleQuotes = "strings and names must be in double quotes, not single quotes";

    internal const string Comment = "comments are not allowed in a ledger file";

    internal const string BadNumber = "a number must be digits with an optional fraction and exponent, such as 12, -0.5 or 1e3";

    internal const string LeadingZero = "a number must not have leading zeros";

    internal const string UnclosedString = "the string is not closed before the end of the document";

    internal const string BadUnicodeEscape = "a \\u escape needs four hexadecimal digits";

    internal const string CoordinatesNeedBoth = "coordinates need both 'latitude' and 'longitude'";

    internal static string InvalidJson(string reason) => "invalid JSON: " + reason;

    internal static string NotAnObject(string found) => $"expected a JSON object at the top, found {found}";

    internal static string NotClaimLedger(string format) =>
        $"this is not a ClaimLedger file: 'format' is '{UserText.Echo(format)}', expected '{LedgerFile.FormatName}'";

    internal static string NoFormat => $"the file has no 'format' property: expected \"format\": \"{LedgerFile.FormatName}\"";

    internal static string NoVersion => $"the file has no 'version' property: expected \"version\": {LedgerFile.FormatVersion}";

    internal static string BadVersion(string found) => $"'version' must be a whole number from 1, found {UserText.Echo(found)}";

    internal static string NewerVersion(int version) =>
        $"the file is format version {version.ToString(CultureInfo.InvariantCulture)}, but this version of ClaimLedger reads format version {LedgerFile.FormatVersion}: upgrade ClaimLedger to read it";

    internal static string AfterTheEnd(char c) => InvalidJson($"{Describe(c)} after the end of the document");

    internal static string TrailingComma(char closing) => $"a comma before '{closing}' is not allowed (no trailing commas)";

    internal static string ExpectedCommaOrEnd(char found, char closing) => $"expected ',' or '{closing}', found {Describe(found)}";

    internal static string ExpectedColon(char found) => $"expected ':' after the property name, found {Describe(found)}";

    internal static string UnquotedName(char found) => $"a property name must be a string in double quotes, found {Describe(found)}";

    internal static string UnexpectedCharacter(char found) => $"unexpected {Describe(found)}";

    internal static string BadLiteral(string literal) => $"expected '{literal}'";

    internal static string ControlInString(char c) => $"{Describe(c)} must be escaped inside a string";

    internal static string BadEscape(char c) => $"'\\{UserText.Echo(c)}' is not a JSON escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";

    internal static string DuplicateName(string name) => $"the property '{UserText.Echo(name)}' is given twice in this object";

    internal static string TooDeep(int maxDepth) => $"the document is nested deeper than {maxDepth.ToString(CultureInfo.InvariantCulture)} levels";

    internal static string TooLarge(long maxBytes) => $"the document is larger than the limit of {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes";

    internal static string NotUtf8(string reason) => $"the file is not valid UTF-8: {reason}";

    internal static string StringTooLong(long length, int limit) =>
        $"the string has {length.ToString(CultureInfo.InvariantCulture)} characters, more than the limit of {limit.ToString(CultureInfo.InvariantCulture)}";

    internal static string NameTooLong(int limit) => $"a property name is longer than the limit of {limit.ToString(CultureInfo.InvariantCulture)} characters";

    internal static string NumberTooLong(int limit) => $"a number is longer than the limit of {limit.ToString(CultureInfo.InvariantCulture)} characters";

    internal static string UnknownField(string name) => $"the format defines no property '{UserText.Echo(name)}' here";

    internal static string Mismatch(string expected, string found, string? value) =>
        $"expected {expected}, found {found}{(value is null ? string.Empty : $" '{UserText.Echo(value)}'")}";

    internal static string OutOfRange(string written, double min, double max) =>
        $"{UserText.Echo(written)} is outside {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

    internal static string NotAllowed(string text, string allowed) => $"'{UserText.Echo(text)}' is not allowed here: expected one of {allowed}";

    internal static string BadIdentifier(string text, string reason) => $"'{UserText.Echo(text)}' is not a valid identifier: {reason}";

    internal static string NotIsoDate(string text) => $"'{UserText.Echo(text)}' is not an ISO date such as 2022-03-27";

    internal static string CannotRead(string text) => $"'{UserText.Echo(text)}' cannot be read here";

    internal static string Required(string? name) => $"'{name}' is required here";

    internal static string BadReliability(string text) => $"'{UserText.Echo(text)}' is not a reliability grade: expected one letter from A to F";

    internal static string BadOppositePair(int count) => $"an opposite pair needs exactly two labels, but has {count.ToString(CultureInfo.InvariantCulture)}";

    internal static string BadCredibility(string written) => $"{UserText.Echo(written)} is not a credibility grade: expected a whole number from 1 to 6";

    internal static string MoreProblems(int omitted, int listed) =>
        $"and {omitted.ToString("N0", CultureInfo.InvariantCulture)} more problems; only the first {listed.ToString("N0", CultureInfo.InvariantCulture)} are listed";

    /// <summary>A property name as a path step: plain names as they are, others in brackets and quotes.</summary>
    internal static string PathName(string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return $"['{UserText.Echo(name)}']";
            }
        }

        return name.Length == 0 ? "['']" : name;
    }

    /// <summary>Names a character for a syntax error: printable ones quoted, others by their code point.</summary>
    internal static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || c is '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            ? $"the character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}"
            : $"'{c}'";
}

using System.Globalization;

namespace ClaimLedger.Credibility;

/// <summary>The error texts of the credibility namespace, kept in one place so they stay consistent.</summary>
internal static class CredibilityErrors
{
    internal static string NotAGrade(string text) =>
        $"'{text}' is not an Admiralty grade: expected a reliability letter A-F followed by a credibility digit 1-6, such as 'B2'.";

    internal static string BadReliability(string text, char letter) =>
        $"'{text}' is not an Admiralty grade: '{letter}' is not a reliability grade (expected a letter A-F).";

    internal static string BadCredibility(string text, char digit) =>
        $"'{text}' is not an Admiralty grade: '{digit}' is not a credibility grade (expected a digit 1-6).";

    internal static string OutOfRange(string name, double value, string range) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be {range}, but was {value}.");

    internal static string UndefinedEnum<T>(T value)
        where T : struct, Enum =>
        $"{value} is not a defined {typeof(T).Name}.";
}

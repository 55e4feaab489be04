using System.Globalization;
using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>The error texts of the credibility namespace, kept in one place so they stay consistent.</summary>
internal static class CredibilityErrors
{
    internal static string NotAGrade(string text) =>
        $"'{UserText.Echo(text)}' is not an Admiralty grade: expected a reliability letter A-F followed by a credibility digit 1-6, such as 'B2'.";

    internal static string BadReliability(string text, char letter) =>
        $"'{UserText.Echo(text)}' is not an Admiralty grade: '{UserText.Echo(letter)}' is not a reliability grade (expected a letter A-F).";

    internal static string BadCredibility(string text, char digit) =>
        $"'{UserText.Echo(text)}' is not an Admiralty grade: '{UserText.Echo(digit)}' is not a credibility grade (expected a digit 1-6).";

    internal static string OutOfRange(string name, double value, string range) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be {range}, but was {value}.");

    internal static string NothingToDecide(PredicateId predicate, int differing, int several) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Predicate '{UserText.Echo(predicate.Value)}' allows many values at a time, so nothing about it is contested: {differing:N0} of the {several:N0} subjects that two or more sources speak to are given different values, and none was decided. If it holds one value at a time, declare its Cardinality (OneObjectPerSubject or OneSubjectPerObject).");

    internal static string UndefinedEnum<T>(T value)
        where T : struct, Enum =>
        $"{value} is not a defined {typeof(T).Name}.";

    /// <summary>Returns the value when the condition holds; else throws naming the option, its value and its range.</summary>
    internal static T Checked<T>(T value, bool ok, string name, string range)
        where T : IConvertible =>
        ok ? value : throw new ArgumentOutOfRangeException(name, value, OutOfRange(name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), range));
}

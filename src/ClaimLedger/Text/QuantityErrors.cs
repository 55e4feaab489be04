using System.Globalization;
using ClaimLedger.Internal;

namespace ClaimLedger.Text;

/// <summary>
/// Every error text that <see cref="Quantity"/>, <see cref="QuantityInterval"/>, <see cref="QuantityOptions"/>
/// and the quantity parser produce, kept in one place so wording stays consistent and tests can assert on it.
/// </summary>
internal static class QuantityErrors
{
    internal const string Expected =
        "expected a number in digits or words, optionally after a bound such as 'about', 'at least', 'over', "
        + "'up to', 'fewer than', 'nearly' or 'a total of', or a range such as 'between 10 and 20' or '10-20', "
        + "or a wording such as 'several dozen', and then the unit";

    internal static string CannotRead(string text, string reason) =>
        $"Cannot read '{UserText.Echo(text)}' as a quantity: {reason}.";

    internal static string Empty => "the text is empty; " + Expected;

    internal static string NoNumber(string text) =>
        $"no number found in '{UserText.Echo(text)}'; " + Expected;

    internal static string NoSecondNumber(string text) =>
        $"'{UserText.Echo(text)}' starts a range but gives no second number; expected 'between 10 and 20'";

    internal static string BoundOnRange(string text) =>
        $"'{UserText.Echo(text)}' puts a bound on a range; expected one number after the bound, or a range such as 'between 10 and 20' without one";

    internal static string MalformedNumber(string written) =>
        $"'{UserText.Echo(written)}' is not a well-formed number; expected digits with commas every three places, such as '25,000', or a decimal such as '1.5'";

    internal static string TooLarge(string written) =>
        $"'{UserText.Echo(written)}' is too large a number";

    internal static string NegativeNumber(string written) =>
        $"'{UserText.Echo(written)}' is negative, and a count cannot be negative";

    internal static string NonAsciiDigit(char digit) =>
        $"'{UserText.Echo(digit)}' is a digit, but not one of 0 to 9; write numbers with the digits 0 to 9";

    internal static string NotRoundTrip(string unit, string printed) =>
        $"the words after the number, '{UserText.Echo(unit)}', would be read as part of it once written as '{UserText.Echo(printed)}'; "
        + "put a space between the number and the unit, or reword the unit";

    internal static string RangeBackwards(decimal low, decimal high) =>
        $"the range runs backwards: {Quantity.FormatNumber(low)} is more than {Quantity.FormatNumber(high)}";

    // Guard messages: they name the value and the allowed range.
    internal static string Negative(string parameter, decimal value) =>
        $"{parameter} must be zero or more, but was {value.ToString(CultureInfo.InvariantCulture)}.";

    internal static string NotPositive(string parameter, decimal value) =>
        $"{parameter} must be more than zero for this bound, since no count is below zero, but was {value.ToString(CultureInfo.InvariantCulture)}.";

    internal static string Inverted(decimal low, decimal high) =>
        $"low ({low.ToString(CultureInfo.InvariantCulture)}) must not be more than high ({high.ToString(CultureInfo.InvariantCulture)}).";

    internal static string IntervalInverted(decimal low, decimal high) =>
        $"The low end ({low.ToString(CultureInfo.InvariantCulture)}) must not be above the high end ({high.ToString(CultureInfo.InvariantCulture)}).";

    internal static string BadWording(string wording) =>
        $"wording must be words without digits or parentheses, such as 'several dozen', but was '{UserText.Echo(wording)}'.";

    internal static string Tolerance(string name, decimal value) =>
        $"{name} must be between 0 and 1 inclusive (a fraction of the number, so 0.1 is 10%), but was {value.ToString(CultureInfo.InvariantCulture)}.";
}

using System.Runtime.CompilerServices;

namespace ClaimLedger.Internal;

/// <summary>Guard clauses for invariants that code, not data, must never break.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Value must not be empty or white space.", paramName);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it lies in [<paramref name="min"/>, <paramref name="max"/>]; else throws with a message that names the range.</summary>
    internal static T CheckInRange<T>(T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IComparable<T> =>
        value.CompareTo(min) < 0 || value.CompareTo(max) > 0
            ? throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be between {min:N0} and {max:N0} inclusive, but was {value}.")
            : value;

    /// <summary>Returns <paramref name="value"/> when it is a named value of its enum; else throws with a message that names the allowed values.</summary>
    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be one of {string.Join(", ", Enum.GetNames<T>())}, but was {value}.");

    internal static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> value) => value.IsDefault ? ImmutableArray<T>.Empty : value;
}

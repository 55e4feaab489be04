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
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Value must not be empty or white space.", paramName);
        }

        return value;
    }

    internal static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> value) => value.IsDefault ? ImmutableArray<T>.Empty : value;
}

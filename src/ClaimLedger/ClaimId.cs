using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>The identifier of a claim, such as <c>"parukh-ru-mod-withdrawal"</c>.</summary>
/// <remarks>
/// Identifiers hold 1 to 200 ASCII letters, digits, '-', '_', '.' or ':'. Equality is ordinal and case-sensitive.
/// The default value has a null <see cref="Value"/> and is never valid in a ledger.
/// </remarks>
public readonly record struct ClaimId : IComparable<ClaimId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 200 characters, or holds other characters.</exception>
    public ClaimId(string value) => Value = Identifier.Check(value, nameof(ClaimId), nameof(value));

    /// <summary>Gets the identifier's text.</summary>
    public string Value { get; }

    /// <summary>Gets whether text can be an identifier, so that user input can be checked without an exception.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether <paramref name="value"/> has 1 to 200 ASCII letters, digits, '-', '_', '.' or ':'.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => Identifier.IsValid(value, out _);

    /// <summary>Converts text to an identifier.</summary>
    /// <param name="value">The identifier's text.</param>
    public static implicit operator ClaimId(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(ClaimId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}

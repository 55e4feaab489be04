using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>The identifier of an incident, such as <c>"parukh-2022"</c>.</summary>
/// <remarks>
/// Identifiers hold 1 to 200 ASCII letters, digits, '-', '_', '.' or ':'. Equality is ordinal and case-sensitive.
/// The default value has a null <see cref="Value"/> and is never valid in a ledger.
/// </remarks>
public readonly record struct IncidentId : IComparable<IncidentId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 200 characters, or holds other characters.</exception>
    public IncidentId(string value) => Value = Identifier.Check(value, nameof(IncidentId), nameof(value));

    /// <summary>Gets the identifier's text.</summary>
    public string Value { get; }

    /// <summary>Gets whether text can be an identifier, so that user input can be checked without an exception.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether <paramref name="value"/> has 1 to 200 ASCII letters, digits, '-', '_', '.' or ':'.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => Identifier.IsValid(value, out _);

    /// <summary>Converts text to an identifier.</summary>
    /// <param name="value">The identifier's text.</param>
    public static implicit operator IncidentId(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(IncidentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}

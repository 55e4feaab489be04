namespace ClaimLedger;

/// <summary>
/// Two labels of a characterising predicate that cannot both apply to one subject at one time, such as
/// "violation" and "lawful". Labels compare ignoring case, diacritics and spacing.
/// </summary>
/// <param name="First">One label.</param>
/// <param name="Second">The opposite label.</param>
public sealed record OppositeLabels(string First, string Second)
{
    /// <summary>Gets one label.</summary>
    public string First { get; init; } = First ?? throw new ArgumentNullException(nameof(First));

    /// <summary>Gets the opposite label.</summary>
    public string Second { get; init; } = Second ?? throw new ArgumentNullException(nameof(Second));
}

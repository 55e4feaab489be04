using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// Two labels of a characterising predicate that cannot both apply to one subject at one time, such as
/// "violation" and "lawful", each with the other words that mean it ("breach", "contradicts the mandate" /
/// "legitimate", "in accordance with the agreement"). Labels compare ignoring case, diacritics and spacing.
/// </summary>
/// <param name="First">One label, as explanations name it.</param>
/// <param name="Second">The opposite label, as explanations name it.</param>
/// <remarks>Two pairs are equal when both labels and both lists of other words are equal, in order.</remarks>
public sealed record OppositeLabels(string First, string Second)
{
    /// <summary>Gets one label.</summary>
    public string First { get; init; } = Preconditions.CheckNotNull(First);

    /// <summary>Gets the opposite label.</summary>
    public string Second { get; init; } = Preconditions.CheckNotNull(Second);

    /// <summary>Gets other words that mean <see cref="First"/> ("breach", "illegal" for "violation").</summary>
    public ImmutableArray<string> FirstAlso { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets other words that mean <see cref="Second"/> ("legitimate", "in accordance with the agreement" for "lawful").</summary>
    public ImmutableArray<string> SecondAlso { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the label and its other words for one pole.</summary>
    /// <param name="first">Whether to give the first pole's words, else the second's.</param>
    /// <returns>The label, then its other words.</returns>
    public IEnumerable<string> WordsOf(bool first) =>
        first ? Preconditions.OrEmpty(FirstAlso).Prepend(First) : Preconditions.OrEmpty(SecondAlso).Prepend(Second);

    /// <inheritdoc />
    public bool Equals(OppositeLabels? other) =>
        other is not null && First == other.First && Second == other.Second
        && Equality.Sequence(FirstAlso, other.FirstAlso) && Equality.Sequence(SecondAlso, other.SecondAlso);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Second, Equality.Hash(FirstAlso), Equality.Hash(SecondAlso));

    /// <summary>Which pole a folded label belongs to: 1 for the first, 2 for the second, 0 for neither.</summary>
    internal int PoleOf(string folded)
    {
        foreach (string word in WordsOf(first: true))
        {
            if (TextFolding.Fold(word) == folded)
            {
                return 1;
            }
        }

        foreach (string word in WordsOf(first: false))
        {
            if (TextFolding.Fold(word) == folded)
            {
                return 2;
            }
        }

        return 0;
    }
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// Two labels of a characterising predicate that cannot both apply to one subject at one time, such as
/// "violation" and "lawful", each with the other words that mean it ("breach", "contradicts the mandate" /
/// "legitimate", "in accordance with the agreement"). Labels compare ignoring case, diacritics and spacing.
/// </summary>
/// <param name="First">One label, as explanations name it.</param>
/// <param name="Second">The opposite label, as explanations name it.</param>
/// <remarks>Two pairs are equal when both labels, both lists of other words and both lists of entailments are equal, in order.</remarks>
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

    /// <summary>
    /// Gets what a claim that gives its subject the first label (or one of its other words) entails besides, mapped
    /// from the characterisation: its subject is the thing labelled. "Fabricated" entails that the thing labelled did
    /// not take place (<c>new("occurred", Negated: true) { Object = EntailedTerm.Nothing }</c>), so "the attack was
    /// fabricated" meets "the attack killed 70".
    /// </summary>
    public ImmutableArray<Entailment> FirstEntails { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets what a claim that gives its subject the second label entails besides, as <see cref="FirstEntails"/>.</summary>
    public ImmutableArray<Entailment> SecondEntails { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>The entailments of a pole: 1 for the first, 2 for the second, none for any other.</summary>
    internal ImmutableArray<Entailment> EntailsOf(int pole) =>
        pole == 1 ? Preconditions.OrEmpty(FirstEntails) : pole == 2 ? Preconditions.OrEmpty(SecondEntails) : [];

    /// <summary>Gets the label and its other words for one pole.</summary>
    /// <param name="first">Whether to give the first pole's words, else the second's.</param>
    /// <returns>The label, then its other words.</returns>
    public IEnumerable<string> WordsOf(bool first) =>
        first ? Preconditions.OrEmpty(FirstAlso).Prepend(First) : Preconditions.OrEmpty(SecondAlso).Prepend(Second);

    /// <inheritdoc />
    public bool Equals(OppositeLabels? other) =>
        other is not null && First == other.First && Second == other.Second
        && Equality.Sequence(FirstAlso, other.FirstAlso) && Equality.Sequence(SecondAlso, other.SecondAlso)
        && Equality.Sequence(FirstEntails, other.FirstEntails) && Equality.Sequence(SecondEntails, other.SecondEntails);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Second, Equality.Hash(FirstAlso), Equality.Hash(SecondAlso), Equality.Hash(FirstEntails), Equality.Hash(SecondEntails));

    /// <summary>
    /// Which pole a folded label belongs to: 1 for the first, 2 for the second, 0 for neither or both. A label is a
    /// pole's when it is one of the pole's words, or holds one of them as whole words ("an unlawful act of aggression"
    /// holds "unlawful"); a label with a negation ("not", "no", "never") counts only when it is one of the words itself.
    /// </summary>
    internal int PoleOf(string folded)
    {
        int exact = Match(folded, (label, word) => label == word);
        if (exact != 0 || HasNegation(folded))
        {
            return exact;
        }

        return Match(folded, static (label, word) => ContainsWords(label, word));
    }

    private int Match(string folded, Func<string, string, bool> matches)
    {
        (string[] firstWords, string[] secondWords) = Folded();
        bool first = firstWords.Any(w => matches(folded, w));
        bool second = secondWords.Any(w => matches(folded, w));
        return first == second ? 0 : first ? 1 : 2;
    }

    // The poles' words folded once per instance. Kept outside the record, so that a copy made with "with" (which
    // copies fields) never carries another instance's words.
    private (string[] First, string[] Second) Folded() =>
        FoldedWords.GetValue(this, static o => new([.. o.WordsOf(first: true).Select(TextFolding.Fold)], [.. o.WordsOf(first: false).Select(TextFolding.Fold)])).Words;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OppositeLabels, FoldedPoles> FoldedWords = new();

    private sealed class FoldedPoles(string[] first, string[] second)
    {
        internal (string[] First, string[] Second) Words { get; } = (first, second);
    }

    private static bool HasNegation(string folded) =>
        folded.Split(' ').Any(w => w is "not" or "no" or "never" or "neither" or "nor");

    // Whether the words of a phrase stand in the label as whole words, in order.
    private static bool ContainsWords(string label, string phrase) =>
        phrase.Length > 0 && $" {label} ".Contains($" {phrase} ", StringComparison.Ordinal);
}

using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>
/// How far a vote for one value of a question also supports another value of it, from 0 (not at all) to 1 (fully):
/// TruthFinder's implication between values. <see cref="TruthDiscovery"/> adds to each value's votes
/// <see cref="TruthDiscoveryOptions.SimilarityWeight"/> times this support from every other value's.
/// </summary>
/// <remarks>
/// <para>Support is read one way, from the value given to the value supported, and need not be symmetric: a report
/// that something happened in a village supports the report that it happened in the district around it, not the
/// other way round. Implementations must return a number from 0 to 1, be deterministic, and be safe to call from
/// several threads.</para>
/// <para>Whatever the similarity, values that take one another in (a village and its district, a ministry and its
/// state, by <see cref="Place.Parent"/> and <see cref="Source.Party"/>) are never counted against one another: they
/// are one account, as the contradiction engine reads them.</para>
/// </remarks>
public abstract class ValueSimilarity
{
    /// <summary>
    /// Gets the similarity of the ledger's own structure: a value supports fully every value that takes it in (a
    /// place within a place, at any depth; a source and the party it belongs to), and nothing else.
    /// </summary>
    public static ValueSimilarity Containment { get; } = new ContainmentSimilarity();

    /// <summary>
    /// Gets the similarity of shared words between two free-text values: the number of words (runs of letters or
    /// digits, case and accents folded) both hold, over the number either holds (Jaccard). "knuth" and "knuth donald"
    /// share half their words; "convoy 1" and "convoy 2" a third. Entity terms share no words.
    /// </summary>
    public static ValueSimilarity SharedWords { get; } = new SharedWordsSimilarity();

    /// <summary>Gets a similarity under which no value supports another.</summary>
    public static ValueSimilarity None { get; } = new NoSimilarity();

    /// <summary>
    /// Gets the default: the greater of <see cref="Containment"/> and <see cref="SharedWords"/>, so places within
    /// places and near-identical wordings of a free-text value support one another.
    /// </summary>
    public static ValueSimilarity Default { get; } = Greatest(Containment, SharedWords);

    /// <summary>Gets how far a vote for one value supports another value of the same question.</summary>
    /// <param name="given">The value a source gave.</param>
    /// <param name="other">Another value of the question.</param>
    /// <param name="ledger">The ledger, for its places, sources and parties.</param>
    /// <returns>The support, from 0 to 1.</returns>
    public abstract double Support(Term given, Term other, Ledger ledger);

    /// <summary>Combines similarities: the support is the greatest any of them gives.</summary>
    /// <param name="similarities">The similarities.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="similarities"/> or one of them is null.</exception>
    public static ValueSimilarity Greatest(params IEnumerable<ValueSimilarity> similarities)
    {
        ValueSimilarity[] all = [.. Preconditions.CheckNotNull(similarities)];
        foreach (ValueSimilarity s in all)
        {
            Preconditions.CheckNotNull(s, nameof(similarities));
        }

        return new GreatestSimilarity(all);
    }

    /// <summary>Makes a similarity from a function, such as one that compares author lists.</summary>
    /// <param name="support">The support of the first value for the second, from 0 to 1.</param>
    /// <returns>The similarity; a result outside 0 to 1 is clamped, and NaN counts as 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is null.</exception>
    public static ValueSimilarity From(Func<Term, Term, double> support) => new FunctionSimilarity(Preconditions.CheckNotNull(support));

    /// <summary>The support clamped to 0-1, with NaN as 0, so a user's similarity cannot break the estimate.</summary>
    internal static double Checked(double support) => double.IsNaN(support) ? 0 : Math.Clamp(support, 0, 1);

    private sealed class ContainmentSimilarity : ValueSimilarity
    {
        public override double Support(Term given, Term other, Ledger ledger) =>
            Preconditions.CheckNotNull(ledger).State.Covers(Preconditions.CheckNotNull(other), Preconditions.CheckNotNull(given)) ? 1 : 0;
    }

    private sealed class SharedWordsSimilarity : ValueSimilarity
    {
        public override double Support(Term given, Term other, Ledger ledger)
        {
            Preconditions.CheckNotNull(given);
            Preconditions.CheckNotNull(other);
            if (given.Kind != TermKind.Text || other.Kind != TermKind.Text)
            {
                return 0;
            }

            HashSet<string> a = Words(given.Value);
            HashSet<string> b = Words(other.Value);
            int shared = a.Count(b.Contains);
            int either = a.Count + b.Count - shared;
            return either == 0 ? 0 : (double)shared / either;
        }

        private static HashSet<string> Words(string text)
        {
            string folded = Unaccented(text).ToLowerInvariant();
            var words = new HashSet<string>(StringComparer.Ordinal);
            int start = -1;
            for (int i = 0; i <= folded.Length; i++)
            {
                bool word = i < folded.Length && char.IsLetterOrDigit(folded[i]);
                if (word && start < 0)
                {
                    start = i;
                }
                else if (!word && start >= 0)
                {
                    words.Add(folded[start..i]);
                    start = -1;
                }
            }

            return words;
        }
    }

    private static string Unaccented(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        foreach (char c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }

    private sealed class NoSimilarity : ValueSimilarity
    {
        public override double Support(Term given, Term other, Ledger ledger) => 0;
    }

    private sealed class GreatestSimilarity(ValueSimilarity[] all) : ValueSimilarity
    {
        public override double Support(Term given, Term other, Ledger ledger) =>
            all.Length == 0 ? 0 : all.Max(s => Checked(s.Support(given, other, ledger)));
    }

    private sealed class FunctionSimilarity(Func<Term, Term, double> support) : ValueSimilarity
    {
        public override double Support(Term given, Term other, Ledger ledger) => Checked(support(given, other));
    }
}

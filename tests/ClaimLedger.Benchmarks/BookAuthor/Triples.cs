namespace ClaimLedger.Benchmarks.BookAuthor;

/// <summary>
/// The claims of a one-value ledger as plain (source, subject, value) rows, read back from the ledger so that every
/// baseline sees exactly the claims <see cref="Credibility.TruthDiscovery"/> sees.
/// </summary>
public sealed class Triples
{
    /// <summary>Reads the affirming claims of a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    public Triples(Ledger ledger)
    {
        var sources = new Dictionary<SourceId, int>();
        var subjects = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new Dictionary<(int, string), int>();
        var source = new List<int>();
        var value = new List<int>();
        var subjectOfValue = new List<int>();
        var names = new List<string>();
        var subjectNames = new List<string>();
        foreach (Claim claim in ledger.Claims.Where(c => c.Stance == Stance.Affirms && c.Proposition.Object is not null))
        {
            if (!sources.TryGetValue(claim.Speaker, out int s))
            {
                sources[claim.Speaker] = s = sources.Count;
            }

            if (!subjects.TryGetValue(claim.Proposition.Subject.Value, out int o))
            {
                subjects[claim.Proposition.Subject.Value] = o = subjects.Count;
                subjectNames.Add(claim.Proposition.Subject.Value);
            }

            string text = claim.Proposition.Object!.Value;
            if (!values.TryGetValue((o, text), out int v))
            {
                values[(o, text)] = v = names.Count;
                names.Add(text);
                subjectOfValue.Add(o);
            }

            source.Add(s);
            value.Add(v);
        }

        Sources = sources.Count;
        Source = [.. source];
        Value = [.. value];
        SubjectOf = [.. subjectOfValue];
        ValueText = [.. names];
        SubjectText = [.. subjectNames];
    }

    /// <summary>Gets the number of sources.</summary>
    public int Sources { get; }

    /// <summary>Gets each claim's source.</summary>
    public int[] Source { get; }

    /// <summary>Gets each claim's value (distinct per subject).</summary>
    public int[] Value { get; }

    /// <summary>Gets each value's subject.</summary>
    public int[] SubjectOf { get; }

    /// <summary>Gets each value's text.</summary>
    public string[] ValueText { get; }

    /// <summary>Gets each subject's text.</summary>
    public string[] SubjectText { get; }

    /// <summary>Picks, for each subject, the value with the highest score (ties: the lesser text, ordinally).</summary>
    /// <param name="score">A score per value.</param>
    /// <returns>Subject text to the chosen value's text.</returns>
    public Dictionary<string, string> Pick(double[] score)
    {
        var best = new Dictionary<int, int>();
        for (int v = 0; v < ValueText.Length; v++)
        {
            int o = SubjectOf[v];
            if (!best.TryGetValue(o, out int b) || score[v] > score[b] || (score[v] == score[b] && string.CompareOrdinal(ValueText[v], ValueText[b]) < 0))
            {
                best[o] = v;
            }
        }

        return best.ToDictionary(x => SubjectText[x.Key], x => ValueText[x.Value]);
    }
}

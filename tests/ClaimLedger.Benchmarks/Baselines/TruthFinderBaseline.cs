using ClaimLedger.Benchmarks.BookAuthor;

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// TruthFinder (Yin, Han and Yu, "Truth Discovery with Multiple Conflicting Information Providers on the Web", KDD
/// 2007), with the paper's settings: initial trust 0.9, dampening γ 0.3, implication weight ρ 0.5, base similarity 0.5,
/// run until the trust vector's cosine change is below 0.001. The implication between two author lists is the share of
/// the second list's authors the first also names, less the base similarity, as the paper does for its book data.
/// </summary>
public static class TruthFinderBaseline
{
    /// <summary>Picks a value for each subject.</summary>
    /// <param name="t">The claims.</param>
    /// <returns>Subject to value.</returns>
    public static Dictionary<string, string> Run(Triples t)
    {
        const double Gamma = 0.3, Rho = 0.5, BaseSim = 0.5;
        var bySubject = Enumerable.Range(0, t.ValueText.Length).GroupBy(v => t.SubjectOf[v]).Select(g => g.ToArray()).ToArray();
        HashSet<string>[] authors = [.. t.ValueText.Select(v => v.Split("; ").ToHashSet(StringComparer.Ordinal))];
        var implied = new List<(int From, double Imp)>[t.ValueText.Length];
        foreach (int[] values in bySubject)
        {
            foreach (int f in values)
            {
                implied[f] = [];
                foreach (int g in values.Where(g => g != f))
                {
                    double imp = (double)authors[g].Count(authors[f].Contains) / authors[f].Count - BaseSim;
                    implied[f].Add((g, imp));
                }
            }
        }

        double[] trust = [.. Enumerable.Repeat(0.9, t.Sources)];
        double[] sigma = new double[t.ValueText.Length];
        double[] confidence = new double[t.ValueText.Length];
        for (int round = 0; round < 100; round++)
        {
            Array.Clear(sigma);
            for (int c = 0; c < t.Source.Length; c++)
            {
                sigma[t.Value[c]] += -Math.Log(Math.Max(1e-9, 1 - trust[t.Source[c]]));
            }

            for (int f = 0; f < sigma.Length; f++)
            {
                double adjusted = sigma[f] + (Rho * implied[f].Sum(x => sigma[x.From] * x.Imp));
                confidence[f] = 1 / (1 + Math.Exp(-Gamma * adjusted));
            }

            double[] sum = new double[t.Sources];
            int[] count = new int[t.Sources];
            for (int c = 0; c < t.Source.Length; c++)
            {
                sum[t.Source[c]] += confidence[t.Value[c]];
                count[t.Source[c]]++;
            }

            double[] next = [.. sum.Select((s, i) => s / count[i])];
            double dot = 0, a = 0, b = 0;
            for (int i = 0; i < next.Length; i++)
            {
                dot += next[i] * trust[i];
                a += next[i] * next[i];
                b += trust[i] * trust[i];
            }

            trust = next;
            if (1 - (dot / Math.Sqrt(a * b)) < 0.001)
            {
                break;
            }
        }

        return t.Pick(confidence);
    }
}

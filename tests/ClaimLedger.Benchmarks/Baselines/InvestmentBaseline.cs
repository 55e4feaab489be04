using ClaimLedger.Benchmarks.BookAuthor;

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// Investment (Pasternack and Roth, "Knowing What to Believe (when you already know something)", COLING 2010): each
/// source invests its trust evenly in its claims; a value's belief is the investment it gathered raised to g = 1.2;
/// a source's trust is its share of the beliefs of the values it invested in, in proportion to its investment.
/// Trust starts at 1 and the run takes the paper's 10 rounds, normalising trust to a maximum of 1 each round.
/// </summary>
public static class InvestmentBaseline
{
    /// <summary>Picks a value for each subject.</summary>
    /// <param name="t">The claims.</param>
    /// <returns>Subject to value.</returns>
    public static Dictionary<string, string> Run(Triples t)
    {
        const double G = 1.2;
        int[] claims = new int[t.Sources];
        foreach (int s in t.Source)
        {
            claims[s]++;
        }

        double[] trust = [.. Enumerable.Repeat(1.0, t.Sources)];
        double[] invested = new double[t.ValueText.Length];
        double[] belief = new double[t.ValueText.Length];
        for (int round = 0; round < 10; round++)
        {
            Array.Clear(invested);
            for (int c = 0; c < t.Source.Length; c++)
            {
                invested[t.Value[c]] += trust[t.Source[c]] / claims[t.Source[c]];
            }

            for (int v = 0; v < belief.Length; v++)
            {
                belief[v] = Math.Pow(invested[v], G);
            }

            double[] next = new double[t.Sources];
            for (int c = 0; c < t.Source.Length; c++)
            {
                int s = t.Source[c], v = t.Value[c];
                next[s] += belief[v] * (trust[s] / claims[s]) / invested[v];
            }

            double max = next.Max();
            trust = [.. next.Select(x => x / max)];
        }

        return t.Pick(belief);
    }
}

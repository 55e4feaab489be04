using ClaimLedger.Benchmarks.BookAuthor;

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>Majority vote: for each subject, the value most sources give (ties: the lesser text).</summary>
public static class MajorityVote
{
    /// <summary>Picks a value for each subject.</summary>
    /// <param name="t">The claims.</param>
    /// <returns>Subject to value.</returns>
    public static Dictionary<string, string> Run(Triples t)
    {
        double[] votes = new double[t.ValueText.Length];
        foreach (int v in t.Value)
        {
            votes[v]++;
        }

        return t.Pick(votes);
    }
}

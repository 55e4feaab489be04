using ClaimLedger.Internal;
using System.Text;

namespace ClaimLedger.Credibility;

/// <summary>
/// A source's estimated reliability from <see cref="TruthDiscovery"/>, with the prior it started from and every
/// answer that moved it.
/// </summary>
/// <remarks>Two scores are equal when every property is equal, collections compared by reference.</remarks>
public sealed record SourceScore
{
    internal SourceScore(SourceId source, string name, ReliabilityGrade? grade, double prior, double score, ImmutableArray<ScoreContribution> contributions)
    {
        Source = source;
        Name = name;
        AnalystGrade = grade;
        Prior = prior;
        Score = score;
        Contributions = contributions;
    }

    /// <summary>Gets the source.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the source's name.</summary>
    public string Name { get; }

    /// <summary>Gets the analyst's grade, or null when the source is not graded.</summary>
    public ReliabilityGrade? AnalystGrade { get; }

    /// <summary>Gets the prior: the reliability the analyst's grade stands for (<see cref="TruthDiscoveryOptions.PriorFor"/>).</summary>
    public double Prior { get; }

    /// <summary>Gets the estimated reliability, between 0 and 1: the prior moved by the source's agreement with independent others.</summary>
    public double Score { get; }

    /// <summary>Gets the answers that moved the score, the largest effect first; empty when nobody else spoke to what the source said.</summary>
    public ImmutableArray<ScoreContribution> Contributions { get; }

    /// <summary>Explains the score in words: the prior and each answer that moved it.</summary>
    /// <returns>Text such as "Russian Ministry of Defence: 0.31 (prior 0.5, not graded); ...".</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append($"{Name}: {IndependenceAnalyzer.Format(Score)} (prior {IndependenceAnalyzer.Format(Prior)}, {(AnalystGrade is { } g ? $"graded {g}" : "not graded")})");
        if (Contributions.IsEmpty)
        {
            return text.Append("; no other source speaks to what it said, so only the prior counts.").ToString();
        }

        foreach (ScoreContribution c in Contributions)
        {
            string claims = string.Join(", ", c.Claims.Select(id => $"'{id}'"));
            text.Append($"; {(c.Stance == Stance.Affirms ? "affirmed" : "denied")} {c.Proposition} ({claims}): others agree {IndependenceAnalyzer.Format(c.Agreement)}, effect {c.Effect:+0.###;-0.###;0}");
        }

        return text.Append('.').ToString();
    }

    /// <summary>Returns the name and the score.</summary>
    /// <returns>Text such as "Russian Ministry of Defence: 0.31".</returns>
    public override string ToString() => $"{Name}: {IndependenceAnalyzer.Format(Score)}";

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(SourceScore? other) =>
        other is not null && Equals(Source, other.Source) && Equals(Name, other.Name) && Equals(AnalystGrade, other.AnalystGrade) && Equals(Prior, other.Prior) && Equals(Score, other.Score) && Equality.Sequence(Contributions, other.Contributions);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Source);
        hash.Add(Name);
        hash.Add(AnalystGrade);
        hash.Add(Prior);
        hash.Add(Score);
        hash.Add(Equality.Hash(Contributions));
        return hash.ToHashCode();
    }
}

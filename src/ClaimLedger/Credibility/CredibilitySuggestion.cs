using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>
/// A credibility grade (Admiralty 1-6) the library suggests for a claim from independent corroboration, with the
/// reasons in words. A suggestion for an analyst to accept or overrule, never a grade set on the claim.
/// </summary>
/// <remarks>Made by <see cref="IndependenceAnalyzer.SuggestCredibility"/>. Two suggestions are equal when every property is equal.</remarks>
public sealed record CredibilitySuggestion
{
    internal CredibilitySuggestion(ClaimId claim, CredibilityGrade grade, CredibilityGrade? analystGrade, ImmutableArray<string> reasons, Corroboration corroboration)
    {
        Claim = claim;
        Grade = grade;
        AnalystGrade = analystGrade;
        Reasons = reasons;
        Corroboration = corroboration;
    }

    /// <summary>Gets the claim the suggestion is for.</summary>
    public ClaimId Claim { get; }

    /// <summary>Gets the suggested grade.</summary>
    public CredibilityGrade Grade { get; }

    /// <summary>Gets the grade the analyst set on the claim, or null when none was set.</summary>
    public CredibilityGrade? AnalystGrade { get; }

    /// <summary>Gets whether the analyst set a grade that differs from the suggestion, which is worth a second look.</summary>
    public bool DiffersFromAnalyst => AnalystGrade is { } set && set != Grade;

    /// <summary>Gets why the grade was suggested, one sentence each.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <summary>Gets the corroboration the suggestion was drawn from.</summary>
    public Corroboration Corroboration { get; }

    /// <summary>Returns the grade and the reasons.</summary>
    /// <returns>Text such as "2 (ProbablyTrue): Confirmed by ...".</returns>
    public override string ToString() => $"{(int)Grade} ({Grade}): {string.Join(" ", Reasons)}";

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(CredibilitySuggestion? other) =>
        other is not null && Equals(Claim, other.Claim) && Equals(Grade, other.Grade) && Equals(AnalystGrade, other.AnalystGrade) && Equals(Corroboration, other.Corroboration) && Equality.Sequence(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Claim);
        hash.Add(Grade);
        hash.Add(AnalystGrade);
        hash.Add(Corroboration);
        hash.Add(Equality.Hash(Reasons));
        return hash.ToHashCode();
    }
}

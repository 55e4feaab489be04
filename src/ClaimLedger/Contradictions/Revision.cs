namespace ClaimLedger.Contradictions;

/// <summary>
/// One speaker's figures for one measure, said one after another: a count being corrected ("1, then 4, then 9
/// wounded"), not a contradiction. The last figure stands; the earlier ones are superseded, and meet only the figures
/// other speakers gave before they were (unless <see cref="ContradictionOptions.KeepSuperseded"/> is set).
/// </summary>
/// <remarks>Two revisions are equal when they have the same speaker, measure and claims.</remarks>
public sealed class Revision : IEquatable<Revision>
{
    internal Revision(SourceId speaker, string measure, ImmutableArray<Claim> figures, string explanation)
    {
        Speaker = speaker;
        Measure = measure;
        Figures = figures;
        Explanation = explanation;
    }

    /// <summary>Gets the speaker who revised the figure.</summary>
    public SourceId Speaker { get; }

    /// <summary>Gets the measure in words, such as "the explosion killed people in al-Ahli Arab Hospital".</summary>
    public string Measure { get; }

    /// <summary>Gets the claims that give the figures, in the order they were said: the last one stands.</summary>
    public ImmutableArray<Claim> Figures { get; }

    /// <summary>Gets the claim whose figure stands.</summary>
    public Claim Current => Figures[^1];

    /// <summary>Gets the revision in words, with every figure and when it was said.</summary>
    public string Explanation { get; }

    /// <inheritdoc />
    public bool Equals(Revision? other) =>
        other is not null && Speaker == other.Speaker && Measure == other.Measure && Figures.Select(c => c.Id).SequenceEqual(other.Figures.Select(c => c.Id));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Revision);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Speaker, Measure, Figures.Length > 0 ? Figures[0].Id : default);

    /// <summary>Returns the explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}

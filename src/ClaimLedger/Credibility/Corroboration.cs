namespace ClaimLedger.Credibility;

/// <summary>
/// Who affirms and who denies a proposition, counting independent voices rather than claims: a speaker relayed by
/// many outlets is one voice, and agreement across opposing sides weighs more than agreement within one.
/// </summary>
/// <remarks>Made by <see cref="IndependenceAnalyzer"/>. Two corroborations are equal when every property is equal.</remarks>
public sealed record Corroboration
{
    internal Corroboration(Proposition proposition, StanceSupport affirming, StanceSupport denying, string description)
    {
        Proposition = proposition;
        Affirming = affirming;
        Denying = denying;
        Description = description;
    }

    /// <summary>Gets the proposition, with the time the votes were gathered for (null: any time).</summary>
    public Proposition Proposition { get; }

    /// <summary>Gets the voices that affirm the proposition, directly or by implication.</summary>
    public StanceSupport Affirming { get; }

    /// <summary>Gets the voices that deny the proposition, directly or by implication.</summary>
    public StanceSupport Denying { get; }

    /// <summary>Gets whether some voice affirms and some voice denies the proposition.</summary>
    public bool IsContested => Affirming.Count > 0 && Denying.Count > 0;

    /// <summary>Gets the stance with the greater weight, or null when the weights are equal.</summary>
    public Stance? Favoured => Affirming.Weight > Denying.Weight ? Stance.Affirms : Denying.Weight > Affirming.Weight ? Stance.Denies : null;

    /// <summary>Gets the summary in words, as <see cref="ToString"/> returns it.</summary>
    public string Description { get; }

    /// <summary>Gets the support for one stance.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns><see cref="Affirming"/> or <see cref="Denying"/>.</returns>
    public StanceSupport For(Stance stance) => stance == Stance.Affirms ? Affirming : Denying;

    /// <summary>Returns the summary in words.</summary>
    /// <returns>
    /// Text such as "Azerbaijan withdrew from Parukh: affirmed by 1 independent voice (Russia), weight 1; denied by 2
    /// independent voices (Artsakh, Azerbaijan) across opposing sides, weight 2".
    /// </returns>
    public override string ToString() => Description;
}

namespace ClaimLedger.Contradictions;

/// <summary>
/// A claim as the engine compares it: its proposition (or a proposition its predicate entails), its stance and the
/// time it is about. A claim that "Azerbaijani forces withdrew from Parukh" is also, through the declared entailment,
/// a statement that Azerbaijan did not control Parukh.
/// </summary>
public sealed record Statement
{
    internal Statement(Claim claim, Proposition proposition, Stance stance, FuzzyDate? time, Entailment? via)
    {
        Claim = claim;
        Proposition = proposition;
        Stance = stance;
        Time = time;
        Via = via;
    }

    /// <summary>Gets the claim the statement comes from.</summary>
    public Claim Claim { get; }

    /// <summary>Gets the proposition compared: the claim's own, or the entailed one.</summary>
    public Proposition Proposition { get; }

    /// <summary>Gets whether the proposition is affirmed or denied.</summary>
    public Stance Stance { get; }

    /// <summary>Gets the time the proposition is about (its own, or its incident's), or null when unknown.</summary>
    public FuzzyDate? Time { get; }

    /// <summary>Gets the entailment the statement was derived through, or null when it is the claim's own proposition.</summary>
    public Entailment? Via { get; }

    /// <summary>
    /// Gets the withdrawal this statement stands for, or null: a withdrawn claim's statement taken back, with the
    /// opposite stance, by whoever withdrew it; or, in a retraction, a claim that carried the withdrawal (an editors'
    /// note stated after the withdrawn statement), in its own proposition.
    /// </summary>
    public Withdrawal? Withdrawal { get; init; }

    /// <summary>Gets whether the statement was derived through an entailment.</summary>
    public bool IsDerived => Via is not null;

    /// <summary>Gets whether the statement is a withdrawal (<see cref="Withdrawal"/> is set).</summary>
    public bool IsWithdrawal => Withdrawal is not null;
}

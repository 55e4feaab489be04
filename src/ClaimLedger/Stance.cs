namespace ClaimLedger;

/// <summary>Whether a claim asserts its proposition or denies it.</summary>
public enum Stance
{
    /// <summary>The speaker says the proposition is true.</summary>
    Affirms = 0,

    /// <summary>The speaker says the proposition is false ("denied withdrawing", "refuted that...").</summary>
    Denies,
}

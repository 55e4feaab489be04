namespace ClaimLedger.Sample.Views;

/// <summary>Puts a claim's proposition into words with the ledger's names: "Azerbaijan withdrew from Parukh (27 March 2022)".</summary>
internal sealed class Phrases(Ledger ledger)
{
    /// <summary>Gets the ledger's name for a term, or its id when the ledger does not know it.</summary>
    public string Name(Term term) => ledger.NameOf(term);

    /// <summary>Gets the proposition in words, with its time in brackets, prefixed "not:" when the claim denies it.</summary>
    public string Says(Claim claim)
    {
        Proposition p = claim.Proposition;
        string text = ledger.Describe(p with { Time = null }) + (p.Time is { } time ? $" ({time})" : string.Empty);
        return claim.Stance == Stance.Denies ? $"not: {text}" : text;
    }
}

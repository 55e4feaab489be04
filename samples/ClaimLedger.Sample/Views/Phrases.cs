namespace ClaimLedger.Sample.Views;

/// <summary>Puts terms and claims into words with the ledger's names, in the library's wording.</summary>
internal sealed class Phrases(Ledger ledger)
{
    /// <summary>Gets the ledger's name for a term, or its id when the ledger does not know it.</summary>
    public string Name(Term term) => ledger.NameOf(term);

    /// <summary>Gets what a claim states: "Azerbaijan withdrew from Parukh (27 March 2022)", after "not: " for a denial (<see cref="Ledger.Describe(Claim)"/>).</summary>
    public string Says(Claim claim) => ledger.Describe(claim);
}

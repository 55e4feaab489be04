namespace ClaimLedger;

/// <summary>How firmly a statement makes its proposition; the contradiction engine weighs a finding by it.</summary>
public enum ClaimModality
{
    /// <summary>Said as a fact.</summary>
    Firm = 0,

    /// <summary>Said with a hedge: "reportedly", "apparently", "it appears". A contradiction it takes part in is tentative.</summary>
    Hedged,

    /// <summary>
    /// Said on a condition or as a possibility only: "if it is established, those responsible will be destroyed",
    /// "a missile has not been ruled out". It asserts neither its proposition nor its denial, so it takes no side in a
    /// contradiction.
    /// </summary>
    Conditional,

    /// <summary>
    /// About an attempt: "tried to advance". It says the subject tried, not that it did, so it is compared only with
    /// other statements about the attempt and entails nothing.
    /// </summary>
    Attempted,
}

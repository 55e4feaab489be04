namespace ClaimLedger;

/// <summary>How firmly a statement makes its proposition; the contradiction engine weighs a finding by it.</summary>
public enum ClaimModality
{
    /// <summary>Said as a fact.</summary>
    Firm = 0,

    /// <summary>Said with a hedge: "reportedly", "apparently", "it appears". A contradiction it takes part in is tentative.</summary>
    Hedged,

    /// <summary>Said on a condition: "if the missile was of that type, it came from ...". A contradiction it takes part in is tentative.</summary>
    Conditional,

    /// <summary>
    /// About an attempt: "tried to advance". It says the subject tried, not that it did, so it is compared only with
    /// other statements about the attempt and entails nothing.
    /// </summary>
    Attempted,
}

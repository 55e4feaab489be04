namespace ClaimLedger.Credibility;

/// <summary>The reliability of a source in the Admiralty (NATO) system, A to F, as an analyst grades it.</summary>
public enum ReliabilityGrade
{
    /// <summary>A: completely reliable.</summary>
    A = 1,

    /// <summary>B: usually reliable.</summary>
    B,

    /// <summary>C: fairly reliable.</summary>
    C,

    /// <summary>D: not usually reliable.</summary>
    D,

    /// <summary>E: unreliable.</summary>
    E,

    /// <summary>F: reliability cannot be judged.</summary>
    F,
}

namespace ClaimLedger.Credibility;

/// <summary>The credibility of an item of information in the Admiralty (NATO) system, 1 to 6.</summary>
public enum CredibilityGrade
{
    /// <summary>1: confirmed by other independent sources.</summary>
    Confirmed = 1,

    /// <summary>2: probably true.</summary>
    ProbablyTrue = 2,

    /// <summary>3: possibly true.</summary>
    PossiblyTrue = 3,

    /// <summary>4: doubtful.</summary>
    Doubtful = 4,

    /// <summary>5: improbable.</summary>
    Improbable = 5,

    /// <summary>6: truth cannot be judged.</summary>
    CannotBeJudged = 6,
}

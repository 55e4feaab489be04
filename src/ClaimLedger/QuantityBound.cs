namespace ClaimLedger;

/// <summary>How a <see cref="Quantity"/> bounds the number a source gave.</summary>
/// <remarks>See <see cref="Quantity.ToInterval"/> for the interval of numbers each bound stands for.</remarks>
public enum QuantityBound
{
    /// <summary>Exactly the number: "1,960", "a total of 60".</summary>
    Exact = 0,

    /// <summary>Roughly the number, within <see cref="QuantityOptions.AboutTolerance"/>: "approximately 2,000".</summary>
    About = 1,

    /// <summary>The number or more: "at least three".</summary>
    AtLeast = 2,

    /// <summary>Strictly more than the number: "over 100".</summary>
    MoreThan = 3,

    /// <summary>The number or fewer: "up to 50".</summary>
    AtMost = 4,

    /// <summary>Strictly fewer than the number: "fewer than 10".</summary>
    FewerThan = 5,

    /// <summary>Just short of the number, within <see cref="QuantityOptions.NearlyTolerance"/>: "nearly 400".</summary>
    Nearly = 6,

    /// <summary>An inclusive range: "between 10 and 20", "10–20".</summary>
    Between = 7,

    /// <summary>A wording with no number, read as a documented range: "several dozen".</summary>
    Vague = 8,
}

namespace ClaimLedger;

/// <summary>Whether claims with a predicate carry a <see cref="Quantity"/>.</summary>
public enum QuantityUse
{
    /// <summary>The predicate takes no quantity; a claim that gives one is invalid.</summary>
    None = 0,

    /// <summary>A claim may give a quantity ("killed", "deployed").</summary>
    Optional,

    /// <summary>Every claim must give a quantity.</summary>
    Required,
}

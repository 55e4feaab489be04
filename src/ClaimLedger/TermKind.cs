namespace ClaimLedger;

/// <summary>What a <see cref="Term"/> in a proposition refers to.</summary>
public enum TermKind
{
    /// <summary>Free words that are not an entity of the ledger.</summary>
    Text = 0,

    /// <summary>A party of the ledger.</summary>
    Party,

    /// <summary>A place of the ledger.</summary>
    Place,

    /// <summary>A source of the ledger acting as an actor, such as a peacekeeping contingent.</summary>
    Source,

    /// <summary>An incident of the ledger, as the thing that was started or characterised.</summary>
    Incident,
}

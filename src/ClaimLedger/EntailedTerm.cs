namespace ClaimLedger;

/// <summary>Which term of an entailing proposition fills a place of the entailed one (see <see cref="Entailment"/>).</summary>
public enum EntailedTerm
{
    /// <summary>The entailing proposition's subject.</summary>
    Subject = 0,

    /// <summary>The entailing proposition's object.</summary>
    Object,

    /// <summary>No term: the entailed proposition has no object.</summary>
    Nothing,

    /// <summary>
    /// The side the entailing proposition's object belongs to: the object itself when it is a party, else the one
    /// party of the ledger whose name or alias a description names ("Indian aircraft", "soldiers of Armenia"). An
    /// entailment through it does not apply when the object names no party, or more than one.
    /// </summary>
    ObjectOwner,
}

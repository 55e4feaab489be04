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
}

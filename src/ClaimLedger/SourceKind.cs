namespace ClaimLedger;

/// <summary>What kind of speaker or outlet a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>Not known, or an unnamed report ("it has been reported").</summary>
    Unknown = 0,

    /// <summary>A government, ministry (other than defence) or head of state or government.</summary>
    Government,

    /// <summary>A defence ministry, armed force or military command.</summary>
    Military,

    /// <summary>A state-owned or state-controlled outlet, such as TASS.</summary>
    StateMedia,

    /// <summary>An outlet independent of the parties, such as Reuters.</summary>
    IndependentMedia,

    /// <summary>An outlet aligned with a party without being owned by the state, such as a pro-government newspaper.</summary>
    PartisanMedia,

    /// <summary>A parliament, one of its committees or delegations, or a legislator.</summary>
    Legislature,

    /// <summary>An international organisation or one of its bodies.</summary>
    InternationalBody,

    /// <summary>A non-governmental organisation or think tank.</summary>
    Ngo,

    /// <summary>A political party.</summary>
    PoliticalParty,

    /// <summary>A named person speaking for themselves.</summary>
    Individual,

    /// <summary>A collective or loosely defined speaker, such as "Azerbaijani sources" or "the Armenian media".</summary>
    Collective,

    /// <summary>A reference work or document speaking in its own voice, such as an encyclopaedia article.</summary>
    Reference,

    /// <summary>Any other kind.</summary>
    Other,
}

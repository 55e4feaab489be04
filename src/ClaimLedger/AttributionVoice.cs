namespace ClaimLedger;

/// <summary>Whether a statement is attributed to a speaker, or made by the document in its own voice.</summary>
public enum AttributionVoice
{
    /// <summary>The document reports what a speaker said ("the Russian Ministry of Defence reported...").</summary>
    Attributed = 0,

    /// <summary>
    /// The document states it itself, with no attribution; the speaker is then the document's own source
    /// (a source of kind <see cref="SourceKind.Reference"/>).
    /// </summary>
    OwnVoice,
}

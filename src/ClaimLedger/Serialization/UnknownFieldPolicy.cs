namespace ClaimLedger.Serialization;

/// <summary>What loading does with a property the file format does not define.</summary>
public enum UnknownFieldPolicy
{
    /// <summary>Report it as a problem (code <c>unknown-field</c>), so that a misspelt field is never silently dropped. The default.</summary>
    Error = 0,

    /// <summary>Skip it and its value.</summary>
    Ignore,
}

namespace ClaimLedger.Serialization;

/// <summary>The tokens of <see cref="StrictJsonReader"/>.</summary>
internal enum JsonTokenKind
{
    /// <summary>Nothing read yet, or the end of the text.</summary>
    None,

    /// <summary>An opening brace.</summary>
    StartObject,

    /// <summary>A closing brace.</summary>
    EndObject,

    /// <summary>An opening bracket.</summary>
    StartArray,

    /// <summary>A closing bracket.</summary>
    EndArray,

    /// <summary>A property name and its colon.</summary>
    PropertyName,

    /// <summary>A string value.</summary>
    String,

    /// <summary>A number, kept as written.</summary>
    Number,

    /// <summary>The literal <c>true</c>.</summary>
    True,

    /// <summary>The literal <c>false</c>.</summary>
    False,

    /// <summary>The literal <c>null</c>.</summary>
    Null,
}

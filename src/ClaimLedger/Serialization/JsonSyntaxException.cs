namespace ClaimLedger.Serialization;

/// <summary>Thrown by <see cref="StrictJsonReader"/> where the text stops being strict JSON or crosses a limit.</summary>
internal sealed class JsonSyntaxException(string path, string code, string message, int line, int position) : Exception(message)
{
    /// <summary>Gets the JSON path where reading stopped.</summary>
    internal string Path { get; } = path;

    /// <summary>Gets the error code: <c>syntax</c>, or <c>limit-exceeded</c>.</summary>
    internal string Code { get; } = code;

    /// <summary>Gets the 1-based line.</summary>
    internal int Line { get; } = line;

    /// <summary>Gets the 1-based position in the line.</summary>
    internal int Position { get; } = position;
}

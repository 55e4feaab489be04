namespace ClaimLedger.Validation;

/// <summary>One thing wrong with data brought to a ledger: where it is, a stable code, a message and the offending value.</summary>
/// <param name="Path">Where the problem is, such as <c>claims[3].attribution.speaker</c>; in a file, the JSON path.</param>
/// <param name="Code">A stable error code from <see cref="ErrorCodes"/>, such as <c>unknown-reference</c>.</param>
/// <param name="Message">What is wrong and what was expected, in words.</param>
/// <param name="AttemptedValue">The offending value as text, or null.</param>
/// <remarks><see cref="Line"/> and <see cref="Position"/> are set when the data came from a file.</remarks>
public sealed record ValidationProblem(string Path, string Code, string Message, string? AttemptedValue = null)
{
    /// <summary>Gets where the problem is.</summary>
    public string Path { get; init; } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>Gets the stable error code.</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>Gets what is wrong, in words.</summary>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>Gets the 1-based line in the source file, or null when not from a file.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the 1-based character position in the line, or null when not from a file.</summary>
    public int? Position { get; init; }

    /// <summary>Returns the problem on one line: path, location, message and code.</summary>
    /// <returns>Text such as "claims[3].attribution.speaker: no source 'ru-mdo' is defined [unknown-reference]".</returns>
    public override string ToString()
    {
        string where = Line is null ? Path : $"{Path} (line {Line}, position {Position})";
        return $"{where}: {Message} [{Code}]";
    }
}

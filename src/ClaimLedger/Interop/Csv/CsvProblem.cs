namespace ClaimLedger.Interop.Csv;

/// <summary>One problem in a CSV file: the file, the row (as a spreadsheet numbers it: the header is row 1), the column, the offending value and what is wrong.</summary>
/// <param name="File">The file's name, as its <see cref="CsvInput.Name"/>.</param>
/// <param name="Row">The row, the header being row 1; 0 for a problem of the whole file.</param>
/// <param name="Column">The column's name, or null for a problem of the whole row or file.</param>
/// <param name="Code">A stable code from <see cref="Validation.ErrorCodes"/>.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Value">The offending value (bounded), or null.</param>
/// <remarks>Two problems are equal when every property is equal.</remarks>
public sealed record CsvProblem(string File, int Row, string? Column, string Code, string Message, string? Value = null)
{
    /// <summary>Gets the file's name.</summary>
    public string File { get; init; } = File ?? throw new ArgumentNullException(nameof(File));

    /// <summary>Gets the stable code.</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>Gets what is wrong, in words.</summary>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>Returns the problem on one line.</summary>
    /// <returns>Text such as "claims.csv, row 4, column stated: '30 February 2021' is not a date ... [invalid-date]".</returns>
    public override string ToString()
    {
        string where = Row == 0 ? File : Column is null ? $"{File}, row {Row}" : $"{File}, row {Row}, column {Column}";
        return $"{where}: {Message} [{Code}]";
    }
}

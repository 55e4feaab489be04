namespace ClaimLedger.Interop.Csv;

/// <summary>Thrown when CSV files cannot be imported; lists every problem of every file, and nothing was imported.</summary>
public sealed class CsvImportException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CsvImportException(IEnumerable<CsvProblem> problems)
        : this(Internal.Preconditions.CheckNotNull(problems).ToImmutableArray())
    {
    }

    private CsvImportException(ImmutableArray<CsvProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem, file by file in row order.</summary>
    public ImmutableArray<CsvProblem> Problems { get; }

    private static string Describe(ImmutableArray<CsvProblem> problems)
    {
        if (problems.IsEmpty)
        {
            throw new ArgumentException("An import exception needs at least one problem.", nameof(problems));
        }

        string header = problems.Length == 1 ? "The CSV has 1 problem:" : $"The CSV has {problems.Length} problems:";
        string more = problems.Length > ProblemsInMessage ? $"{Environment.NewLine}  ... and {problems.Length - ProblemsInMessage} more" : string.Empty;
        return header + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(ProblemsInMessage).Select(p => "  " + p)) + more;
    }
}

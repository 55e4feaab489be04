namespace ClaimLedger.Validation;

/// <summary>
/// Thrown when data brought to a ledger is invalid. It holds every problem found, not only the first; the ledger or
/// builder the data was brought to is unchanged.
/// </summary>
public sealed class LedgerValidationException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public LedgerValidationException(IEnumerable<ValidationProblem> problems)
        : this((problems ?? throw new ArgumentNullException(nameof(problems))).ToImmutableArray())
    {
    }

    private LedgerValidationException(ImmutableArray<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in the order of the data.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string Describe(ImmutableArray<ValidationProblem> problems)
    {
        if (problems.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        }

        string header = problems.Length == 1 ? "The data has 1 problem:" : $"The data has {problems.Length} problems:";
        IEnumerable<string> lines = problems.Take(ProblemsInMessage).Select(p => "  " + p);
        string more = problems.Length > ProblemsInMessage ? $"{Environment.NewLine}  ... and {problems.Length - ProblemsInMessage} more" : string.Empty;
        return header + Environment.NewLine + string.Join(Environment.NewLine, lines) + more;
    }
}

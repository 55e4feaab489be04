namespace ClaimLedger.Sample.Cli;

/// <summary>
/// A failure the user can act on: the lines to print on stderr and the exit code. Thrown by commands and caught once,
/// in <see cref="SampleApp"/>, so that no command prints its own errors or a stack trace.
/// </summary>
internal sealed class CliException : Exception
{
    private CliException(int exitCode, ImmutableArray<string> lines)
        : base(string.Join(Environment.NewLine, lines))
    {
        ExitCode = exitCode;
        Lines = lines;
    }

    /// <summary>Gets the process exit code (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; }

    /// <summary>Gets the lines to print on stderr, each complete on its own.</summary>
    public ImmutableArray<string> Lines { get; }

    /// <summary>A usage error: an unknown id, a bad combination of options.</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, [message]);

    /// <summary>A file that cannot be read or loaded.</summary>
    public static CliException CannotLoad(IEnumerable<string> lines) => new(ExitCodes.CannotLoad, [.. lines]);
}

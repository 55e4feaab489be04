namespace ClaimLedger.Sample.Cli;

/// <summary>The exit codes of the sample, documented in the README so that scripts can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary><c>validate</c> read the file and found problems in it.</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command line was wrong: an unknown command or option, a bad value, an unknown id.</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read, or is not a ledger the library can load.</summary>
    public const int CannotLoad = 3;

    /// <summary>A bug in the sample: something failed that should not. The message still goes to stderr without a stack trace.</summary>
    public const int Internal = 4;
}

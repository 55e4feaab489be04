using ClaimLedger.Data;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Sample.Cli;

/// <summary>Opens the ledger a command works on: the bundled data set, or the user's file.</summary>
internal static class LedgerLoader
{
    /// <summary>Loads the ledger named by <c>--ledger</c>, or the bundled one when none is named.</summary>
    /// <exception cref="CliException">The file cannot be read or is not a valid ledger (exit code 3).</exception>
    public static Ledger Load(string? path)
    {
        if (path is null)
        {
            return BundledLedgers.NagornoKarabakh;
        }

        (Ledger? ledger, ImmutableArray<ValidationProblem> problems) = TryLoad(path, "--ledger");
        if (ledger is not null)
        {
            return ledger;
        }

        throw CliException.CannotLoad([Messages.NotALedger(path, problems.Length), .. problems.Select(p => Messages.Problem(path, p))]);
    }

    /// <summary>Loads a file and returns its problems instead of throwing for them: what <c>validate</c> needs.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What gave the path, for the message when it is empty: "--ledger" or "validate".</param>
    /// <exception cref="CliException">The path is empty or a directory (exit code 2), or the file cannot be read at all (exit code 3).</exception>
    public static (Ledger? Ledger, ImmutableArray<ValidationProblem> Problems) TryLoad(string path, string what)
    {
        // The library refuses an empty path with an ArgumentException and a directory as access denied; both are the
        // user's mistake, so both get a usage error that says what to give instead.
        if (string.IsNullOrWhiteSpace(path))
        {
            throw CliException.Usage(Messages.EmptyPath(what));
        }

        if (Directory.Exists(path))
        {
            throw CliException.Usage(Messages.ReadDirectory(path));
        }

        try
        {
            return LedgerFile.TryLoad(path, out Ledger? ledger, out ImmutableArray<ValidationProblem> problems)
                ? (ledger, [])
                : (null, problems);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CliException.CannotLoad([Messages.NoSuchFile(path)]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.CannotLoad([Messages.CannotRead(path, ex.Message)]);
        }
    }
}

using System.Text;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// Writes a text file the way the library saves a ledger: beside the target, flushed to disk, then renamed over it, so
/// a failure part way leaves any old file whole. Errors become the messages and exit codes the other commands use.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.WriteThrough))
            using (var text = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" })
            {
                write(text);
                text.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (DirectoryNotFoundException)
        {
            throw CliException.CannotLoad([Messages.NoSuchDirectory(path)]);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw CliException.CannotLoad([Messages.NotWritable(path)]);
        }
        catch (IOException ex)
        {
            TryDelete(temp);
            throw CliException.CannotLoad([Messages.CannotWrite(path, ex.Message)]);
        }
    }

    /// <summary>Checks an output path before any work is done: not empty, not a folder.</summary>
    public static void CheckTarget(string? path, string option)
    {
        if (path is not null && string.IsNullOrWhiteSpace(path))
        {
            throw CliException.Usage(Messages.EmptyPath(option));
        }

        if (path is not null && Directory.Exists(path))
        {
            throw CliException.Usage(Messages.WriteDirectory(path));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The write already failed; a stray temporary file is the lesser problem.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

using System.Text;
using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger.Serialization;

/// <summary>
/// Loads and saves ledgers in the ClaimLedger file format: a versioned JSON document (see <c>ledger.schema.json</c>,
/// also available through <see cref="OpenSchema"/>). Loading never lets a file choose a .NET type, streams the file
/// token by token, and reports every problem at once; saving is atomic.
/// </summary>
/// <remarks>
/// <para>
/// Loading reports problems through <see cref="LedgerValidationException"/>: JSON syntax errors with their path,
/// line and position (reading stops there); everything else (wrong types, unknown fields, unreadable dates and
/// quantities, unknown references, duplicate ids) collected into one report, the semantic checks done by the same
/// validators as <see cref="LedgerBuilder"/>. A file of a newer format version is refused with a message that names
/// the version this library reads. A UTF-8 byte-order mark is accepted; invalid UTF-8 is refused.
/// </para>
/// <para>
/// A ledger file is strict JSON (RFC 8259): comments, trailing commas, single quotes, unquoted names, NaN, leading
/// zeros, characters other than JSON white space between tokens, and a name given twice in one object are each
/// refused where they are, with the path, line and position. A report lists the first 1,000 problems and closes
/// with one problem (code <see cref="ErrorCodes.TooManyProblems"/>) that counts the rest.
/// </para>
/// <para>
/// Limits (nesting depth, document size, string length) come from <see cref="LedgerFileOptions"/> and are applied
/// while reading: a string over the limit is counted, never built.
/// </para>
/// </remarks>
public static class LedgerFile
{
    /// <summary>The value of the <c>format</c> property.</summary>
    public const string FormatName = "claimledger";

    /// <summary>
    /// The format version this library writes, and the newest it reads. Version 2 added predicates' wordings
    /// (<c>sameAs</c>, <c>inverseOf</c>), entailments' argument mappings and opposite labels' other words; version 3
    /// made citations data (<c>attribution.citations</c>: url, title, publisher, published, archive, accessed,
    /// section, relay) instead of one free string. Every version 1 and 2 file reads unchanged: its
    /// <c>citation</c> string becomes one citation, its address or, when it is not a web address, its title.
    /// </summary>
    public const int FormatVersion = 3;

    private const string SchemaResource = "ClaimLedger.Serialization.ledger.schema.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a ledger from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits and policies, or null for <see cref="LedgerFileOptions.Default"/>.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="LedgerValidationException">The file has problems; every one is listed.</exception>
    public static Ledger Load(string path, LedgerFileOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream, options);
    }

    /// <summary>Loads a ledger from a stream of UTF-8 JSON. The stream is read to its end and left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Limits and policies, or null for <see cref="LedgerFileOptions.Default"/>.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The document has problems; every one is listed.</exception>
    public static Ledger Load(Stream stream, LedgerFileOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        options ??= LedgerFileOptions.Default;
        using var limited = new LimitedStream(stream, options.MaxBytes);
        using var text = new StreamReader(limited, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Read(text, options);
    }

    /// <summary>
    /// Loads a ledger from a stream of UTF-8 JSON, reading it without blocking a thread, with the default options.
    /// The stream is read to its end and left open.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Stops the read; see <see cref="LoadAsync(Stream, LedgerFileOptions, CancellationToken)"/>.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The document has problems; every one is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<Ledger> LoadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        LoadAsync(stream, options: null, cancellationToken);

    /// <summary>
    /// Loads a ledger from a stream of UTF-8 JSON, reading it without blocking a thread. The stream is read to its end
    /// and left open.
    /// </summary>
    /// <param name="stream">The stream, such as a network response or a file opened for asynchronous reads.</param>
    /// <param name="options">Limits and policies, or null for <see cref="LedgerFileOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked between reads of the stream and once more before the document is parsed.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The document has problems, or is larger than <see cref="LedgerFileOptions.MaxBytes"/>; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// The bytes are read asynchronously into memory (never more than <see cref="LedgerFileOptions.MaxBytes"/>), then
    /// parsed and validated as <see cref="Load(Stream, LedgerFileOptions)"/> does, on the calling thread; parsing
    /// itself is not interrupted by the token.
    /// </remarks>
    public static async Task<Ledger> LoadAsync(Stream stream, LedgerFileOptions? options, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        options ??= LedgerFileOptions.Default;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw new LedgerValidationException([new ValidationProblem("$", ErrorCodes.LimitExceeded, LedgerFileErrors.TooLarge(options.MaxBytes))]);
            }

            buffer.Write(chunk, 0, read);
        }

        cancellationToken.ThrowIfCancellationRequested();
        buffer.Position = 0;
        return Load(buffer, options);
    }

    /// <summary>Loads a ledger from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and policies, or null for <see cref="LedgerFileOptions.Default"/>.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LedgerValidationException">The document has problems; every one is listed.</exception>
    public static Ledger Parse(string json, LedgerFileOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        options ??= LedgerFileOptions.Default;
        if ((long)json.Length > options.MaxBytes)
        {
            throw new LedgerValidationException([new ValidationProblem("$", ErrorCodes.LimitExceeded, LedgerFileErrors.TooLarge(options.MaxBytes))]);
        }

        using var text = new StringReader(json);
        return Read(text, options);
    }

    /// <summary>Tries to load a ledger from a file, and reports its problems if it cannot.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="ledger">The ledger, when it loaded.</param>
    /// <param name="problems">Every problem found; empty when it loaded.</param>
    /// <param name="options">Limits and policies, or null for <see cref="LedgerFileOptions.Default"/>.</param>
    /// <returns>Whether the ledger loaded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryLoad(string path, [NotNullWhen(true)] out Ledger? ledger, out ImmutableArray<ValidationProblem> problems, LedgerFileOptions? options = null)
    {
        try
        {
            ledger = Load(path, options);
            problems = [];
            return true;
        }
        catch (LedgerValidationException ex)
        {
            ledger = null;
            problems = ex.Problems;
            return false;
        }
    }

    /// <summary>
    /// Saves a ledger to a file atomically: it is written beside the target, flushed to disk and renamed over it, so
    /// that a failure part way leaves the old file whole.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the old file, if any, is unchanged.</exception>
    public static void Save(Ledger ledger, string path) => Save(ledger, path, wrap: null);

    /// <summary>Writes a ledger to a stream as UTF-8 JSON, without a byte-order mark. The stream is left open.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Ledger ledger, Stream stream)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(stream);
        using var text = new StreamWriter(stream, StrictUtf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        LedgerWriter.Write(ledger, text);
    }

    /// <summary>Returns a ledger as JSON text in the file format.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static string ToJson(Ledger ledger)
    {
        Preconditions.CheckNotNull(ledger);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        LedgerWriter.Write(ledger, text);
        return text.ToString();
    }

    /// <summary>Opens the JSON Schema (draft 2020-12) of the file format.</summary>
    /// <returns>A stream of the schema's UTF-8 text; the caller disposes it.</returns>
    public static Stream OpenSchema() =>
        typeof(LedgerFile).Assembly.GetManifestResourceStream(SchemaResource)
        ?? throw new InvalidOperationException($"The schema resource '{SchemaResource}' is missing from the assembly.");

    internal static void Save(Ledger ledger, string path, Func<Stream, Stream>? wrap)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(path);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temp = Path.Combine(directory, TempName(Path.GetFileName(full), Guid.NewGuid()));
        RemoveStaleTemporaries(directory, Path.GetFileName(full));
        try
        {
            // Not write-through: that made every 64 KB buffer wait on the disk, and the flush to disk below makes the whole
            // file durable before the rename all the same.
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Stream target = wrap?.Invoke(file) ?? file;
                Write(ledger, target);
                target.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);

            // The rename is durable only once the directory entry is: without this, a power cut can bring back the old
            // file, or no file, after the save returned.
            DirectorySync.Flush(directory);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static Ledger Read(TextReader text, LedgerFileOptions options)
    {
        LedgerBatch batch;
        string? title, description;
        ImmutableArray<ValidationProblem> problems;
        try
        {
            (batch, title, description, problems) = LedgerReader.ReadAndValidate(text, options);
        }
        catch (DecoderFallbackException ex)
        {
            throw new LedgerValidationException([new ValidationProblem("$", ErrorCodes.Syntax, LedgerFileErrors.NotUtf8(ex.Message))]);
        }
        catch (LimitedStream.TooLargeException)
        {
            throw new LedgerValidationException([new ValidationProblem("$", ErrorCodes.LimitExceeded, LedgerFileErrors.TooLarge(options.MaxBytes))]);
        }

        if (!problems.IsEmpty)
        {
            throw new LedgerValidationException(problems);
        }

        // The reader has already run the builder's validators over the whole batch; running them again would only
        // double the cost of loading.
        return new Ledger(LedgerState.Empty.Apply(batch), title, description);
    }

    private static string TempName(string fileName, Guid id) => $".{fileName}.{id:N}.tmp";

    /// <summary>
    /// Removes the temporary files that saves of the same target left when they were killed part way. A temporary
    /// file that another save is writing now is open without sharing, so it cannot be opened here and is left alone.
    /// </summary>
    private static void RemoveStaleTemporaries(string directory, string fileName)
    {
        string prefix = $".{fileName}.";
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, prefix + "*.tmp");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string candidate in candidates)
        {
            string name = Path.GetFileName(candidate);
            string id = name[prefix.Length..^".tmp".Length];
            if (id.Length != 32 || !Guid.TryParseExact(id, "N", out _))
            {
                continue;
            }

            try
            {
                using (new FileStream(candidate, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    // Opened without sharing: no save holds it, so it is stale.
                }

                File.Delete(candidate);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // In use by a save in progress, or not ours to remove: leave it.
            }
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
            // The save already failed; a stray temporary file is the lesser problem.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

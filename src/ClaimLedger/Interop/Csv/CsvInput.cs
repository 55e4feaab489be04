using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Csv;

/// <summary>One CSV file to read: the name problems are reported under, and how to open its text.</summary>
/// <remarks>The text is opened once, when the import reads it, and disposed after.</remarks>
public sealed class CsvInput
{
    private readonly Func<TextReader> _open;

    private CsvInput(string name, Func<TextReader> open)
    {
        Name = name;
        _open = open;
    }

    /// <summary>Gets the name problems are reported under, such as "claims.csv".</summary>
    public string Name { get; }

    /// <summary>Reads a file, UTF-8 (with or without a byte-order mark); problems name the file as given.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CsvInput FromFile(string path)
    {
        Preconditions.CheckNotNull(path);
        return new CsvInput(path, () => new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
    }

    /// <summary>Reads CSV text held in memory.</summary>
    /// <param name="name">The name problems are reported under.</param>
    /// <param name="csv">The CSV text.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CsvInput FromText(string name, string csv)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(csv);
        return new CsvInput(name, () => new StringReader(csv));
    }

    internal TextReader Open() => _open();
}

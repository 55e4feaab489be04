using ClaimLedger.Serialization;

namespace ClaimLedger.Data;

/// <summary>
/// The data sets shipped inside the library, in the library's own file format, read by its own loader and checked by
/// its own validators.
/// </summary>
public static class BundledLedgers
{
    private const string NagornoKarabakhResource = "ClaimLedger.Data.nagorno-karabakh.json";

    private static readonly Lazy<Ledger> NagornoKarabakhLedger = new(() => Load(NagornoKarabakhResource));

    /// <summary>
    /// Gets the ledger of claims about the Russian peacekeeping operation in Nagorno-Karabakh, November 2020 to
    /// April 2024, encoded from one encyclopaedia article: every attributed statement with its speaker, relays,
    /// dates, places, quantities and verbatim quote, and the article's own statements marked as such. Loaded once,
    /// on first use; the ledger is immutable and can be shared.
    /// </summary>
    /// <remarks>Encoding choices where the text is ambiguous are recorded in each claim's and incident's <c>Note</c>.</remarks>
    public static Ledger NagornoKarabakh => NagornoKarabakhLedger.Value;

    /// <summary>Opens the JSON file behind <see cref="NagornoKarabakh"/>, for export or inspection.</summary>
    /// <returns>A stream of the file's UTF-8 text; the caller disposes it.</returns>
    public static Stream OpenNagornoKarabakh() => Open(NagornoKarabakhResource);

    private static Ledger Load(string resource)
    {
        using Stream stream = Open(resource);
        return LedgerFile.Load(stream);
    }

    private static Stream Open(string resource) =>
        typeof(BundledLedgers).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"The data set resource '{resource}' is missing from the assembly.");
}

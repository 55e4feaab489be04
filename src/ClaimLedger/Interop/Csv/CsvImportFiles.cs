namespace ClaimLedger.Interop.Csv;

/// <summary>
/// The CSV files of one import: the claims, and optionally the parties, sources, places and incidents they refer to
/// (items not in these files must already be in the ledger imported into).
/// </summary>
/// <param name="Claims">The claims, one row per claim (see <see cref="LedgerCsv"/> for the columns).</param>
/// <remarks>Two instances are equal when every input is the same instance.</remarks>
public sealed record CsvImportFiles(CsvInput Claims)
{
    /// <summary>Gets the claims file.</summary>
    public CsvInput Claims { get; init; } = Claims ?? throw new ArgumentNullException(nameof(Claims));

    /// <summary>Gets the parties to create (id, name, aliases, aligned), or null.</summary>
    public CsvInput? Parties { get; init; }

    /// <summary>Gets the sources to create (id, name, kind, party, variants, reliability, note), or null.</summary>
    public CsvInput? Sources { get; init; }

    /// <summary>Gets the places to create (id, name, aliases, kind, parent, latitude, longitude), or null.</summary>
    public CsvInput? Places { get; init; }

    /// <summary>Gets the incidents to create (id, title, when, places, tags, summary, note), or null.</summary>
    public CsvInput? Incidents { get; init; }
}

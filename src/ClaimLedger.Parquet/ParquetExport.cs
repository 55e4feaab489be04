using System.Reflection;
using ClaimLedger.Contradictions;
using Parquet.Serialization;

namespace ClaimLedger.Parquet;

/// <summary>
/// Writes a ledger's statements and places to Parquet, and gives the SQL that finds denials and quantity conflicts
/// over them in DuckDB or Spark SQL: detection partitions by topic, so it is a GROUP BY and a self-join, and a
/// ledger that outgrows one machine can be searched where its files are.
/// </summary>
/// <remarks>
/// <para>
/// The statements are those the engine compares (<see cref="ContradictionEngine.StatementsOf"/>), one
/// <see cref="StatementRow"/> each, with figures widened by the options' tolerances and units made canonical; the
/// places are every place with each place that holds it (<see cref="PlaceRow"/>). The SQL reads two tables or views,
/// <c>statements</c> and <c>places</c>, and returns pairs of claim ids (<c>first</c> &lt; <c>second</c>):
/// </para>
/// <code>
/// -- DuckDB
/// CREATE VIEW statements AS SELECT * FROM read_parquet('statements.parquet');
/// CREATE VIEW places AS SELECT * FROM read_parquet('places.parquet');
/// -- Spark SQL
/// CREATE TEMPORARY VIEW statements USING parquet OPTIONS (path 'statements.parquet');
/// CREATE TEMPORARY VIEW places USING parquet OPTIONS (path 'places.parquet');
/// </code>
/// <para>
/// Times compare by day, as <see cref="FuzzyDate.Overlaps"/> does; the engine also compares times and parts of the
/// day. Only the library finds one-value conflicts and mutual blame, opposite labels, the notice that carries a
/// withdrawal, and revisions, and only it explains a finding in words.
/// </para>
/// </remarks>
public static class ParquetExport
{
    /// <summary>Gets the SQL (DuckDB and Spark SQL alike) that finds every pair of claims one affirming and the other denying the same proposition for overlapping days.</summary>
    public static string DenialsSql { get; } = Read("denials");

    /// <summary>Gets the SQL (DuckDB and Spark SQL alike) that finds every pair of figures for one measure that cannot both be right.</summary>
    public static string QuantityConflictsSql { get; } = Read("quantity-conflicts");

    /// <summary>Makes the rows of the <c>statements</c> table.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="options">The engine settings whose tolerances and units to use, or null for the defaults.</param>
    /// <returns>One row per statement, claim by claim in the ledger's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static IEnumerable<StatementRow> Statements(Ledger ledger, ContradictionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        options ??= ContradictionOptions.Default;
        var engine = new ContradictionEngine(options);
        // Each superseded figure with the first day one of its speaker's later figures was said (null when none has a known day).
        var superseded = new Dictionary<ClaimId, int?>();
        foreach (Revision revision in engine.FindRevisions(ledger))
        {
            for (int i = 0; i < revision.Figures.Length - 1; i++)
            {
                int? until = revision.Figures.Skip(i + 1).Select(c => c.Attribution.Stated?.Earliest?.ToDateOnly().DayNumber).Min();
                superseded[revision.Figures[i].Id] = superseded.TryGetValue(revision.Figures[i].Id, out int? known) && known is { } k && (until is null || k < until) ? k : until;
            }
        }

        return Rows();

        IEnumerable<StatementRow> Rows()
        {
            // A claim's own statement comes first, then those derived from it.
            string measure = "";
            foreach (Statement s in engine.StatementsOf(ledger))
            {
                if (s.Via is null)
                {
                    measure = string.Join('|', s.Proposition.Predicate.Value, s.Proposition.Subject, s.Proposition.Object?.ToString() ?? "", PlaceOf(s.Proposition));
                }

                bool revised = superseded.TryGetValue(s.Claim.Id, out int? until);
                yield return Row(ledger, s, options, revised, revised ? until : s.Claim.Attribution.Withdrawn?.When?.Earliest?.ToDateOnly().DayNumber, measure);
            }
        }
    }

    /// <summary>Makes the rows of the <c>places</c> table: each place with itself and every place that holds it.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The rows, place by place in the ledger's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static IEnumerable<PlaceRow> Places(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        foreach (Place place in ledger.Places)
        {
            var seen = new HashSet<PlaceId>();
            for (Place? at = place; at is not null && seen.Add(at.Id); at = at.Parent is { } up && ledger.TryGetPlace(up, out Place? parent) ? parent : null)
            {
                yield return new PlaceRow { Place = place.Id.Value, Within = at.Id.Value };
            }
        }
    }

    /// <summary>Writes the <c>statements</c> table as Parquet.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="destination">The stream to write to; left open.</param>
    /// <param name="options">The engine settings whose tolerances and units to use, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    public static Task WriteStatementsAsync(Ledger ledger, Stream destination, ContradictionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return ParquetSerializer.SerializeAsync(Statements(ledger, options), destination, cancellationToken: cancellationToken);
    }

    /// <summary>Writes the <c>places</c> table as Parquet.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="destination">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WritePlacesAsync(Ledger ledger, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return ParquetSerializer.SerializeAsync(Places(ledger), destination, cancellationToken: cancellationToken);
    }

    private static StatementRow Row(Ledger ledger, Statement s, ContradictionOptions options, bool superseded, int? standsUntil, string measure)
    {
        Claim claim = s.Claim;
        Predicate notion = ledger.GetPredicate(s.Proposition.Predicate);
        QuantityInterval? range = claim.Quantity?.ToInterval(options.Quantities);
        FuzzyDate? asOf = claim.AsOf ?? claim.Attribution.Stated ?? s.Time;
        return new StatementRow
        {
            ClaimId = claim.Id.Value,
            StatementId = (claim.PartOf ?? claim.Id).Value,
            Incident = claim.Incident.Value,
            Speaker = claim.Attribution.Speaker.Value,
            Predicate = s.Proposition.Predicate.Value,
            Subject = s.Proposition.Subject.ToString(),
            Object = s.Proposition.Object?.ToString() ?? "",
            Place = PlaceOf(s.Proposition),
            Stance = s.Stance == ClaimLedger.Stance.Affirms ? "affirms" : "denies",
            Derived = s.Via is not null,
            KeepsQuantity = s.Via is null || s.Via.KeepsQuantity,
            Measure = measure,
            Attempt = claim.Modality == ClaimModality.Attempted,
            Modality = claim.Modality.ToString().ToLowerInvariant(),
            Withdrawn = claim.Attribution.Withdrawn is not null,
            Superseded = superseded,
            StatedStart = claim.Attribution.Stated?.Earliest?.ToDateOnly().DayNumber,
            StatedEnd = claim.Attribution.Stated?.Latest?.ToDateOnly().DayNumber,
            StandsUntil = standsUntil,
            Counts = notion.Counts == CountKind.RunningTotal ? "running-total" : "event",
            DayStart = s.Time?.Earliest?.ToDateOnly().DayNumber,
            DayEnd = s.Time?.Latest?.ToDateOnly().DayNumber,
            AsOfStart = asOf?.Earliest?.ToDateOnly().DayNumber,
            AsOfEnd = asOf?.Latest?.ToDateOnly().DayNumber,
            HasQuantity = claim.Quantity is not null,
            QuantityLow = range?.Low is { } low ? (double)low : null,
            LowInclusive = range?.LowInclusive ?? false,
            QuantityHigh = range?.High is { } high ? (double)high : null,
            HighInclusive = range?.HighInclusive ?? false,
            Unit = claim.Quantity is { } q ? options.Units.KeyOf(q.Unit) : "",
        };
    }

    // The place a proposition is compared at: its own, else a place it is about.
    private static string PlaceOf(Proposition p) =>
        p.Place is { } place ? place.Value : p.Object is { Kind: TermKind.Place } o ? o.Value : "";

    private static string Read(string name)
    {
        using Stream stream = typeof(ParquetExport).Assembly.GetManifestResourceStream($"ClaimLedger.Parquet.Sql.{name}.sql")
            ?? throw new InvalidOperationException($"The SQL resource '{name}' is missing from {typeof(ParquetExport).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

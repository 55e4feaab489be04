using System.Diagnostics;
using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Parquet;
using DuckDB.NET.Data;

namespace ClaimLedger.Benchmarks.Quick;

/// <summary>
/// The side-by-side run (<c>--duckdb</c>): full detection against DuckDB running the shipped SQL for denials and
/// quantity conflicts over the Parquet export of the same generated ledger, best of three each, with the pairs each found.
/// </summary>
public static class DuckDbRun
{
    /// <summary>Runs the comparison and prints one line per measure.</summary>
    /// <param name="claims">The ledger's size.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(int claims)
    {
        Ledger ledger = LedgerGenerator.Generate(claims).Build();
        string folder = Directory.CreateTempSubdirectory("claimledger-duckdb-").FullName;
        try
        {
            string statements = Path.Combine(folder, "statements.parquet"), places = Path.Combine(folder, "places.parquet");
            var watch = Stopwatch.StartNew();
            using (FileStream file = File.Create(statements))
            {
                ParquetExport.WriteStatementsAsync(ledger, file).GetAwaiter().GetResult();
            }

            using (FileStream file = File.Create(places))
            {
                ParquetExport.WritePlacesAsync(ledger, file).GetAwaiter().GetResult();
            }

            double export = watch.Elapsed.TotalSeconds;
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            Execute(connection, $"CREATE TABLE statements AS SELECT * FROM read_parquet('{statements}')");
            Execute(connection, $"CREATE TABLE places AS SELECT * FROM read_parquet('{places}')");

            int denials = 0, quantities = 0;
            double sql = Best(3, () =>
            {
                denials = Count(connection, ParquetExport.DenialsSql);
                quantities = Count(connection, ParquetExport.QuantityConflictsSql);
            });
            int found = 0;
            double engine = Best(3, () => found = ContradictionEngine.Default.FindAll(ledger).Length);

            Console.WriteLine($"ClaimLedger against DuckDB: {claims:N0} claims, {Environment.ProcessorCount} cores, export to Parquet {export:N1} s (not counted)");
            Console.WriteLine($"  Full detection (every kind)       {engine * 1000,8:N0} ms  {found:N0} contradictions");
            Console.WriteLine($"  DuckDB, denials + quantity SQL     {sql * 1000,8:N0} ms  {denials:N0} + {quantities:N0} pairs (tables loaded in memory)");
            Console.WriteLine($"  Detection / DuckDB                 {engine / sql,8:N2}x  target <= 1x  {(engine <= sql ? "met" : "MISSED")}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int Count(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM ({sql})";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double Best(int rounds, Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}

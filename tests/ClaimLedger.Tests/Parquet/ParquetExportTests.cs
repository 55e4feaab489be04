using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Contradictions;
using ClaimLedger.Parquet;
using ClaimLedger.Tests.Benchmarks;
using DuckDB.NET.Data;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Parquet;

/// <summary>
/// The path past one machine: a ledger's statements exported to Parquet, and the shipped SQL run over them in DuckDB,
/// must find exactly the engine's pairs of the kinds the SQL covers (denials and quantity conflicts).
/// </summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimledger-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sql_InDuckDb_OverAGeneratedLedger_FindsExactlyTheEnginesDenialsAndQuantityConflicts()
    {
        Ledger ledger = GeneratedLedgers.Ledger;
        HashSet<ConflictingPair> engine = EnginePairs.Of(ledger, ledger.FindContradictions());

        (HashSet<(string, string)> denials, HashSet<(string, string)> quantities) = await RunSql(ledger);

        denials.Should().NotBeEmpty();
        quantities.Should().NotBeEmpty();
        denials.Should().BeEquivalentTo(Of(engine, ConflictFamily.Denial));
        quantities.Should().BeEquivalentTo(Of(engine, ConflictFamily.Quantity));
    }

    [Fact]
    public async Task Sql_InDuckDb_KnowsPlacesWithinPlaces_Tolls_AndFiguresCarriedToTheObjectsSide()
    {
        Ledger ledger = Build(
            Claim("shelled", "south-mod", "party:north", "shelled", "party:south", place: "village-a", time: "3 March 2021"),
            Claim("no-fire", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, place: "district", time: "3 March 2021"),
            Claim("elsewhere", "north-mod", "party:north", "attacked", "party:south", Stance.Denies, place: "elsewhere", time: "3 March 2021"),
            Claim("claimed", "north-mod", "party:north", "shot-down", "text:South's aircraft", stated: "3 March 2021", quantity: "two aircraft"),
            Claim("admitted", "south-mod", "party:south", "suffered-losses", stated: "3 March 2021", quantity: "one aircraft"),
            Claim("whole", "wire", "party:north", "killed", "text:people", stated: "3 March 2021", quantity: "5 people"),
            Claim("part", "monitor", "party:north", "killed", "text:people", place: "village-b", stated: "3 March 2021", quantity: "9 people"),
            Claim("early", "wire", "party:north", "wounded", "text:people", stated: "3 March 2021", quantity: "at least 100 people"),
            Claim("late", "monitor", "party:north", "wounded", "text:people", stated: "9 March 2021", quantity: "20 people"));
        HashSet<ConflictingPair> engine = EnginePairs.Of(ledger, ledger.FindContradictions());

        (HashSet<(string, string)> denials, HashSet<(string, string)> quantities) = await RunSql(ledger);

        denials.Should().BeEquivalentTo([("no-fire", "shelled")]);
        quantities.Should().BeEquivalentTo([("admitted", "claimed"), ("part", "whole"), ("early", "late")]);
        denials.Should().BeEquivalentTo(Of(engine, ConflictFamily.Denial));
        quantities.Should().BeEquivalentTo(Of(engine, ConflictFamily.Quantity));
    }

    [Fact]
    public async Task Sql_InDuckDb_LeavesOutConditionalsAndDenialsOfAFigure_ButKeepsARetractedFigure()
    {
        Claim conditional = Claim("if", "north-mod", "party:south", "attacked", "place:village-a", time: "3 March 2021") with { Modality = ClaimModality.Conditional };
        Ledger ledger = Build(
            conditional,
            Claim("no", "south-mod", "party:south", "attacked", "place:village-a", Stance.Denies, time: "3 March 2021"),
            Claim("four", "north-army", "incident:clash", "killed", "text:soldiers of North", time: "3 March 2021", stated: "5 March 2021", quantity: "4 soldiers"),
            Claim("not-40", "north-mod", "incident:clash", "killed", "text:soldiers of North", Stance.Denies, time: "3 March 2021", stated: "5 March 2021", quantity: "at least 40 soldiers"),
            Claim("said-9", "wire", "party:north", "wounded", "text:people", stated: "3 March 2021", quantity: "9 people"),
            Claim("not-9", "wire", "party:north", "wounded", "text:people", Stance.Denies, stated: "6 March 2021", quantity: "9 people"));
        HashSet<ConflictingPair> engine = EnginePairs.Of(ledger, ledger.FindContradictions());

        (HashSet<(string, string)> denials, HashSet<(string, string)> quantities) = await RunSql(ledger);

        denials.Should().BeEquivalentTo([("not-9", "said-9")]);
        quantities.Should().BeEmpty();
        denials.Should().BeEquivalentTo(Of(engine, ConflictFamily.Denial));
        Of(engine, ConflictFamily.Quantity).Should().BeEmpty();
    }

    [Theory]
    [InlineData("al-ahli")]
    [InlineData("balakot")]
    [InlineData("crocus-city-hall")]
    [InlineData("douma")]
    public async Task Sql_InDuckDb_OverARealIncident_FindsTheEnginesPairs_ButThoseOfRetractions(string incident)
    {
        Ledger ledger = ClaimLedger.Serialization.LedgerFile.Load(Path.Combine("TestBed", incident + ".json"));
        HashSet<ConflictingPair> engine = EnginePairs.Of(ledger, ledger.FindContradictions());

        // Only the library pairs a withdrawn statement with the notice that withdrew it and what its speaker said
        // instead (in the retraction, all the speaker's own); what others said while it stood, the SQL finds too.
        bool Retracted(ConflictingPair p) =>
            (ledger.GetClaim(p.First).Attribution.Withdrawn is not null || ledger.GetClaim(p.Second).Attribution.Withdrawn is not null)
            && ledger.GetClaim(p.First).Attribution.Speaker == ledger.GetClaim(p.Second).Attribution.Speaker;
        HashSet<ConflictingPair> comparable = [.. engine.Where(p => !Retracted(p))];

        (HashSet<(string, string)> denials, HashSet<(string, string)> quantities) = await RunSql(ledger);

        denials.Should().BeEquivalentTo(Of(comparable, ConflictFamily.Denial));
        quantities.Should().BeEquivalentTo(Of(comparable, ConflictFamily.Quantity));
        (denials.Count + quantities.Count).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Statements_AreTheEnginesWithCanonicalKeys()
    {
        Ledger ledger = Build(Claim("c", "south-mod", "party:south", "was-attacked-by", "party:north", place: "village-a", time: "3 March 2021"));

        StatementRow row = ParquetExport.Statements(ledger).Should().ContainSingle().Subject;

        row.Should().BeEquivalentTo(new StatementRow
        {
            ClaimId = "c", StatementId = "c", Incident = "clash", Speaker = "south-mod", Predicate = "attacked",
            Subject = "party:north", Object = "party:south", Place = "village-a", Stance = "affirms", KeepsQuantity = true,
            Measure = "attacked|party:north|party:south|village-a", Modality = "firm", Counts = "event",
            DayStart = new DateOnly(2021, 3, 3).DayNumber, DayEnd = new DateOnly(2021, 3, 3).DayNumber,
            AsOfStart = new DateOnly(2021, 3, 3).DayNumber, AsOfEnd = new DateOnly(2021, 3, 3).DayNumber,
        });
        ParquetExport.Places(ledger).Where(p => p.Place == "village-a").Select(p => p.Within).Should().Equal("village-a", "district", "province");
    }

    private static IEnumerable<(string, string)> Of(HashSet<ConflictingPair> pairs, ConflictFamily family) =>
        pairs.Where(p => p.Family == family).Select(p => (p.First.Value, p.Second.Value));

    private async Task<(HashSet<(string, string)> Denials, HashSet<(string, string)> Quantities)> RunSql(Ledger ledger)
    {
        string statements = Path.Combine(_folder, "statements.parquet");
        string places = Path.Combine(_folder, "places.parquet");
        await using (FileStream file = File.Create(statements))
        {
            await ParquetExport.WriteStatementsAsync(ledger, file);
        }

        await using (FileStream file = File.Create(places))
        {
            await ParquetExport.WritePlacesAsync(ledger, file);
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"CREATE VIEW statements AS SELECT * FROM read_parquet('{statements}')");
        Execute(connection, $"CREATE VIEW places AS SELECT * FROM read_parquet('{places}')");
        return (Pairs(connection, ParquetExport.DenialsSql), Pairs(connection, ParquetExport.QuantityConflictsSql));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static HashSet<(string, string)> Pairs(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new HashSet<(string, string)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}

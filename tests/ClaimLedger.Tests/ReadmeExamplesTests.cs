using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using ClaimLedger.Data;
using ClaimLedger.Interop.Csv;
using ClaimLedger.Interop.Json;
using ClaimLedger.Interop.SchemaOrg;
using ClaimLedger.Parquet;
using ClaimLedger.Serialization;

namespace ClaimLedger.Tests;

/// <summary>
/// The README's code, run with real assertions. Each README code block must appear here word for word
/// (indentation aside), so the README cannot drift from code that compiles and works.
/// </summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void QuickStart_FindsParukhContradictionsInTheBundledDataSet()
    {
        var output = new StringWriter();
        TextWriter original = Console.Out;
        Console.SetOut(output);
        try
        {
            // README: quick-start
            Ledger ledger = BundledLedgers.NagornoKarabakh;
            foreach (Contradiction c in ledger.FindContradictions(new ContradictionFilter { Incident = "parukh-2022" }))
            {
                Console.WriteLine($"{c.Kind}: {c.Explanation}");
            }
            // README: end
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Should().Contain("Denial: Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; Ministry of Defence of Azerbaijan denied it in March 2022.");
    }

    [Fact]
    public async Task PastOneMachine_WritesTheFilesTheSqlReads()
    {
        Ledger ledger = BundledLedgers.NagornoKarabakh;
        string folder = Directory.CreateTempSubdirectory("claimledger-readme-").FullName;
        try
        {
            // README: past-one-machine
            await using (FileStream file = File.Create(Path.Combine(folder, "statements.parquet")))
            {
                await ParquetExport.WriteStatementsAsync(ledger, file);
            }

            await using (FileStream file = File.Create(Path.Combine(folder, "places.parquet")))
            {
                await ParquetExport.WritePlacesAsync(ledger, file);
            }

            string sql = ParquetExport.DenialsSql; // and ParquetExport.QuantityConflictsSql; both return pairs of claim ids
            // README: end

            using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using DuckDB.NET.Data.DuckDBCommand command = connection.CreateCommand();
            command.CommandText = $"CREATE VIEW statements AS SELECT * FROM read_parquet('{Path.Combine(folder, "statements.parquet")}'); "
                + $"CREATE VIEW places AS SELECT * FROM read_parquet('{Path.Combine(folder, "places.parquet")}');";
            command.ExecuteNonQuery();
            command.CommandText = sql;
            var pairs = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    pairs.Add($"{reader.GetString(0)} / {reader.GetString(1)}");
                }
            }

            pairs.Should().Contain(p => p.Contains("parukh", StringComparison.Ordinal), "the Parukh withdrawal and its denial are a denial in SQL too");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BuildYourOwn_FindsTheDenial()
    {
        // README: build-your-own
        Ledger mine = new LedgerBuilder()
            .AddParty(WellKnownParties.All)
            .AddSource(
                new Source("ru-mod", "Russian Ministry of Defence", SourceKind.Military) { Party = "russia" },
                new Source("az-mod", "Azerbaijani Ministry of Defence", SourceKind.Military) { Party = "azerbaijan" })
            .AddPlace(new Place("parukh", "Parukh") { Aliases = ["Farrukh"] })
            .AddIncident(new Incident("parukh-2022", "Parukh") { When = FuzzyDate.Parse("24-25 March 2022"), Places = ["parukh"] })
            .AddClaim(
                new Claim("ru-withdrawal", "parukh-2022",
                    new Attribution("ru-mod") { Stated = FuzzyDate.Parse("27 March 2022") },
                    new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh"))),
                new Claim("az-denial", "parukh-2022",
                    new Attribution("az-mod") { Stated = FuzzyDate.Parse("27 March 2022") },
                    new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")),
                    Stance.Denies))
            .Build();

        Contradiction found = mine.FindContradictions().Single();
        // found.Kind == ContradictionKind.Denial
        // found.Explanation == "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh;
        //                       Azerbaijani Ministry of Defence denied it on 27 March 2022."
        // README: end

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Explanation.Should().Be("Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh; Azerbaijani Ministry of Defence denied it on 27 March 2022.");
        mine.FindPlace("farrukh")!.Name.Should().Be("Parukh");
    }

    [Fact]
    public void Files_SaveAndLoad()
    {
        string path = Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}.json");
        try
        {
            // README: files
            LedgerFile.Save(BundledLedgers.NagornoKarabakh, path);   // atomic: write beside, flush, rename
            Ledger loaded = LedgerFile.Load(path);                   // LedgerValidationException lists every problem
            // README: end

            loaded.Claims.Should().HaveCount(BundledLedgers.NagornoKarabakh.Claims.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WhoToBelieve_RanksTheStayAboveTheWithdrawal()
    {
        // README: who-to-believe
        Ledger seed = BundledLedgers.NagornoKarabakh;
        var withdrew = new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")) { Time = FuzzyDate.Parse("27 March 2022") };

        Corroboration support = IndependenceAnalyzer.Default.Corroborate(seed, withdrew);
        CredibilitySuggestion grade = IndependenceAnalyzer.Default.SuggestCredibility(seed, "parukh-ru-mod-withdrawn");
        TruthDiscoveryResult truth = TruthDiscovery.Default.Run(seed);
        PropositionBelief? belief = truth.BeliefIn(withdrew);
        QuestionBelief? holder = truth.AnswerTo("controls", Term.Place("parukh"), withdrew.Time);
        string why = truth.ScoreOf("ru-mod").Explain();
        var contradicted = PartyMatrix.Of(seed).ContradictedClaimsOf("russia");
        AdmiraltyGrade b2 = AdmiraltyGrade.Parse("B2");
        // README: end

        support.Affirming.Count.Should().Be(1);
        support.Denying.Count.Should().Be(2);
        support.Denying.CrossesSides.Should().BeTrue();
        grade.Grade.Should().BeOneOf(CredibilityGrade.Improbable, CredibilityGrade.Doubtful);
        belief!.Belief.Should().BeLessThan(0.5);
        holder!.Favoured!.Value.Should().Be(Term.Party("azerbaijan"));
        why.Should().Contain("parukh-ru-mod-withdrawn");
        contradicted.Should().Contain(c => c.Claim.Id == "parukh-ru-mod-withdrawn");
        b2.ToString().Should().Be("B2");
        Output = $"{support.Description}\n{grade}\n{belief}\n{why}";
    }

    internal static string Output { get; private set; } = string.Empty;

    [Fact]
    public void Csv_ImportsTheShippedExample_AndFindsTheDenial()
    {
        string folder = Path.Combine(RepositoryRoot(), "samples", "csv", "parukh");

        // README: csv
        Ledger imported = LedgerCsv.Import(
            new CsvImportFiles(CsvInput.FromFile(Path.Combine(folder, "claims.csv")))
            {
                Sources = CsvInput.FromFile(Path.Combine(folder, "sources.csv")),
                Places = CsvInput.FromFile(Path.Combine(folder, "places.csv")),
                Incidents = CsvInput.FromFile(Path.Combine(folder, "incidents.csv")),
            },
            into: new LedgerBuilder().AddParty(WellKnownParties.All).Build());
        var csv = new StringWriter();
        LedgerCsv.WriteContradictions(imported.FindContradictions(), csv);
        // README: end

        imported.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
        csv.ToString().Should().Contain(",denial,parukh-2022,27 March 2022,2022-03-27,2022-03-27,");
    }

    [Fact]
    public void Readme_CsvBlocksAreTheShippedExample()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var blocks = Regex.Matches(readme, @"```csv\r?\n(?<csv>.*?)```", RegexOptions.Singleline).Select(m => m.Groups["csv"].Value).ToList();
        string[] files = ["claims.csv", "sources.csv", "places.csv", "incidents.csv"];

        blocks.Should().HaveCount(files.Length);
        for (int i = 0; i < files.Length; i++)
        {
            blocks[i].Should().Be(File.ReadAllText(Path.Combine(root, "samples", "csv", "parukh", files[i])), $"the README shows {files[i]} as shipped");
        }

        foreach (string template in Directory.GetFiles(Path.Combine(root, "samples", "csv"), "*-template.csv"))
        {
            string kind = Path.GetFileName(template).Split('-')[0];
            ImmutableArray<string> columns = kind switch
            {
                "claims" => LedgerCsv.ClaimColumns,
                "sources" => LedgerCsv.SourceColumns,
                "places" => LedgerCsv.PlaceColumns,
                "incidents" => LedgerCsv.IncidentColumns,
                _ => LedgerCsv.PartyColumns,
            };
            File.ReadAllText(template).TrimEnd('\n').Split(',').Should().BeSubsetOf(columns, $"{template} names only columns of the layout");
        }
    }

    [Fact]
    public void ClaimReview_ExportOfParukh_ImportsBack()
    {
        // README: claimreview
        Contradiction parukh = BundledLedgers.NagornoKarabakh.FindContradictions(new ContradictionFilter { Incident = "parukh-2022", Kinds = [ContradictionKind.Denial] })[0];
        var reviewer = new ClaimReviewOptions("https://factcheck.example.org/parukh", "Example Fact Check") { DatePublished = new LocalDate(2026, 12, 1) };
        string jsonLd = ClaimReviewExport.ToJson(ClaimReviewExport.ForContradiction(parukh, reviewer));
        Ledger reviewed = ClaimReviewImport.Import(jsonLd, Ledger.Empty, new ClaimReviewImportOptions("parukh-2022"));
        // README: end

        jsonLd.Should().Contain("\"alternateName\": \"Contradicted by ");
        reviewed.Claims.Select(c => c.Id).Should().Equal(parukh.Claims.Select(c => c.Id));
    }

    [Fact]
    public void SystemTextJson_ClaimHasReadableDates()
    {
        // README: system-text-json
        Claim claim = BundledLedgers.NagornoKarabakh.GetClaim("parukh-ru-mod-withdrawn");
        string json = JsonSerializer.Serialize(claim, ClaimLedgerJson.Options);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddClaimLedgerConverters();
        // README: end

        json.Should().Contain("\"earliest\": \"2022-03-27\"");
        JsonSerializer.Deserialize<Claim>(json, options).Should().Be(claim);
    }

    [Fact]
    public void Readme_CodeBlocksAreTheCodeOfThisFile()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string tests = File.ReadAllText(Path.Combine(root, "tests", "ClaimLedger.Tests", "ReadmeExamplesTests.cs"));
        var snippets = Regex.Matches(tests, @"// README: (?<name>[\w-]+)\r?\n(?<code>.*?)// README: end", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups["name"].Value, m => Normalise(m.Groups["code"].Value));
        var blocks = Regex.Matches(readme, @"```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline).Select(m => Normalise(m.Groups["code"].Value)).ToList();

        snippets.Should().NotBeEmpty();
        foreach (var (name, code) in snippets)
        {
            blocks.Should().Contain(b => b.Contains(code, StringComparison.Ordinal), $"the README should show the '{name}' example as it is tested");
        }
    }

    [Fact]
    public void Readme_ExampleFileLoadsAndShowsTheDenial()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        string json = Regex.Match(readme, @"```json\r?\n(?<json>.*?)```", RegexOptions.Singleline).Groups["json"].Value;

        Ledger ledger = LedgerFile.Parse(json);

        ledger.FindContradictions().Should().ContainSingle().Which.Explanation.Should().Be(
            "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; "
            + "Azerbaijani Ministry of Defence denied it in March 2022.");
    }

    private static string RepositoryRoot()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ClaimLedger.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return root;
    }

    private static string Normalise(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)));
}

using ClaimLedger.Contradictions;
using ClaimLedger.Data;
using ClaimLedger.Interop.Csv;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Interop.Csv;

/// <summary>Claims in and out of spreadsheets: the layout, the located problems, and the round trip.</summary>
public class LedgerCsvTests
{
    private static readonly Ledger Parties = new LedgerBuilder().AddParty(WellKnownParties.All).Build();

    private static CsvInput File(string name) => CsvInput.FromFile(Path.Combine("Csv", name));

    private static CsvImportFiles HandWritten => new(File("claims.csv"))
    {
        Sources = File("sources.csv"),
        Places = File("places.csv"),
        Incidents = File("incidents.csv"),
    };

    [Fact]
    public void Import_HandWrittenFiles_YieldTheClaimsAndTheirContradiction()
    {
        Ledger ledger = LedgerCsv.Import(HandWritten, Parties);

        ledger.Claims.Select(c => c.Id.Value).Should().Equal("ru-withdrawal", "az-denial");
        Claim ru = ledger.GetClaim("ru-withdrawal");
        ru.Attribution.Relays.Should().Equal(new SourceId("tass"));
        ru.Attribution.Stated.Should().Be(FuzzyDate.Parse("27 March 2022"));
        ru.Attribution.Citations.Should().Equal(Citation.Of("https://example.org/ru-mod-bulletin"));
        ledger.GetClaim("az-denial").Stance.Should().Be(Stance.Denies);
        ledger.GetClaim("az-denial").Note.Should().Be("read as a denial of the withdrawal");
        ledger.GetPlace("parukh").Aliases.Should().Equal("Farrukh", "Farukh");
        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }

    [Fact]
    public void Import_TenMistakes_ReportsAllTen_WithRowColumnAndValue()
    {
        var files = HandWritten with { Claims = File("ten-mistakes.csv") };

        var act = () => LedgerCsv.Import(files, Parties);

        ImmutableArray<CsvProblem> problems = act.Should().Throw<CsvImportException>().Which.Problems;
        problems.Select(p => (p.File.EndsWith("ten-mistakes.csv", StringComparison.Ordinal), p.Row, p.Column, p.Code)).Should().Equal(
            (true, 2, "id", ErrorCodes.InvalidIdentifier),
            (true, 3, "incident", ErrorCodes.UnknownReference),
            (true, 4, "speaker", ErrorCodes.UnknownReference),
            (true, 5, "stated", ErrorCodes.InvalidDate),
            (true, 6, "subject", ErrorCodes.InvalidTerm),
            (true, 7, "stance", ErrorCodes.InvalidValue),
            (true, 8, "quantity", ErrorCodes.InvalidQuantity),
            (true, 9, "citation_url", ErrorCodes.InvalidValue),
            (true, 10, "relays", ErrorCodes.RelayLoop),
            (true, 11, "predicate", ErrorCodes.UnknownReference));
        problems.Select(p => p.Value).Should().Equal("bad id", "no-such-incident", "nobody", "30 February 2022", "azerbaijan", "maybe", "lots and lots", "not-a-url", "ru-mod", "no-such-predicate");
        problems[3].ToString().Should().StartWith("Csv/ten-mistakes.csv, row 5, column stated: ");
    }

    [Fact]
    public void Import_Problems_LeaveNothingHalfImported()
    {
        var files = HandWritten with { Claims = File("ten-mistakes.csv") };

        LedgerCsv.TryImport(files, out Ledger? ledger, out ImmutableArray<CsvProblem> problems, Parties).Should().BeFalse();

        ledger.Should().BeNull();
        problems.Should().HaveCount(10);
        Parties.Claims.Should().BeEmpty();
    }

    [Theory]
    [InlineData("id,incident,speaker,subject,predicate,colour\n", 1, "colour", ErrorCodes.UnknownField)]
    [InlineData("id,incident,speaker,subject\n", 1, "predicate", ErrorCodes.Required)]
    [InlineData("", 0, null, ErrorCodes.Required)]
    [InlineData("id,incident,speaker,subject,predicate\nc1,parukh-2022,ru-mod,party:azerbaijan,withdrew-from,extra\n", 2, null, ErrorCodes.Syntax)]
    [InlineData("id,incident,speaker,subject,predicate,quote\nc1,parukh-2022,ru-mod,party:azerbaijan,withdrew-from,he said \"no\"\n", 2, null, ErrorCodes.Syntax)]
    [InlineData("id,incident,speaker,subject,predicate\nc1,parukh-2022,,party:azerbaijan,withdrew-from\n", 2, "speaker", ErrorCodes.Required)]
    public void Import_BadShape_IsLocated(string csv, int row, string? column, string code)
    {
        var files = HandWritten with { Claims = CsvInput.FromText("mine.csv", csv) };

        var act = () => LedgerCsv.Import(files, Parties);

        act.Should().Throw<CsvImportException>().Which.Problems.Should().Contain(p => p.File == "mine.csv" && p.Row == row && p.Column == column && p.Code == code);
    }

    [Fact]
    public void Import_ControlCharacterInAColumnName_IsEchoedEscaped()
    {
        // Found by the mutation fuzzer: the column of the problem carried the file's form feed to the terminal.
        var files = HandWritten with { Claims = CsvInput.FromText("mine.csv", "id,incident,speaker,subject,predicate,bad\fname\n") };

        var act = () => LedgerCsv.Import(files, Parties);

        act.Should().Throw<CsvImportException>().Which.Problems.Should().ContainSingle(p => p.Code == ErrorCodes.UnknownField)
            .Which.ToString().Should().NotContain("\f");
    }

    [Fact]
    public void Import_ProblemsInTheOtherFiles_AreLocatedThere()
    {
        var files = HandWritten with
        {
            Sources = CsvInput.FromText("sources.csv", "id,name,kind,party\nru-mod,Russian Ministry of Defence,army,russia\naz-mod,Azerbaijani Ministry of Defence,military,nowhere\n"),
        };

        var act = () => LedgerCsv.Import(files, Parties);

        act.Should().Throw<CsvImportException>().Which.Problems.Select(p => (p.File, p.Row, p.Column)).Should().Contain([("sources.csv", 2, "kind"), ("sources.csv", 3, "party")]);
    }

    [Fact]
    public void RoundTrip_BundledLedger_KeepsEveryClaim()
    {
        Ledger bundled = BundledLedgers.NagornoKarabakh;
        Ledger withoutClaims = new LedgerBuilder().Add(bundled.ToBatch() with { Claims = [] }).Build();
        var claims = new StringWriter();
        LedgerCsv.WriteClaims(bundled.Claims, claims);

        Ledger back = LedgerCsv.Import(new CsvImportFiles(CsvInput.FromText("claims.csv", claims.ToString())), withoutClaims);

        back.Claims.Should().Equal(bundled.Claims);
        back.FindContradictions().Select(c => c.Id).Should().Equal(bundled.FindContradictions().Select(c => c.Id));
    }

    [Fact]
    public void RoundTrip_EveryItemFile_RebuildsTheLedger()
    {
        Ledger bundled = BundledLedgers.NagornoKarabakh;
        string Csv(Action<Ledger, TextWriter> write)
        {
            var text = new StringWriter();
            write(bundled, text);
            return text.ToString();
        }

        var files = new CsvImportFiles(CsvInput.FromText("claims.csv", Csv((l, w) => LedgerCsv.WriteClaims(l.Claims, w))))
        {
            Parties = CsvInput.FromText("parties.csv", Csv(LedgerCsv.WriteParties)),
            Sources = CsvInput.FromText("sources.csv", Csv(LedgerCsv.WriteSources)),
            Places = CsvInput.FromText("places.csv", Csv(LedgerCsv.WritePlaces)),
            Incidents = CsvInput.FromText("incidents.csv", Csv(LedgerCsv.WriteIncidents)),
        };
        Ledger predicates = new LedgerBuilder().Add(new LedgerBatch { Predicates = [.. bundled.Predicates.Where(p => !BuiltInPredicates.All.Any(b => b.Id == p.Id))] }).Build();

        Ledger back = LedgerCsv.Import(files, predicates);

        back.Parties.Should().Equal(bundled.Parties);
        back.Sources.Should().Equal(bundled.Sources);
        back.Places.Should().Equal(bundled.Places);
        back.Incidents.Should().Equal(bundled.Incidents);
        back.Claims.Should().Equal(bundled.Claims);
    }

    [Fact]
    public void ClaimsTemplate_IsTheDocumentedHeader()
    {
        LedgerCsv.ClaimsTemplate().Should().Be(
            "id,incident,speaker,relays,stated,subject,predicate,object,place,time,stance,quantity,quote,citation_url,note,"
            + "citation_title,citation_publisher,citation_published,citation_section,citation_archive_url,citation_accessed,citation_relay,"
            + "voice,stated_after,as_of,modality,hedge,part_of,credibility,withdrawn_by,withdrawn_when,withdrawn_how\n");
    }

    [Fact]
    public void WriteContradictions_OneRowEach_NamesKindTimeSidesAndClaims()
    {
        Ledger ledger = LedgerCsv.Import(HandWritten, Parties);
        var text = new StringWriter();

        LedgerCsv.WriteContradictions(ledger.FindContradictions(), text);

        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Be("id,kind,incidents,time,time_earliest,time_latest,parties,sides,side_parties,side_claims,claims,tentative,explanation");
        lines[1].Should().MatchRegex("^c-[0-9a-f]{32},denial,parukh-2022,27 March 2022,2022-03-27,2022-03-27,azerbaijan;russia,")
            .And.Contain("ru-withdrawal | az-denial").And.Contain("az-denial;ru-withdrawal,false,");
    }
}

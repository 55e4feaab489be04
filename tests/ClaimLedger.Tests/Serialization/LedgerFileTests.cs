using System.Text;
using System.Text.Json.Nodes;
using ClaimLedger.Credibility;
using ClaimLedger.Data;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;
using FsCheck.Xunit;
using Json.Schema;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Serialization;

public class LedgerFileTests
{
    private static readonly JsonSchema Schema = LoadSchema();

    [Theory]
    [InlineData("truncated.json", "parties", ErrorCodes.Syntax, "the document ends early: it is truncated or not closed", 1)]
    [InlineData("empty.json", "$", ErrorCodes.Syntax, "the file is empty: expected a JSON object", null)]
    [InlineData("whitespace.json", "$", ErrorCodes.Syntax, "the file is empty: expected a JSON object", null)]
    [InlineData("not-an-object.json", "$", ErrorCodes.Syntax, "expected a JSON object at the top, found an array", 1)]
    [InlineData("unknown-reference.json", "claims[0].attribution.speaker", ErrorCodes.UnknownReference, "no source 'ru-mdo' is defined", 5)]
    [InlineData("duplicate-ids.json", "parties[1].id", ErrorCodes.DuplicateId, "the party id 'az' is already used by parties[0]", 5)]
    [InlineData("impossible-date.json", "incidents[0].when", ErrorCodes.InvalidDate, "Cannot read '30 February 2021' as a date: February 2021 has no day 30.", 4)]
    [InlineData("huge-number.json", "places[0].coordinates.latitude", ErrorCodes.OutOfRange, "1e400 is outside -90 to 90", 4)]
    [InlineData("huge-version.json", "version", ErrorCodes.InvalidValue, "'version' must be a whole number from 1, found 123456789012345678901234567890", 1)]
    [InlineData("invalid-utf8.json", "$", ErrorCodes.Syntax, "the file is not valid UTF-8: Unable to translate bytes [C3] at index 55 from specified code page to Unicode.", null)]
    [InlineData("newer-version.json", "version", ErrorCodes.UnsupportedVersion, "the file is format version 4, but this version of ClaimLedger reads format version 3: upgrade ClaimLedger to read it", 3)]
    [InlineData("unknown-field.json", "parties[0].nickname", ErrorCodes.UnknownField, "the format defines no property 'nickname' here", 4)]
    [InlineData("not-claimledger.json", "format", ErrorCodes.InvalidValue, "this is not a ClaimLedger file: 'format' is 'something-else', expected 'claimledger'", 1)]
    [InlineData("missing-version.json", "version", ErrorCodes.Required, "the file has no 'version' property: expected \"version\": 3", null)]
    public void Load_BadFile_ReportsWhatAndWhere(string file, string path, string code, string message, int? line)
    {
        var act = () => LedgerFile.Load(Path.Combine("BadFiles", file));

        ValidationProblem problem = act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be(path);
        problem.Code.Should().Be(code);
        problem.Message.Should().Be(message);
        problem.Line.Should().Be(line);
    }

    [Fact]
    public void Load_RepeatedQuotesTermIdsAndUnits_AreOneStringEach()
    {
        const string json = """
            {
              "format": "claimledger",
              "version": 3,
              "parties": [{ "id": "north", "name": "North" }],
              "sources": [{ "id": "n", "name": "North", "kind": "government", "party": "north" }],
              "places": [{ "id": "hill", "name": "Hill" }],
              "incidents": [{ "id": "clash", "title": "Clash" }],
              "claims": [
                { "id": "a", "incident": "clash", "attribution": { "speaker": "n", "quote": "We hold the hill." }, "proposition": { "subject": "party:north", "predicate": "controls", "object": "place:hill", "place": "hill" }, "stance": "affirms" },
                { "id": "b", "incident": "clash", "attribution": { "speaker": "n", "quote": "We hold the hill." }, "proposition": { "subject": "party:north", "predicate": "killed", "object": "place:hill" }, "stance": "affirms", "quantity": "12 killed" },
                { "id": "c", "incident": "clash", "attribution": { "speaker": "n" }, "proposition": { "subject": "party:north", "predicate": "killed", "object": "place:hill" }, "stance": "affirms", "quantity": "at least 40 killed" }
              ]
            }
            """;

        Ledger ledger = LedgerFile.Parse(json);

        Claim a = ledger.GetClaim("a"), b = ledger.GetClaim("b"), c = ledger.GetClaim("c");
        b.Attribution.Quote.Should().BeSameAs(a.Attribution.Quote);
        a.Proposition.Object!.Value.Should().BeSameAs(a.Proposition.Place!.Value.Value);
        c.Quantity!.Unit.Should().Be("killed").And.BeSameAs(b.Quantity!.Unit);
        c.Quantity.Should().Be(Quantity.AtLeast(40, "killed"));
        LedgerFile.ToJson(LedgerFile.Parse(LedgerFile.ToJson(ledger))).Should().Be(LedgerFile.ToJson(ledger));
    }

    [Fact]
    public void Load_WrongTypes_ReportsEachWithFoundType()
    {
        var act = () => LedgerFile.Load(Path.Combine("BadFiles", "wrong-types.json"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "parties[0].id (line 4, position 13): expected a string, found a number '5' [syntax]",
            "parties[0].name (line 4, position 24): expected a string, found an array [syntax]");
    }

    [Fact]
    public void Load_UnknownAlignedParty_NamesThePathAsTheFileWritesIt()
    {
        const string json = """{"format": "claimledger", "version": 3, "parties": [{"id": "a", "name": "A", "aligned": ["nobody"]}]}""";

        var act = () => LedgerFile.Parse(json);

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("parties[0].aligned[0]", "the file calls it 'aligned', whatever the property is called");
    }

    [Fact]
    public void Load_SeveralProblems_CollectsAllInOneReport()
    {
        var act = () => LedgerFile.Load(Path.Combine("BadFiles", "bad-quantity.json"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("claims[0].attribution.quote", ErrorCodes.EmptyQuote),
            ("claims[0].quantity", ErrorCodes.InvalidQuantity),
            ("claims[0].stance", ErrorCodes.InvalidValue));
    }

    [Fact]
    public void Load_DeepNesting_StopsAtTheLimit()
    {
        var act = () => LedgerFile.Load(Path.Combine("BadFiles", "deep-nesting.json"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should()
            .Contain(p => p.Code == ErrorCodes.LimitExceeded && p.Message == "the document is nested deeper than 32 levels");
    }

    [Fact]
    public void Load_ByteOrderMark_IsAccepted() =>
        LedgerFile.Load(Path.Combine("BadFiles", "byte-order-mark.json")).Title.Should().Be("With a byte-order mark");

    [Fact]
    public void Load_UnknownFieldUnderIgnorePolicy_Loads() =>
        LedgerFile.Load(Path.Combine("BadFiles", "unknown-field.json"), new LedgerFileOptions { UnknownFields = UnknownFieldPolicy.Ignore })
            .Parties.Should().ContainSingle().Which.Name.Should().Be("Azerbaijan");

    [Fact]
    public void Load_LargerThanLimit_IsRefused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(LedgerFile.ToJson(BundledLedgers.NagornoKarabakh)));

        var act = () => LedgerFile.Load(stream, new LedgerFileOptions { MaxBytes = 10_000 });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be("the document is larger than the limit of 10000 bytes");
    }

    [Fact]
    public void Load_StringLongerThanLimit_IsRefused()
    {
        string json = $$"""{ "format": "claimledger", "version": 1, "title": "{{new string('x', 50)}}" }""";

        var act = () => LedgerFile.Parse(json, new LedgerFileOptions { MaxStringLength = 20 });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == ErrorCodes.LimitExceeded && p.Path == "title");
    }

    [Fact]
    public void Load_TypeNamesInTheFile_AreNeverHonoured()
    {
        string json = """{ "$type": "System.IO.FileInfo, System.IO.FileSystem", "format": "claimledger", "version": 1 }""";

        var act = () => LedgerFile.Parse(json);

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == ErrorCodes.UnknownField && p.Path == "$type");
    }

    [Fact]
    public void SaveThenLoad_BundledDataSet_IsLossless()
    {
        Ledger original = BundledLedgers.NagornoKarabakh;
        string path = Path.Combine(Path.GetTempPath(), $"claimledger-{Guid.NewGuid():N}.json");
        try
        {
            LedgerFile.Save(original, path);
            Ledger loaded = LedgerFile.Load(path);

            loaded.ToBatch().Should().BeEquivalentTo(original.ToBatch(), o => o.WithStrictOrdering().ComparingByValue<Term>());
            loaded.Title.Should().Be(original.Title);
            LedgerFile.ToJson(loaded).Should().Be(File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Save_FailureMidWrite_LeavesOldFileWholeAndNoTemporaryFile()
    {
        string directory = Directory.CreateTempSubdirectory("claimledger-").FullName;
        string path = Path.Combine(directory, "ledger.json");
        File.WriteAllText(path, "the old contents");
        try
        {
            var act = () => LedgerFile.Save(BundledLedgers.NagornoKarabakh, path, inner => new FailingStream(inner, failAfterBytes: 4096));

            act.Should().Throw<IOException>().WithMessage("Simulated failure*");
            File.ReadAllText(path).Should().Be("the old contents");
            Directory.GetFiles(directory).Should().Equal(path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Save_ReplacesExistingFile()
    {
        string directory = Directory.CreateTempSubdirectory("claimledger-").FullName;
        string path = Path.Combine(directory, "ledger.json");
        File.WriteAllText(path, "the old contents");
        try
        {
            LedgerFile.Save(Build(), path);

            LedgerFile.Load(path).Parties.Should().HaveCount(5);
            Directory.GetFiles(directory).Should().Equal(path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ToJson_HasStableKeyOrderAndOneClaimPerObject()
    {
        string json = LedgerFile.ToJson(Build(Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022", relays: ["tass"])));

        json.Should().StartWith("{\n  \"format\": \"claimledger\",\n  \"version\": 3,\n  \"parties\": [");
        json.Should().Contain("""
                  "attribution": {
                    "voice": "attributed",
                    "speaker": "ru-mod",
                    "relays": [
                      "tass"
                    ]
                  },
                  "proposition": {
                    "subject": "party:azerbaijan",
                    "predicate": "withdrew-from",
                    "object": "place:parukh",
                    "time": "27 March 2022"
                  },
                  "stance": "affirms"
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        json.Should().NotContain("\"predicates\": [\n    {", "built-in predicates are not written");
    }

    [Fact]
    public void Schema_AcceptsTheBundledDataSetAsWritten() =>
        Validate(LedgerFile.ToJson(BundledLedgers.NagornoKarabakh)).Should().BeTrue();

    [Fact]
    public void Schema_RejectsAFileWithAnUnknownField() =>
        Validate("""{ "format": "claimledger", "version": 1, "parties": [{ "id": "a", "name": "A", "nick": "x" }] }""").Should().BeFalse();

    [Property(MaxTest = 40)]
    public bool SaveThenLoad_RandomLedger_GivesEqualLedgerThatTheSchemaAccepts(int seed)
    {
        Ledger original = RandomLedgers.Create(seed);

        string json = LedgerFile.ToJson(original);
        Ledger loaded = LedgerFile.Parse(json);

        LedgerBatch a = original.ToBatch();
        LedgerBatch b = loaded.ToBatch();
        return a.Parties.SequenceEqual(b.Parties) && a.Sources.SequenceEqual(b.Sources) && a.Places.SequenceEqual(b.Places)
            && a.Predicates.SequenceEqual(b.Predicates) && a.Incidents.SequenceEqual(b.Incidents) && a.Claims.SequenceEqual(b.Claims)
            && loaded.Title == original.Title && loaded.Description == original.Description
            && LedgerFile.ToJson(loaded) == json && Validate(json);
    }

    [Fact]
    public void OpenSchema_IsTheSchemaInTheRepository()
    {
        using var reader = new StreamReader(LedgerFile.OpenSchema());
        reader.ReadToEnd().Should().Contain("\"title\": \"ClaimLedger ledger file, format versions 1 to 3\"");
    }

    private static bool Validate(string json)
    {
        EvaluationResults results = Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid;
    }

    private static JsonSchema LoadSchema()
    {
        using var reader = new StreamReader(LedgerFile.OpenSchema());
        return JsonSchema.FromText(reader.ReadToEnd());
    }

    private sealed class FailingStream(Stream inner, long failAfterBytes) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_written + count > failAfterBytes)
            {
                throw new IOException($"Simulated failure after {_written} bytes.");
            }

            inner.Write(buffer, offset, count);
            _written += count;
        }
    }
}

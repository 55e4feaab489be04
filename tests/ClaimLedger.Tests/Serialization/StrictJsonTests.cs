using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Serialization;

/// <summary>A ledger file is strict JSON: each leniency of JavaScript or of general readers is refused where it is.</summary>
public class StrictJsonTests
{
    private const string Head = """{"format":"claimledger","version":1,""";

    /// <summary>Writes JSON with backticks for double quotes, so that the table below stays readable.</summary>
    private static string Q(string json) => json.Replace('`', '"');

    public static TheoryData<string, string, string, int> NotStrictJson => new()
    {
        { Head + Q("`parties`:[{`id`:`a`,`name`:`A`},]}"), "parties[0]", LedgerFileErrors.TrailingComma(']'), 70 },
        { Head + Q("`parties`:[{`id`:`a`,`name`:`A`,}]}"), "parties[0].name", LedgerFileErrors.TrailingComma('}'), 69 },
        { Head + Q("title:`t`}"), "version", LedgerFileErrors.UnquotedName('t'), 37 },
        { Head + Q("'title':`t`}"), "version", LedgerFileErrors.SingleQuotes, 37 },
        { Head + Q("`title`:'t'}"), "title", LedgerFileErrors.SingleQuotes, 45 },
        { Head + "\0\"title\":\"t\"}", "version", LedgerFileErrors.UnquotedName('\0'), 37 },
        { Head + "\"title\":\0\"t\"}", "title", LedgerFileErrors.UnexpectedCharacter('\0'), 45 },
        { Head + "\"title\":\"t\"\0}", "title", LedgerFileErrors.ExpectedCommaOrEnd('\0', '}'), 48 },
        { Head + "\"title\":\"a\u0001b\"}", "title", LedgerFileErrors.ControlInString('\u0001'), 47 },
        { Head + Q("`title`:`t`} /* c */"), "$", LedgerFileErrors.AfterTheEnd('/'), 50 },
        { Head + Q("`title`:`t`}{}"), "$", LedgerFileErrors.AfterTheEnd('{'), 49 },
        { Head + Q("`parties`:[],`parties`:[]}"), "parties", LedgerFileErrors.DuplicateName("parties"), 50 },
        { Head + Q("`claims`:[{`id`:`a`,`id`:`b`}]}"), "claims[0].id", LedgerFileErrors.DuplicateName("id"), 57 },
        { Head + Q("`title`:NaN}"), "title", LedgerFileErrors.UnexpectedCharacter('N'), 45 },
        { Head + Q("`places`:[{`id`:`p`,`name`:`P`,`coordinates`:{`latitude`:01,`longitude`:0}}]}"), "places[0].coordinates.latitude", LedgerFileErrors.LeadingZero, 95 },
        { Head + Q("`places`:[{`id`:`p`,`name`:`P`,`coordinates`:{`latitude`:+1,`longitude`:0}}]}"), "places[0].coordinates.latitude", LedgerFileErrors.UnexpectedCharacter('+'), 94 },
        { Head + Q("`places`:[{`id`:`p`,`name`:`P`,`coordinates`:{`latitude`:1.,`longitude`:0}}]}"), "places[0].coordinates.latitude", LedgerFileErrors.BadNumber, 96 },
        { Head + Q("`title`:`\\x`}"), "title", LedgerFileErrors.BadEscape('x'), 47 },
        { Head + Q("`title`:`\\u12`}"), "title", LedgerFileErrors.BadUnicodeEscape, 50 },
        { Head + Q("`title`:tru}"), "title", LedgerFileErrors.BadLiteral("true"), 48 },
    };

    [Theory]
    [MemberData(nameof(NotStrictJson))]
    public void Parse_NotStrictJson_IsRefusedWithPathLineAndPosition(string json, string path, string reason, int position)
    {
        var act = () => LedgerFile.Parse(json);

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle().Which.Should().Be(
            new ValidationProblem(path, ErrorCodes.Syntax, LedgerFileErrors.InvalidJson(reason)) { Line = 1, Position = position });
    }

    [Fact]
    public void Parse_NotStrictJson_IsRefusedUnderTheIgnorePolicyToo()
    {
        var act = () => LedgerFile.Parse(Head + Q("`x`: /* c */ 5}"), new LedgerFileOptions { UnknownFields = UnknownFieldPolicy.Ignore });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be(LedgerFileErrors.InvalidJson(LedgerFileErrors.Comment));
    }

    [Fact]
    public void Parse_LinesAndPositions_CountCrLfOnceAndStartAtOne()
    {
        var act = () => LedgerFile.Parse("{\r\n\"format\":\"claimledger\",\r\n\t\"version\":1,\n  \"title\": 5}");

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "title" && p.Line == 4 && p.Position == 12);
    }

    [Fact]
    public void Parse_EscapesAndNonAsciiText_ReadAsWritten()
    {
        Ledger ledger = LedgerFile.Parse(Head + Q("`title`:`a\\`b\\\\c\\/d\\u00e9\\ud83d\\ude00 \\u0442`,`description`:`line\\nbreak\\ttab`}"));

        ledger.Title.Should().Be("a\"b\\c/d\u00e9\U0001F600 \u0442");
        ledger.Description.Should().Be("line\nbreak\ttab");
    }

    [Fact]
    public void Parse_StringLongerThanTheLimitInAnArray_IsRefusedWithItsIndex()
    {
        string json = Head + $$"""
            "parties":[{"id":"a","name":"A","aliases":["ok","{{new string('x', 50)}}"]}]}
            """;

        var act = () => LedgerFile.Parse(json, new LedgerFileOptions { MaxStringLength = 20 });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
            p.Path == "parties[0].aliases[1]" && p.Code == ErrorCodes.LimitExceeded && p.Message == LedgerFileErrors.StringTooLong(50, 20));
    }

    [Fact]
    public void Load_HugeString_IsCountedNotBuilt()
    {
        // 100 million characters in a stream: if the reader built the string it would allocate 200 MB or more.
        using var stream = new RepeatingStream(Head + "\"title\":\"", 'x', 100_000_000, "\"}");
        long before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => LedgerFile.Load(stream, new LedgerFileOptions { MaxStringLength = 1000 });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be(LedgerFileErrors.StringTooLong(100_000_000, 1000));
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(20_000_000);
    }

    [Fact]
    public void Parse_ProblemMessages_EchoValuesBoundedAndEscaped()
    {
        string value = "\u001B]0;pwned\u0007" + new string('y', 100_000);
        string json = Head + $$"""
            "parties":[{"id":"a","name":"A","nick":"x"}], "sources":[{"id":"s","name":"S","kind":"{{value.Replace("\u001B", "\\u001b", StringComparison.Ordinal).Replace("\u0007", "\\u0007", StringComparison.Ordinal)}}"}]}
            """;

        var act = () => LedgerFile.Parse(json);

        ValidationProblem problem = act.Should().Throw<LedgerValidationException>().Which.Problems.Single(p => p.Path == "sources[0].kind");
        problem.Message.Length.Should().BeLessThan(500);
        problem.Message.Should().StartWith("'\\u001B]0;pwned\\u0007yyy").And.NotContain("\u001B");
    }

    [Fact]
    public void Parse_ManyNamesInOneObject_ChecksDuplicatesInLinearTime()
    {
        string names = string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"n{i}\":0"));

        var act = () => LedgerFile.Parse(Head + names + ",\"n5\":1}", new LedgerFileOptions { UnknownFields = UnknownFieldPolicy.Ignore });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be(LedgerFileErrors.InvalidJson(LedgerFileErrors.DuplicateName("n5")));
    }

    /// <summary>A stream of a head, one byte repeated, and a tail, made on the fly so the test holds no large buffer.</summary>
    private sealed class RepeatingStream(string head, char repeated, long count, string tail) : Stream
    {
        private readonly byte[] _head = System.Text.Encoding.UTF8.GetBytes(head);
        private readonly byte[] _tail = System.Text.Encoding.UTF8.GetBytes(tail);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _head.Length + count + _tail.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int length)
        {
            int written = 0;
            while (written < length && _position < Length)
            {
                long at = _position;
                buffer[offset + written] = at < _head.Length ? _head[at]
                    : at < _head.Length + count ? (byte)repeated
                    : _tail[at - _head.Length - count];
                written++;
                _position++;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using ClaimLedger.Serialization;
using ClaimLedger.Text;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Serialization.Reliability;

/// <summary>The loader reproducers of issue 15: each is now a documented refusal with its location, never another exception.</summary>
public class LoaderReproducerTests
{
    private static readonly LedgerFileOptions Ignore = new() { UnknownFields = UnknownFieldPolicy.Ignore };

    [Theory]
    [InlineData("min-bigint-latitude.json", "places[0].coordinates.latitude", "100000000000000000000000", -90, 90, 1)]
    [InlineData("42-bigint-latitude.json", "places[0].coordinates.latitude", "100000000000000000000000", -90, 90, 42)]
    [InlineData("43-bigint-credibility.json", "claims[0].credibility", "99999999999999999999999", 1, 6, 72)]
    public void Load_WholeNumberOf2To63OrMore_IsOutOfRange(string file, string path, string written, double min, double max, int line)
    {
        ValidationProblem problem = Refused(file).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Code.Should().Be(ErrorCodes.OutOfRange);
        problem.Message.Should().Be(LedgerFileErrors.OutOfRange(written, min, max));
        problem.AttemptedValue.Should().Be(written);
        problem.Line.Should().Be(line);
    }

    [Theory]
    [InlineData("min-comment-before-unknown-value-int.json", "x", 1, 7)]
    [InlineData("min-comment-before-unknown-value-int-2.json", "x", 1, 53)]
    [InlineData("min-comment-before-unknown-value-array.json", "x", 1, 7)]
    [InlineData("min-comment-before-known-string-bool.json", "title", 1, 46)]
    public void Load_CommentBeforeAValue_IsRefusedWhereItIs(string file, string path, int line, int position)
    {
        var comment = new ValidationProblem(path, ErrorCodes.Syntax, LedgerFileErrors.InvalidJson(LedgerFileErrors.Comment)) { Line = line, Position = position };

        // Under the default policy an unknown name is reported too, before the comment stops the reading.
        Refused(file).Should().EndWith(comment).And.OnlyContain(p => p == comment || p.Code == ErrorCodes.UnknownField);
        Refused(file, Ignore).Should().Equal(comment);
    }

    [Fact]
    public void Load_CommentBeforeStanceUnderIgnore_IsRefusedInsteadOfFlippingTheDenial()
    {
        ValidationProblem problem = Refused("d2-comment-flips-denial-with-Ignore.json", Ignore).Should().ContainSingle().Subject;

        problem.Code.Should().Be(ErrorCodes.Syntax);
        problem.Message.Should().Be(LedgerFileErrors.InvalidJson(LedgerFileErrors.Comment));
        problem.Line.Should().Be(33);
        problem.Position.Should().Be(7);
    }

    [Fact]
    public void Load_NulAndCommentsBetweenTokens_IsRefusedAtTheNul()
    {
        ValidationProblem problem = Refused("lf-load-crash-1.bin").Should().ContainSingle().Subject;

        problem.Should().Be(new ValidationProblem("$", ErrorCodes.Syntax, LedgerFileErrors.InvalidJson(LedgerFileErrors.UnquotedName('\0'))) { Line = 1, Position = 2 });
        problem.Message.Should().Contain("U+0000").And.NotContain("\0");
    }

    [Fact]
    public void Load_FullWidthDigitsInADate_IsAnInvalidDateWithItsPath()
    {
        ValidationProblem problem = Refused("min-ledger-fullwidth-date.json").Should().ContainSingle().Subject;

        problem.Path.Should().Be("claims[0].attribution.stated");
        problem.Code.Should().Be(ErrorCodes.InvalidDate);
        problem.Message.Should().Be(FuzzyDateErrors.CannotRead("27 March \uFF12\uFF10\uFF12\uFF12", FuzzyDateErrors.NonAsciiDigit('\uFF12')));
        problem.Line.Should().Be(63);
    }

    [Fact]
    public void Load_TwentyThousandEmptyClaims_ListsTheFirstThousandProblemsAndCountsTheRest()
    {
        ImmutableArray<ValidationProblem> problems = Refused("min-expensive-20000-empty-claims.json");

        problems.Should().HaveCount(LedgerFileErrors.MaxProblems + 1);
        problems.Take(4).Select(p => (p.Path, p.Code)).Should().Equal(
            ("claims[0].id", ErrorCodes.Required), ("claims[0].incident", ErrorCodes.Required),
            ("claims[0].attribution", ErrorCodes.Required), ("claims[0].proposition", ErrorCodes.Required));
        problems[^1].Should().Be(new ValidationProblem("$", ErrorCodes.TooManyProblems, LedgerFileErrors.MoreProblems(79_000, LedgerFileErrors.MaxProblems)));
    }

    private static ImmutableArray<ValidationProblem> Refused(string file, LedgerFileOptions? options = null)
    {
        var load = () => LedgerFile.Load(ReproducerFiles.PathOf(file), options);
        return load.Should().Throw<LedgerValidationException>().Which.Problems;
    }
}

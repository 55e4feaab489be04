using ClaimLedger.Credibility;
using FsCheck.Xunit;

namespace ClaimLedger.Tests.Credibility;

public class AdmiraltyGradeTests
{
    [Theory]
    [InlineData("B2", ReliabilityGrade.B, CredibilityGrade.ProbablyTrue)]
    [InlineData("A1", ReliabilityGrade.A, CredibilityGrade.Confirmed)]
    [InlineData("F6", ReliabilityGrade.F, CredibilityGrade.CannotBeJudged)]
    [InlineData(" c3 ", ReliabilityGrade.C, CredibilityGrade.PossiblyTrue)]
    [InlineData("e5", ReliabilityGrade.E, CredibilityGrade.Improbable)]
    public void Parse_ValidText_ReadsBothHalves(string text, ReliabilityGrade reliability, CredibilityGrade credibility)
    {
        AdmiraltyGrade grade = AdmiraltyGrade.Parse(text);

        grade.Reliability.Should().Be(reliability);
        grade.Credibility.Should().Be(credibility);
    }

    [Fact]
    public void ToString_B2_PrintsLetterAndDigit() =>
        new AdmiraltyGrade(ReliabilityGrade.B, CredibilityGrade.ProbablyTrue).ToString().Should().Be("B2");

    [Theory]
    [InlineData("G2", "'G2' is not an Admiralty grade: 'G' is not a reliability grade (expected a letter A-F).")]
    [InlineData("B7", "'B7' is not an Admiralty grade: '7' is not a credibility grade (expected a digit 1-6).")]
    [InlineData("B0", "'B0' is not an Admiralty grade: '0' is not a credibility grade (expected a digit 1-6).")]
    [InlineData("2B", "'2B' is not an Admiralty grade: '2' is not a reliability grade (expected a letter A-F).")]
    [InlineData("B22", "'B22' is not an Admiralty grade: expected a reliability letter A-F followed by a credibility digit 1-6, such as 'B2'.")]
    [InlineData("", "'' is not an Admiralty grade: expected a reliability letter A-F followed by a credibility digit 1-6, such as 'B2'.")]
    public void Parse_InvalidText_ThrowsNamingTheInput(string text, string message)
    {
        Action parse = () => AdmiraltyGrade.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage(message);
        AdmiraltyGrade.TryParse(text, out _).Should().BeFalse();
        AdmiraltyGrade.TryParse(text, out _, out string? error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void Parse_Null_Throws() =>
        ((Action)(() => AdmiraltyGrade.Parse(null!))).Should().Throw<ArgumentNullException>();

    [Fact]
    public void TryParse_Null_ReturnsFalse() => AdmiraltyGrade.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void Constructor_UndefinedHalf_Throws()
    {
        ((Action)(() => _ = new AdmiraltyGrade((ReliabilityGrade)7, CredibilityGrade.Confirmed))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new AdmiraltyGrade(ReliabilityGrade.A, (CredibilityGrade)0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Default_ReadsAsA1AndEqualsA1()
    {
        AdmiraltyGrade none = default;

        none.ToString().Should().Be("A1");
        none.Should().Be(AdmiraltyGrade.Parse("A1"));
        none.GetHashCode().Should().Be(AdmiraltyGrade.Parse("A1").GetHashCode());
    }

    [Fact]
    public void Of_GradedSourceAndClaim_CombinesBoth()
    {
        Ledger ledger = new LedgerBuilder()
            .Add(TestData.World)
            .AddSource(new Source("graded", "Graded outlet", SourceKind.IndependentMedia) { Reliability = ReliabilityGrade.B })
            .AddClaim(TestData.Claim("graded-claim", "graded", "party:azerbaijan", "controls", "place:parukh") with { Credibility = CredibilityGrade.ProbablyTrue })
            .AddClaim(TestData.Claim("ungraded-claim", "ru-mod", "party:azerbaijan", "controls", "place:parukh"))
            .Build();

        AdmiraltyGrade.Of(ledger, ledger.GetClaim("graded-claim")).Should().Be(AdmiraltyGrade.Parse("B2"));
        AdmiraltyGrade.Of(ledger, ledger.GetClaim("ungraded-claim")).Should().BeNull();
    }

    [Property]
    public bool ToString_ThenParse_RoundTrips(byte r, byte c)
    {
        var grade = new AdmiraltyGrade((ReliabilityGrade)((r % 6) + 1), (CredibilityGrade)((c % 6) + 1));
        return AdmiraltyGrade.Parse(grade.ToString()) == grade && grade.ToString().Length == 2;
    }
}

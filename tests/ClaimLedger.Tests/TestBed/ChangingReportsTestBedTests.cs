using ClaimLedger.Contradictions;

namespace ClaimLedger.Tests.TestBed;

/// <summary>
/// Reports that change over time in the real incidents of the test bed: tolls that rise over days are a sequence,
/// revisions are not contradictions, a disagreement at the same moment still is, and a withdrawn statement is a
/// retraction by its speaker.
/// </summary>
public class ChangingReportsTestBedTests
{
    private static readonly Lazy<TestBedCase> Crocus = new(() => TestBedCase.Load("crocus-city-hall"));
    private static readonly Lazy<TestBedCase> Douma = new(() => TestBedCase.Load("douma"));

    [Fact]
    public void RisingOfficialToll_OverDays_IsNeverFlagged()
    {
        TestBedCase bed = Crocus.Value;
        string[] official = ["ic-137", "bastrykin-139", "murashko-140", "mchs-143", "murashko-144", "tass-149"];

        foreach (string earlier in official)
        {
            foreach (string later in official.SkipWhile(id => id != earlier).Skip(1))
            {
                bed.Separating(new TestBedCase.Expectation([earlier, later], null, "a rising toll"))
                    .Should().BeNull($"{earlier} then {later} is a toll rising from one day to the next");
            }
        }
    }

    [Fact]
    public void OneSpeakersTollsOfOneDay_AreARevision()
    {
        Revision revision = Crocus.Value.Ledger.FindRevisions().Should()
            .ContainSingle(r => r.Speaker == "investigative-committee" && r.Measure.Contains(" killed ", StringComparison.Ordinal)).Subject;

        revision.Figures.Select(c => c.Id.Value).Should().ContainInOrder("ic-93", "ic-115", "ic-133", "ic-137", "tass-149");
        revision.Current.Id.Value.Should().Be("tass-149");
    }

    [Fact]
    public void SameNightTollsThatDisagree_AreStillFlagged()
    {
        Contradiction found = Douma.Value.Separating(new TestBedCase.Expectation(["raed-saleh-70", "sams-35"], null, "70 against 35 the same night"))
            .Should().NotBeNull().And.Subject.As<Contradiction>();

        found.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
    }

    [Theory]
    [InlineData("al-ahli", "naftali-deleted", "deleted the post")]
    [InlineData("al-ahli", "bowen-flattened", "admitted he got it wrong")]
    [InlineData("douma", "wh-150-deleted", "deleted the tweet")]
    [InlineData("balakot", "ghafoor-two-pilots", "corrected later the same day")]
    public void WithdrawnStatement_IsARetractionThatSaysWhatHappened(string incident, string claim, string what)
    {
        TestBedCase bed = TestBedCase.Load(incident);

        Contradiction found = bed.Found.Should().Contain(c => c.Kind == ContradictionKind.Retraction && c.Claims.Any(x => x.Id.Value == claim)).Subject;

        found.Explanation.Should().Contain(what).And.EndWith(".");
        found.Explanation.Should().NotContain("denied it", "the speaker withdrew the statement; nobody denied it");
    }
}

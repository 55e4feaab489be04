using ClaimLedger.Credibility;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

public class TruthDiscoveryTests
{
    private static readonly Proposition Withdrew = new(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh"));
    private static readonly Proposition Controls = new(Term.Party("azerbaijan"), "controls", Term.Place("parukh"));

    [Fact]
    public void Run_Parukh_StayedAccountRanksAboveWithdrawal()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(Parukh.Ledger);

        result.Converged.Should().BeTrue();
        PropositionBelief withdrew = result.BeliefIn(Withdrew)!;
        PropositionBelief controls = result.BeliefIn(Controls)!;
        withdrew.Belief.Should().BeLessThan(0.5);
        withdrew.Favoured.Should().Be(Stance.Denies);
        controls.Belief.Should().BeGreaterThan(0.5);
        (1 - withdrew.Belief).Should().BeGreaterThan(withdrew.Belief, "the account that the troops stayed is believed more than the withdrawal");
        withdrew.Affirming.Select(v => v.Source.Value).Should().Equal("ru-mod");
        withdrew.Denying.Select(v => v.Source.Value).Should().Equal("az-mod", "beglaryan");
        result.ScoreOf("ru-mod").Score.Should().BeLessThan(result.ScoreOf("az-mod").Score);
        result.ScoreOf("ru-mod").Score.Should().BeLessThan(result.ScoreOf("beglaryan").Score);
        result.Sources[^1].Source.Value.Should().Be("ru-mod");
    }

    [Fact]
    public void Run_SameSpeakerThroughTwoRelayChains_CountsOnce()
    {
        TruthDiscoveryResult once = TruthDiscovery.Default.Run(Parukh.Ledger);
        TruthDiscoveryResult twice = TruthDiscovery.Default.Run(Parukh.WithTwoRelayChains);

        twice.BeliefIn(Withdrew)!.Belief.Should().BeApproximately(once.BeliefIn(Withdrew)!.Belief, 1e-12);
        twice.ScoreOf("ru-mod").Score.Should().BeApproximately(once.ScoreOf("ru-mod").Score, 1e-12);
        BeliefVote vote = twice.BeliefIn(Withdrew)!.Affirming.Should().ContainSingle().Subject;
        vote.Claims.Select(c => c.Value).Should().Equal("parukh-ru-mod-withdrawal", "parukh-ru-mod-withdrawal-ria");
        twice.Sources.Select(s => s.Source.Value).Should().NotContain(["tass", "ria"]);
    }

    [Fact]
    public void Run_CopiersOutvoteIndependentSources_MajorityIsWrongEstimatorIsRight()
    {
        Ledger ledger = Copiers.Ledger;

        foreach (string convoy in Copiers.Convoys)
        {
            var votes = ledger.Claims.Where(c => c.Proposition.Subject.Value == convoy).ToList();
            votes.Count(c => c.Stance == Stance.Affirms).Should().BeGreaterThan(votes.Count(c => c.Stance == Stance.Denies), "majority voting sides with the copies");
        }

        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);

        result.Converged.Should().BeTrue();
        foreach (string convoy in Copiers.Convoys)
        {
            result.BeliefIn(Copiers.Attacked(convoy))!.Belief.Should().BeLessThan(0.5, $"{convoy}: the independent sources deny it");
        }

        foreach (string independent in Copiers.Independents)
        {
            foreach (string copier in Copiers.Group)
            {
                result.ScoreOf(independent).Score.Should().BeGreaterThan(result.ScoreOf(copier).Score);
            }
        }

        result.Dependencies.Should().HaveCount(6, "every pair of the four identical sources");
        result.Dependencies.Should().OnlyContain(d => Copiers.Group.Contains(d.First.Value) && Copiers.Group.Contains(d.Second.Value) && d.Degree == 1);
        result.Dependencies[0].Reason.Should().Be("Copy desk 1 and Copy desk 2 give the same answer to 3 questions, 100% of the 3 answered by the one that says less");
    }

    [Fact]
    public void Run_CopiesNotDiscounted_FollowsTheMajority()
    {
        var naive = new TruthDiscovery(new TruthDiscoveryOptions { CopyDiscount = 0 });

        TruthDiscoveryResult result = naive.Run(Copiers.Ledger);

        result.BeliefIn(Copiers.Attacked("convoy 1"))!.Belief.Should().BeGreaterThan(0.5);
        result.Dependencies.Should().BeEmpty();
    }

    [Fact]
    public void Run_OutletThatOnlyRepeatsOneMinistry_IsDiscountedAsItsCopy()
    {
        Ledger ledger = new LedgerBuilder().Add(World)
            .AddSource(new Source("echo", "Echo outlet", SourceKind.PartisanMedia), new Source("wire", "Wire", SourceKind.IndependentMedia), new Source("monitor", "Monitor", SourceKind.Ngo))
            .AddClaim(
                Claim("w1", "wire", "text:convoy 1", "attacked", "place:hadrut", "hadrut-2020"),
                Claim("w2", "wire", "text:convoy 2", "attacked", "place:hadrut", "hadrut-2020"),
                Claim("w3", "wire", "text:convoy 3", "attacked", "place:hadrut", "hadrut-2020", stance: Stance.Denies),
                Claim("e1", "echo", "text:convoy 1", "attacked", "place:hadrut", "hadrut-2020"),
                Claim("e2", "echo", "text:convoy 2", "attacked", "place:hadrut", "hadrut-2020"),
                Claim("m1", "monitor", "text:convoy 1", "attacked", "place:hadrut", "hadrut-2020", stance: Stance.Denies))
            .Build();

        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);

        SourceDependence copy = result.Dependencies.Should().ContainSingle().Subject;
        (copy.First.Value, copy.Second.Value).Should().Be(("echo", "wire"));
        copy.Degree.Should().Be(1, "every answer the echo gives, the wire gives too");
        result.BeliefIn(Copiers.Attacked("convoy 1"))!.Belief.Should().Be(0.5, "the echo adds nothing to the wire, which the monitor contradicts");
    }

    [Fact]
    public void Run_ClaimsInAnotherOrder_GiveTheSameResult()
    {
        TruthDiscoveryResult forward = TruthDiscovery.Default.Run(Copiers.Ledger);
        TruthDiscoveryResult backward = TruthDiscovery.Default.Run(
            new LedgerBuilder().Add(World).AddSource([.. Copiers.Sources]).AddClaim([.. Copiers.Claims.Reverse()]).Build());

        backward.Sources.Select(s => (s.Source, s.Score)).Should().Equal(forward.Sources.Select(s => (s.Source, s.Score)));
        backward.Propositions.Select(p => p.Belief).Should().Equal(forward.Propositions.Select(p => p.Belief));
        backward.Iterations.Should().Be(forward.Iterations);
    }

    [Fact]
    public void Run_AnalystGrades_ArePriors()
    {
        Ledger graded = new LedgerBuilder()
            .AddParty([.. WellKnownParties.All])
            .AddSource([.. World.Sources.Select(s => s.Id.Value == "ru-mod" ? s with { Reliability = ReliabilityGrade.A } : s)])
            .AddPlace([.. World.Places]).AddIncident([.. World.Incidents])
            .AddClaim(Parukh.Withdrawal, Parukh.Denial, Parukh.RemainsOccupied)
            .Build();

        SourceScore ungraded = TruthDiscovery.Default.Run(Parukh.Ledger).ScoreOf("ru-mod");
        SourceScore a = TruthDiscovery.Default.Run(graded).ScoreOf("ru-mod");

        a.Prior.Should().Be(0.9);
        a.AnalystGrade.Should().Be(ReliabilityGrade.A);
        ungraded.Prior.Should().Be(0.5);
        a.Score.Should().BeGreaterThan(ungraded.Score);
    }

    [Fact]
    public void Run_Parukh_ExplainsWhichClaimsMovedEachScore()
    {
        SourceScore score = TruthDiscovery.Default.Run(Parukh.Ledger).ScoreOf("ru-mod");

        score.Contributions.Should().HaveCount(2);
        score.Contributions.SelectMany(c => c.Claims).Should().OnlyContain(id => id == Parukh.Withdrawal.Id);
        score.Contributions.Should().OnlyContain(c => c.Agreement < 0.5 && c.Effect < 0);
        (score.Prior + score.Contributions.Sum(c => c.Effect)).Should().BeApproximately(score.Score, 1e-5, "the effects are taken at the last scores, which moved by less than the tolerance");
        score.Explain().Should().StartWith("Russian Ministry of Defence: 0.").And.Contain("'parukh-ru-mod-withdrawal'").And.Contain("not graded");
    }

    [Fact]
    public void Run_LoneSource_KeepsItsPrior()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(Build(Parukh.Withdrawal));

        SourceScore score = result.Sources.Should().ContainSingle().Subject;
        score.Score.Should().Be(0.5);
        score.Contributions.Should().BeEmpty();
        score.Explain().Should().EndWith("no other source speaks to what it said, so only the prior counts.");
        result.Propositions.Should().BeEmpty();
        result.Converged.Should().BeTrue();
    }

    [Fact]
    public void Run_EmptyLedger_ReturnsNothing()
    {
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(Ledger.Empty);

        result.Sources.Should().BeEmpty();
        result.Propositions.Should().BeEmpty();
        result.Converged.Should().BeTrue();
    }

    [Fact]
    public void ScoreOf_UnknownSource_Throws() =>
        ((Action)(() => TruthDiscovery.Default.Run(Parukh.Ledger).ScoreOf("reuters"))).Should().Throw<KeyNotFoundException>();

    [Fact]
    public void BeliefIn_UncontestedTime_ReturnsNull() =>
        TruthDiscovery.Default.Run(Parukh.Ledger).BeliefIn(Withdrew with { Time = FuzzyDate.Parse("May 2022") }).Should().BeNull();

    [Theory]
    [InlineData(0, 1e-6, 0.5, "MaxIterations must be at least 1, but was 0.*")]
    [InlineData(10, 0, 0.5, "Tolerance must be greater than 0, but was 0.*")]
    [InlineData(10, 1e-6, 1.0, "UngradedPrior must be strictly between 0 and 1, but was 1.*")]
    public void Constructor_OptionOutOfRange_ThrowsNamingIt(int iterations, double tolerance, double prior, string message) =>
        ((Action)(() => _ = new TruthDiscovery(new TruthDiscoveryOptions { MaxIterations = iterations, Tolerance = tolerance, UngradedPrior = prior })))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);

    [Fact]
    public void Run_OneIterationAllowed_ReportsNotConverged()
    {
        TruthDiscoveryResult result = new TruthDiscovery(new TruthDiscoveryOptions { MaxIterations = 1 }).Run(Parukh.Ledger);

        result.Iterations.Should().Be(1);
        result.Converged.Should().BeFalse();
    }
}

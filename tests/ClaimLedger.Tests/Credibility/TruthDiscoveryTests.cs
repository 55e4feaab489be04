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
        withdrew.Belief.Should().BeLessThan(0.5);
        withdrew.Favoured.Should().Be(Stance.Denies);
        withdrew.Affirming.Select(v => v.Source.Value).Should().Equal("ru-mod");
        withdrew.Denying.Select(v => v.Source.Value).Should().Equal("az-mod", "beglaryan");
        QuestionBelief holder = result.AnswerTo("controls", Term.Place("parukh"), FuzzyDate.Parse("27 March 2022"))!;
        holder.IsOneValueAtATime.Should().BeTrue();
        holder.Favoured!.Value.Should().Be(Term.Party("azerbaijan"), "the only holder claimed, denied only by the withdrawal's implication");
        holder.Favoured.Affirming.Select(v => v.Source.Value).Should().Equal("beglaryan");
        holder.Favoured.Denying.Select(v => v.Source.Value).Should().Equal("ru-mod");
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
    public void Run_TwoCopiersOfOneSource_CountOnceAndMajorityIsOverturned()
    {
        Ledger ledger = CopyDesks.Ledger;
        var votes = ledger.Claims.Where(c => c.Proposition.Subject.Equals(CopyDesks.Unit(9))).GroupBy(c => c.Proposition.Object!.Value).ToDictionary(g => g.Key, g => g.Count());
        votes["impostor 9"].Should().BeGreaterThan(votes["officer 9"], "majority voting sides with the copies");

        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);

        result.Converged.Should().BeTrue();
        result.Dependencies.Select(d => (d.First.Value, d.Second.Value)).Should().Equal(("copy-1", "copy-2"), ("copy-1", "wire"), ("copy-2", "wire"));
        result.Dependencies.Should().OnlyContain(d => d.Degree > 0.99);
        QuestionBelief answer = result.AnswerTo(CopyDesks.CommandedBy.Id, CopyDesks.Unit(9))!;
        answer.Favoured!.Value.Should().Be(CopyDesks.Officer(9), "two independent monitors outweigh one wire and its copies");
        ValueBelief copied = answer.Values.Single(v => v.Value!.Value == "impostor 9");
        copied.Affirming.Select(v => v.Source.Value).Should().Equal(CopyDesks.Group);
        copied.Affirming.Sum(v => v.Independence).Should().BeApproximately(1, 0.02, "a source and two sure copies of it count as one voice");
        foreach (string monitor in CopyDesks.Monitors)
        {
            result.ScoreOf(monitor).Score.Should().BeGreaterThan(result.ScoreOf("wire").Score);
        }
    }

    [Fact]
    public void Run_TwoCopiersOfOneSource_ReasonSaysWhatTheyShare() =>
        TruthDiscovery.Default.Run(CopyDesks.Ledger).Dependencies.Single(d => d.First == "copy-1" && d.Second == "wire").Reason
            .Should().StartWith("Copy desk 1 and Wire give the same answer to 7 of the 7 contested questions both answer, 2.")
            .And.Contain("of them believed false: copying is").And.EndWith("% likely");

    [Fact]
    public void Run_IndependentSourcesThatDisagree_AreNotCopiers()
    {
        // Two sources answer the same five units, always differently: nothing they share says one copies the other.
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(CopyDesks.CommandedBy).AddSource(CopyDesks.Sources)
            .AddClaim([.. Enumerable.Range(1, 5).SelectMany(u => new[]
            {
                CopyDesks.Says($"m1-{u}", "monitor-1", u, $"officer {u}"),
                CopyDesks.Says($"m2-{u}", "monitor-2", u, $"captain {u}"),
            })])
            .Build();

        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);

        result.Dependencies.Should().BeEmpty();
        result.AnswerTo(CopyDesks.CommandedBy.Id, CopyDesks.Unit(1))!.Values.SelectMany(v => v.Affirming).Should().OnlyContain(v => v.Independence > 0.99);
    }

    [Fact]
    public void Run_CopiesNotDiscounted_FollowsTheMajority()
    {
        var naive = new TruthDiscovery(new TruthDiscoveryOptions { CopyDiscount = 0 });

        TruthDiscoveryResult result = naive.Run(CopyDesks.Ledger);

        result.AnswerTo(CopyDesks.CommandedBy.Id, CopyDesks.Unit(9))!.Favoured!.Value.Should().Be(Term.Text("impostor 9"));
        result.Dependencies.Should().BeEmpty();
    }

    [Fact]
    public void Run_ImpliedDenialsAreNotSharedAnswers()
    {
        // The wire and the monitor name different commanders of three units: under one value at a time each implies
        // that the other's commander is wrong, but they never give the same answer, so they are not copies.
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(CopyDesks.CommandedBy).AddSource(CopyDesks.Sources)
            .AddClaim([.. Enumerable.Range(1, 3).SelectMany(u => new[]
            {
                CopyDesks.Says($"w-{u}", "wire", u, $"officer {u}"),
                CopyDesks.Says($"m-{u}", "monitor-1", u, $"impostor {u}"),
            })])
            .Build();

        TruthDiscovery.Default.Run(ledger).Dependencies.Should().BeEmpty();
    }

    [Fact]
    public void Run_ClaimsInAnotherOrder_GiveTheSameResult()
    {
        TruthDiscoveryResult forward = TruthDiscovery.Default.Run(CopyDesks.Ledger);
        TruthDiscoveryResult backward = TruthDiscovery.Default.Run(
            new LedgerBuilder().Add(World).AddPredicate(CopyDesks.CommandedBy).AddSource([.. CopyDesks.Sources]).AddClaim([.. CopyDesks.Claims.Reverse()]).Build());

        backward.Sources.Select(s => (s.Source, s.Score)).Should().Equal(forward.Sources.Select(s => (s.Source, s.Score)));
        backward.Propositions.Select(p => p.Belief).Should().Equal(forward.Propositions.Select(p => p.Belief));
        backward.Questions.Select(q => q.Values.Select(v => (v.Value, v.Belief)).ToList()).Should().BeEquivalentTo(
            forward.Questions.Select(q => q.Values.Select(v => (v.Value, v.Belief)).ToList()), o => o.WithStrictOrdering());
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

        score.Contributions.Should().HaveCount(2, "the withdrawal, and the denial of control it implies");
        score.Contributions.SelectMany(c => c.Claims).Should().OnlyContain(id => id == Parukh.Withdrawal.Id);
        ScoreContribution withdrawal = score.Contributions.Single(c => c.Proposition.Predicate == "withdrew-from");
        withdrawal.Agreement.Should().BeLessThan(0.5, "both other sources deny the withdrawal");
        withdrawal.Effect.Should().BeNegative();
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

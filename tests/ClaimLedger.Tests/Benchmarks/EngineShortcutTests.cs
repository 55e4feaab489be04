using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Contradictions;

namespace ClaimLedger.Tests.Benchmarks;

/// <summary>The engine skips topics and narrows to a claim's propositions; these check it finds what a full pass finds.</summary>
public class EngineShortcutTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(7)]
    public void FindAll_OnSeveralThreads_IsTheOneThreadResultInTheSameOrder(int threads)
    {
        ImmutableArray<Contradiction> one = new ContradictionEngine(new ContradictionOptions { MaxDegreeOfParallelism = 1 }).FindAll(GeneratedLedgers.Ledger);

        ImmutableArray<Contradiction> many = new ContradictionEngine(new ContradictionOptions { MaxDegreeOfParallelism = threads }).FindAll(GeneratedLedgers.Ledger);

        one.Should().NotBeEmpty();
        many.Select(c => (c.Id, c.Explanation)).Should().Equal(one.Select(c => (c.Id, c.Explanation)));
    }

    [Fact]
    public void FindFor_EveryPlantedAndSomeOrdinaryClaims_MatchesFindAll()
    {
        Ledger ledger = GeneratedLedgers.Ledger;
        var all = ContradictionEngine.Default.FindAll(ledger);
        IEnumerable<ClaimId> claims = GeneratedLedgers.Synthetic.Planted.SelectMany(p => p.Claims)
            .Concat(ledger.Claims.Where((_, i) => i % 97 == 0).Select(c => c.Id));

        foreach (ClaimId claim in claims)
        {
            ContradictionEngine.Default.FindFor(ledger, claim).Select(c => c.Id)
                .Should().Equal(all.Where(c => c.Involves(claim)).Select(c => c.Id), $"claim {claim}");
        }
    }

    [Fact]
    public void FindAbout_PlantedIncidents_MatchesFindAll()
    {
        Ledger ledger = GeneratedLedgers.Ledger;
        var all = ContradictionEngine.Default.FindAll(ledger);

        foreach (PlantedScenario planted in GeneratedLedgers.Synthetic.Planted.Take(200))
        {
            ContradictionEngine.Default.FindAbout(ledger, planted.Incident).Select(c => c.Id)
                .Should().Equal(all.Where(c => c.Incidents.Contains(planted.Incident)).Select(c => c.Id));
        }
    }

    [Fact]
    public void FindAll_WithACustomRule_StillSeesEveryTopic()
    {
        var seen = new CountingRule();
        var engine = new ContradictionEngine(new ContradictionOptions { Rules = [seen] });

        engine.FindAll(GeneratedLedgers.Ledger);

        seen.Topics.Should().BeGreaterThan(100);
    }

    private sealed class CountingRule : IContradictionRule
    {
        public int Topics { get; private set; }

        public string Name => "counting";

        public IEnumerable<Contradiction> Find(ContradictionTopic topic)
        {
            Topics++;
            return [];
        }
    }
}

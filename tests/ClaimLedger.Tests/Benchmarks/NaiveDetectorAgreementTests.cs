using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Contradictions;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Benchmarks;

public class NaiveDetectorAgreementTests
{
    [Fact]
    public void FindPairs_On10k_FindsTheSamePairsAsTheEngine()
    {
        Ledger ledger = GeneratedLedgers.Ledger;

        HashSet<ConflictingPair> naive = NaivePairDetector.FindPairs(ledger);
        HashSet<ConflictingPair> engine = EnginePairs.Of(ledger, ContradictionEngine.Default.FindAll(ledger));

        naive.Should().NotBeEmpty();
        naive.Should().BeEquivalentTo(engine);
    }

    [Fact]
    public void FindPairs_OverlappingGroup_FindsOnlyPairsWhoseTimesOverlap()
    {
        // The engine reports one group; only three of its four cross pairs overlap in time.
        Ledger ledger = Build(
            Claim("a1", "ru-mod", "party:azerbaijan", "violated", "text:the ceasefire", time: "1-2 March 2022"),
            Claim("d1", "az-mod", "party:azerbaijan", "violated", "text:the ceasefire", stance: Stance.Denies, time: "1-10 March 2022"),
            Claim("a2", "tass", "party:azerbaijan", "violated", "text:the ceasefire", time: "9-12 March 2022"),
            Claim("d2", "az-mod", "party:azerbaijan", "violated", "text:the ceasefire", stance: Stance.Denies, time: "12-20 March 2022"));

        HashSet<ConflictingPair> naive = NaivePairDetector.FindPairs(ledger);
        HashSet<ConflictingPair> engine = EnginePairs.Of(ledger, ContradictionEngine.Default.FindAll(ledger));

        naive.Should().BeEquivalentTo(engine);
        naive.Select(p => $"{p.First}/{p.Second}").Should().BeEquivalentTo("a1/d1", "a2/d1", "a2/d2");
    }
}

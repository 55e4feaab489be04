using System.Collections.Immutable;
using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Contradictions;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Benchmarks;

public class GeneratorTests
{
    [Fact]
    public void Generate_10k_IsValidThroughLedgerBuilder()
    {
        SyntheticLedger synthetic = GeneratedLedgers.Synthetic;
        var builder = new LedgerBuilder();

        builder.TryAdd(synthetic.ToBatch(), out ImmutableArray<ValidationProblem> problems).Should().BeTrue();

        problems.Should().BeEmpty();
        builder.ClaimCount.Should().Be(10_000);
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameLedger()
    {
        SyntheticLedger first = LedgerGenerator.Generate(2_000, seed: 7);
        SyntheticLedger second = LedgerGenerator.Generate(2_000, seed: 7);

        second.Claims.Should().Equal(first.Claims);
        second.World.Should().BeEquivalentTo(first.World);
        second.Planted.Select(p => p.Claims.ToArray()).Should().BeEquivalentTo(first.Planted.Select(p => p.Claims.ToArray()), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Generate_OtherSeed_GivesAnotherLedger()
    {
        SyntheticLedger first = LedgerGenerator.Generate(2_000, seed: 7);
        SyntheticLedger second = LedgerGenerator.Generate(2_000, seed: 8);

        second.Claims.Should().NotEqual(first.Claims);
    }

    [Fact]
    public void Generate_10k_PlantsTheConfiguredSharesOfContradictionsAndLookAlikes()
    {
        SyntheticLedger synthetic = GeneratedLedgers.Synthetic;
        int incidents = synthetic.World.Incidents.Length;

        ((double)synthetic.Contradictions.Count() / incidents).Should().BeApproximately(synthetic.Options.ContradictionShare, 0.03);
        ((double)synthetic.LookAlikes.Count() / incidents).Should().BeApproximately(synthetic.Options.LookAlikeShare, 0.03);
        synthetic.Planted.Select(p => p.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<ScenarioKind>());
    }

    [Fact]
    public void Generate_10k_HasALongTailOfClaimsPerIncident()
    {
        var perIncident = GeneratedLedgers.Synthetic.Claims.CountBy(c => c.Incident).Select(g => g.Value).Order().ToList();

        int median = perIncident[perIncident.Count / 2];
        perIncident[^1].Should().BeGreaterThan(10 * median);
        perIncident.Average().Should().BeInRange(5, 12);
    }

    [Fact]
    public void FindAll_On10k_FlagsEveryPlantedContradictionAndNoLookAlike()
    {
        SyntheticLedger synthetic = GeneratedLedgers.Synthetic;

        ImmutableArray<Contradiction> found = ContradictionEngine.Default.FindAll(GeneratedLedgers.Ledger);

        found.Select(c => c.Claims.Select(x => x.Id).ToHashSet()).Should().BeEquivalentTo(synthetic.Contradictions.Select(p => p.Claims.ToHashSet()));
        found.CountBy(c => c.Kind).Should().BeEquivalentTo(synthetic.Contradictions.CountBy(p => ExpectedKind(p.Kind)));
        found.SelectMany(c => c.Claims).Select(c => c.Id).Should().NotIntersectWith(synthetic.LookAlikes.SelectMany(p => p.Claims));
    }

    private static ContradictionKind ExpectedKind(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Denial or ScenarioKind.EntailedDenial => ContradictionKind.Denial,
        ScenarioKind.Retraction => ContradictionKind.Retraction,
        ScenarioKind.IncompatibleControl or ScenarioKind.EntailedControl => ContradictionKind.IncompatibleValues,
        ScenarioKind.MutualBlame => ContradictionKind.MutualBlame,
        ScenarioKind.IncompatibleQuantities => ContradictionKind.IncompatibleQuantities,
        ScenarioKind.OppositeLabels => ContradictionKind.OppositeCharacterisations,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a contradiction"),
    };
}

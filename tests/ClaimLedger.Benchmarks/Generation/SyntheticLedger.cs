namespace ClaimLedger.Benchmarks.Generation;

/// <summary>
/// A generated ledger: the world (parties, sources, places, incidents), the claims, and what was planted in them.
/// Nothing is validated until it is built.
/// </summary>
public sealed class SyntheticLedger
{
    internal SyntheticLedger(GeneratorOptions options, LedgerBatch world, ImmutableArray<Claim> claims, ImmutableArray<PlantedScenario> planted)
    {
        Options = options;
        World = world;
        Claims = claims;
        Planted = planted;
    }

    /// <summary>Gets the options the ledger was generated with.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>Gets the parties, sources, places and incidents.</summary>
    public LedgerBatch World { get; }

    /// <summary>Gets the claims, in the order they are added.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the planted contradictions and look-alikes.</summary>
    public ImmutableArray<PlantedScenario> Planted { get; }

    /// <summary>Gets the planted groups the engine must flag.</summary>
    public IEnumerable<PlantedScenario> Contradictions => Planted.Where(p => p.IsContradiction);

    /// <summary>Gets the planted groups the engine must not flag.</summary>
    public IEnumerable<PlantedScenario> LookAlikes => Planted.Where(p => !p.IsContradiction);

    /// <summary>Gets everything as one batch, world first.</summary>
    /// <returns>The batch.</returns>
    public LedgerBatch ToBatch() => World with { Claims = Claims };

    /// <summary>Builds the ledger through <see cref="LedgerBuilder"/>, validating everything: the world, then the claims in one batch.</summary>
    /// <returns>The ledger.</returns>
    public Ledger Build() => new LedgerBuilder().Add(World).Add(new LedgerBatch { Claims = Claims }).Build();
}

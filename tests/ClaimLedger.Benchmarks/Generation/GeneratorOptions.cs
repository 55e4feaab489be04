namespace ClaimLedger.Benchmarks.Generation;

/// <summary>Settings of <see cref="LedgerGenerator"/>.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Gets the number of claims to generate.</summary>
    public int Claims { get; init; } = 10_000;

    /// <summary>Gets the seed; the same options give the same ledger, claim for claim.</summary>
    public int Seed { get; init; } = 20_201_110;

    /// <summary>Gets the share of incidents that hold one planted contradiction.</summary>
    public double ContradictionShare { get; init; } = 0.10;

    /// <summary>Gets the share of incidents that hold one planted look-alike, which must not be flagged.</summary>
    public double LookAlikeShare { get; init; } = 0.10;

    /// <summary>Gets the share of claims that reached the ledger through a chain of relaying outlets.</summary>
    public double RelayedShare { get; init; } = 0.35;

    /// <summary>Gets the fewest claims an incident has (the long tail starts here).</summary>
    public int MinClaimsPerIncident { get; init; } = 3;

    /// <summary>Gets the most claims an incident has.</summary>
    public int MaxClaimsPerIncident { get; init; } = 2_000;

    /// <summary>Gets the Pareto shape of claims per incident: lower means a longer tail (1.6 gives a mean near 8).</summary>
    public double TailShape { get; init; } = 1.6;
}

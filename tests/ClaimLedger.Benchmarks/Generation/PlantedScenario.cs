namespace ClaimLedger.Benchmarks.Generation;

/// <summary>A group of claims the generator planted on purpose: a contradiction, or a look-alike that must not be flagged.</summary>
/// <param name="Kind">What the claims are meant to show.</param>
/// <param name="Incident">The incident they are about.</param>
/// <param name="Claims">The planted claims.</param>
public sealed record PlantedScenario(ScenarioKind Kind, IncidentId Incident, ImmutableArray<ClaimId> Claims)
{
    /// <summary>Gets whether the engine must flag the claims (false for a look-alike).</summary>
    public bool IsContradiction => Kind < ScenarioKind.DenialAtOtherTimes;
}

using BenchmarkDotNet.Attributes;
using ClaimLedger.Benchmarks.Generation;

namespace ClaimLedger.Benchmarks.Suites;

/// <summary>Small questions of a 1M-claim ledger: one incident's contradictions, and adding one claim and finding its own.</summary>
[Config(typeof(LightConfig))]
public class LargeLedgerBenchmarks
{
    private Ledger _ledger = null!;
    private IncidentId _incident;
    private Claim _contradicting = null!;
    private Claim _busy = null!;

    /// <summary>Gets or sets the number of claims.</summary>
    [Params(1_000_000)]
    public int Claims { get; set; }

    /// <summary>Builds the ledger and picks the incident and the claims to add.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (SyntheticLedger synthetic, Ledger ledger) = Sizes.Get(Claims);
        _ledger = ledger;
        PlantedScenario control = synthetic.Planted.First(p => p.Kind == ScenarioKind.IncompatibleControl);
        _incident = control.Incident;
        Claim model = ledger.GetClaim(control.Claims[0]);

        // A third party also said to hold the village: one more contradiction to find.
        _contradicting = model with { Id = "added-contradicting", Proposition = model.Proposition with { Subject = Term.Party("armenia") } };

        // An ordinary claim in one of the busiest topics: "Armenia attacked ..." holds about one claim in fifteen.
        Claim ordinary = ledger.Claims.First(c => c.Proposition.Predicate == BuiltInPredicates.Attacked.Id);
        _busy = ordinary with { Id = "added-busy", Proposition = ordinary.Proposition with { Subject = Term.Party("armenia") } };
    }

    /// <summary>The contradictions of one incident.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int FindAboutIncident() => ContradictionEngine.Default.FindAbout(_ledger, _incident).Length;

    /// <summary>Adds a claim that contradicts two others, with validation, and finds its contradictions.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int AddOneAndFindItsContradictions()
    {
        Ledger next = _ledger.Add(new LedgerBatch { Claims = [_contradicting] });
        return ContradictionEngine.Default.FindFor(next, _contradicting.Id).Length;
    }

    /// <summary>Adds an ordinary claim to a topic of some 65,000 claims, and finds its (no) contradictions.</summary>
    /// <returns>The number found.</returns>
    [Benchmark]
    public int AddOneToBusyTopic()
    {
        Ledger next = _ledger.Add(new LedgerBatch { Claims = [_busy] });
        return ContradictionEngine.Default.FindFor(next, _busy.Id).Length;
    }
}

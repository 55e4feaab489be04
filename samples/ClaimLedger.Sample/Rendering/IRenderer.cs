using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Rendering;

/// <summary>Writes views in one output format. One implementation per format; commands never format output themselves.</summary>
internal interface IRenderer
{
    /// <summary>Writes the report on a ledger.</summary>
    void Report(ReportView report);

    /// <summary>Writes a list of contradictions.</summary>
    void Contradictions(ContradictionListView list);

    /// <summary>Writes one incident with its claims side by side.</summary>
    void Incident(IncidentView incident);

    /// <summary>Writes the sources with who contradicts them.</summary>
    void Sources(ImmutableArray<SourceView> sources);

    /// <summary>Writes the places with their aliases.</summary>
    void Places(ImmutableArray<PlaceView> places);

    /// <summary>Writes the revised figures.</summary>
    void Revisions(ImmutableArray<RevisionView> revisions);

    /// <summary>Writes the result of validating a file.</summary>
    void Validation(ValidationView validation);

    /// <summary>Writes what <c>export --out</c> wrote.</summary>
    void Exported(ExportView export);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimLedger.Sample.Views;

namespace ClaimLedger.Sample.Rendering;

/// <summary>
/// Writes views as indented JSON: property names in camelCase in the order the view records declare them, nulls
/// written out (a missing value is <c>null</c>, never an absent property), text left readable (no \u escapes for
/// non-ASCII letters). The shape is documented in the README; changing it is a breaking change.
/// </summary>
internal sealed class JsonRenderer(TextWriter output) : IRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // The output is read by people and by JSON parsers, never embedded in HTML, so escaping for HTML only hurts.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",

        // A date carries its ISO days and precision beside its text, so scripts need not parse English.
        Converters = { new ClaimLedger.Interop.Json.FuzzyDateJsonConverter() },
    };

    public void Report(ReportView report) => Write(report);

    /// <summary>Writes the matches alone, as a top-level array: the shape scripts and <c>jq</c> expect.</summary>
    public void Contradictions(ContradictionListView list) => Write(list.Items);

    public void Incident(IncidentView incident) => Write(incident);

    public void Sources(ImmutableArray<SourceView> sources) => Write(sources);

    public void Places(ImmutableArray<PlaceView> places) => Write(places);

    public void Revisions(ImmutableArray<RevisionView> revisions) => Write(revisions);

    public void Validation(ValidationView validation) => Write(validation);

    public void Exported(ExportView export) => Write(export);

    private void Write<T>(T value)
    {
        output.Write(JsonSerializer.Serialize(value, Options));
        output.Write('\n');
    }
}

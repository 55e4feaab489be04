namespace ClaimLedger.Sample.Views;

/// <summary>What <c>export --out</c> wrote.</summary>
/// <param name="File">The file written, as given.</param>
/// <param name="Counts">What the ledger holds.</param>
internal sealed record ExportView(string File, CountsView Counts);

namespace ClaimLedger.Sample.Views;

/// <summary>How much a ledger holds.</summary>
internal sealed record CountsView(int Parties, int Sources, int Places, int Incidents, int Claims, int Contradictions);

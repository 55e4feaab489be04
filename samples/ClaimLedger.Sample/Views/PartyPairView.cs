namespace ClaimLedger.Sample.Views;

/// <summary>Two parties whose speakers are on opposite sides of contradictions (the same party twice: it contradicts itself).</summary>
/// <param name="First">The first party's id, or null for speakers with no party.</param>
/// <param name="FirstName">Its name, or "(no party)".</param>
/// <param name="Second">The second party's id, or null for speakers with no party.</param>
/// <param name="SecondName">Its name, or "(no party)".</param>
/// <param name="Contradictions">How many contradictions set them against each other.</param>
/// <param name="Kinds">The kinds of those contradictions, in kebab case.</param>
internal sealed record PartyPairView(string? First, string FirstName, string? Second, string SecondName, int Contradictions, ImmutableArray<string> Kinds);

namespace ClaimLedger.Sample.Views;

/// <summary>
/// Two parties whose speakers are on opposite sides of contradictions (the same party twice: it contradicts itself),
/// as the library's <see cref="ClaimLedger.Credibility.PartyMatrix"/> counts them: speakers with no party are in no pair.
/// </summary>
/// <param name="First">The first party's id, the one the ledger lists first.</param>
/// <param name="FirstName">Its name.</param>
/// <param name="Second">The second party's id.</param>
/// <param name="SecondName">Its name.</param>
/// <param name="Contradictions">How many contradictions set them against each other.</param>
/// <param name="Kinds">The kinds of those contradictions, in kebab case.</param>
internal sealed record PartyPairView(string First, string FirstName, string Second, string SecondName, int Contradictions, ImmutableArray<string> Kinds);

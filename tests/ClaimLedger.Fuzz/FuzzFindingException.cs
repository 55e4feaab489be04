namespace ClaimLedger.Fuzz;

/// <summary>Thrown by a fuzz target when an invariant fails (a round trip, a message's form) without any other exception.</summary>
public sealed class FuzzFindingException(string message) : Exception(message);

using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>
/// A predicate of the ledger's own that its claims use but that declares nothing linking it to any other: no other
/// wording of it, no entailment to or from it, no opposite labels, any number of values at a time. The engine can
/// only compare its claims with one another, so claims that say the same thing in other words never meet them. Or a
/// predicate of the ledger's own declared under a built-in's id, which replaces the built-in in that ledger.
/// </summary>
public sealed record VocabularyNote
{
    /// <summary>Creates a note.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <param name="claims">How many claims use it.</param>
    /// <param name="message">What the predicate lacks and what to declare, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> or <paramref name="message"/> is null.</exception>
    public VocabularyNote(Predicate predicate, int claims, string message)
    {
        Predicate = Preconditions.CheckNotNull(predicate);
        Claims = claims;
        Message = Preconditions.CheckNotNull(message);
    }

    /// <summary>Gets the predicate.</summary>
    public Predicate Predicate { get; }

    /// <summary>Gets how many claims use it.</summary>
    public int Claims { get; }

    /// <summary>Gets what the note is about: a predicate nothing links, or one that replaces a built-in.</summary>
    public VocabularyNoteKind Kind { get; init; }

    /// <summary>Gets what the predicate lacks and what to declare, in words.</summary>
    public string Message { get; }

    /// <summary>Returns the message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}

/// <summary>What a <see cref="VocabularyNote"/> is about.</summary>
public enum VocabularyNoteKind
{
    /// <summary>A predicate of the ledger's own that nothing links to another: its claims meet only its own.</summary>
    Unlinked,

    /// <summary>A predicate of the ledger's own declared under a built-in's id, which it replaces in the ledger.</summary>
    ReplacesBuiltIn,
}

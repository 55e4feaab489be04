namespace ClaimLedger.Contradictions;

/// <summary>
/// A rule that finds contradictions among the statements of one topic. The built-in rules implement it; add your
/// own through <see cref="ContradictionOptions.Rules"/> and the engine applies them with no change to the library.
/// </summary>
/// <remarks>
/// A rule sees one topic at a time: the statements with one predicate about one anchor term (the object, for a
/// predicate with one subject per object; otherwise the subject). It must be deterministic and must not depend on the
/// order of <see cref="ContradictionTopic.Statements"/>.
/// </remarks>
public interface IContradictionRule
{
    /// <summary>Gets the rule's name, recorded in <see cref="Contradiction.Rule"/>.</summary>
    string Name { get; }

    /// <summary>Finds the contradictions among a topic's statements.</summary>
    /// <param name="topic">The topic, its statements and the means to make contradictions.</param>
    /// <returns>The contradictions found; empty when none.</returns>
    IEnumerable<Contradiction> Find(ContradictionTopic topic);
}

namespace ClaimLedger.Contradictions;

/// <summary>
/// A rule that finds contradictions among the statements of one topic. The built-in rules implement it; add your
/// own through <see cref="ContradictionOptions.Rules"/> and the engine applies them with no change to the library.
/// </summary>
/// <remarks>
/// <para>
/// A rule sees one topic at a time: the statements of one notion (a predicate and every wording of it) about one
/// anchor term (the object, for a predicate with one subject per object; otherwise the subject). It must be
/// deterministic and must not depend on the order of <see cref="ContradictionTopic.Statements"/>.
/// </para>
/// <para>
/// A rule declares what it needs next to its own logic, and the engine uses it to skip work:
/// <see cref="ReachFor"/> says which statements of a topic the rule compares, and <see cref="MayFind"/> whether a
/// topic with given counts can hold anything for it. Both have defaults that make the engine show the rule every
/// topic whole, so a rule that declares neither is always correct, only slower.
/// </para>
/// <para>
/// The engine makes one decision of its own: it never shows a rule a topic holding a single statement, which has
/// nothing to be compared with. The exceptions are the built-in ones: a withdrawn claim (met by its withdrawal) and
/// a lone denial that a speaker said something (met by the claim it replies to, from another topic). A rule of your
/// own that needs a topic of one statement is not shown it.
/// </para>
/// </remarks>
public interface IContradictionRule
{
    /// <summary>Gets the rule's name, recorded in <see cref="Contradiction.Rule"/>.</summary>
    string Name { get; }

    /// <summary>Finds the contradictions among a topic's statements.</summary>
    /// <param name="topic">The topic, its statements and the means to make contradictions.</param>
    /// <returns>The contradictions found; empty when none.</returns>
    IEnumerable<Contradiction> Find(ContradictionTopic topic);

    /// <summary>Tells which statements of a topic of this predicate the rule compares.</summary>
    /// <param name="predicate">The topic's predicate (the notion, never a wording).</param>
    /// <returns><see cref="RuleReach.Topic"/> unless the rule declares less.</returns>
    RuleReach ReachFor(Predicate predicate) => RuleReach.Topic;

    /// <summary>Tells whether a topic with these counts may hold a contradiction for the rule; the engine skips it otherwise.</summary>
    /// <param name="predicate">The topic's predicate (the notion, never a wording).</param>
    /// <param name="census">How many of the topic's statements affirm, deny and give figures.</param>
    /// <returns>True unless the rule can tell it finds nothing.</returns>
    bool MayFind(Predicate predicate, TopicCensus census) => true;
}

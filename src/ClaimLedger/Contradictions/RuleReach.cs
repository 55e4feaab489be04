namespace ClaimLedger.Contradictions;

/// <summary>Which statements of a topic a rule compares (see <see cref="IContradictionRule.ReachFor"/>).</summary>
public enum RuleReach
{
    /// <summary>Every statement of the topic: values, labels or anything else that may differ between statements.</summary>
    Topic = 0,

    /// <summary>
    /// Only statements with the same subject and object (their places, times, stances and figures may differ), so
    /// one claim's contradictions need only the statements that share its subject and object.
    /// </summary>
    Proposition,

    /// <summary>Nothing: the rule cannot find anything in a topic of this predicate.</summary>
    None,
}

namespace ClaimLedger.Internal;

/// <summary>
/// What a claim is about, for comparison: a predicate and the term the predicate's values hang on. Claims can only
/// contradict claims of the same topic, so the engine compares within topics and never across the ledger.
/// </summary>
/// <remarks>
/// For a predicate with one subject per object (who controls a place) the anchor is the object; otherwise it is
/// the subject.
/// </remarks>
internal readonly record struct TopicKey(PredicateId Predicate, Term Anchor)
{
    internal static TopicKey For(Predicate predicate, Proposition proposition) =>
        new(predicate.Id, predicate.Cardinality == PredicateCardinality.OneSubjectPerObject && proposition.Object is not null
            ? proposition.Object
            : proposition.Subject);
}

namespace ClaimLedger.Internal;

/// <summary>
/// What a claim is about, for comparison: a predicate and the term the predicate's values hang on. Claims can only
/// contradict claims of the same topic, so the engine compares within topics and never across the ledger.
/// </summary>
/// <remarks>
/// For a predicate with one subject per object (who controls a place) the anchor is the object; otherwise it is
/// the subject. Statements about an attempt ("tried to capture") are a topic of their own: they say the subject
/// tried, not that it did.
/// </remarks>
internal readonly record struct TopicKey(PredicateId Predicate, Term Anchor, bool Attempt = false)
{
    internal static TopicKey For(Predicate predicate, Proposition proposition, bool attempt = false) =>
        new(predicate.Id, AnchorOf(predicate, proposition.Subject, proposition.Object), attempt);

    internal static Term AnchorOf(Predicate predicate, Term subject, Term? @object) =>
        predicate.Cardinality == PredicateCardinality.OneSubjectPerObject && @object is not null ? @object : subject;
}

/// <summary>A statement's place in a topic: the topic, and the subject and object the statement has there.</summary>
internal readonly record struct StatementKey(TopicKey Topic, Term Subject, Term? Object);

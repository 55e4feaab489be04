namespace ClaimLedger.Contradictions;

/// <summary>
/// What makes two statements speak of the same proposition: subject, predicate, object and place. An omitted place
/// is the object's place, so "withdrew from Parukh" and "withdrew from Parukh, in Parukh" are the same.
/// </summary>
internal readonly record struct PropositionKey(PredicateId Predicate, Term Subject, Term? Object, PlaceId? Place)
{
    internal static PropositionKey Of(Proposition p) =>
        new(p.Predicate, p.Subject, p.Object, p.Place ?? (p.Object is { Kind: TermKind.Place } o ? new PlaceId(o.Value) : (PlaceId?)null));
}

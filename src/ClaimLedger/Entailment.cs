namespace ClaimLedger;

/// <summary>
/// A declared consequence of a predicate: affirming <c>X p Y</c> also affirms (or, when <see cref="Negated"/>,
/// denies) <c>X q Y</c> for the same subject, object, place and time. "Withdrew from" entails "does not control".
/// </summary>
/// <param name="Predicate">The entailed predicate, q.</param>
/// <param name="Negated">Whether the entailed proposition is denied rather than affirmed.</param>
/// <remarks>Entailments apply to affirmations only, and only one step deep: an entailed proposition entails nothing further.</remarks>
public sealed record Entailment(PredicateId Predicate, bool Negated = false);

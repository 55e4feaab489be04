namespace ClaimLedger;

/// <summary>
/// A declared consequence of a predicate: affirming <c>X p Y</c> also affirms (or, when <see cref="Negated"/>,
/// denies) a proposition of predicate q, for the same place and time. By default q keeps the subject and object
/// ("withdrew from" entails "does not control"); <see cref="Subject"/> and <see cref="Object"/> map them otherwise,
/// so that "A killed soldiers of B" (<c>party:a killed party:b</c>) entails "B suffered losses"
/// (<c>Subject = EntailedTerm.Object, Object = EntailedTerm.Nothing</c>).
/// </summary>
/// <param name="Predicate">The entailed predicate, q.</param>
/// <param name="Negated">Whether the entailed proposition is denied rather than affirmed.</param>
/// <remarks>
/// Entailments apply to affirmations only: a denial implies nothing. They chain through affirmed steps (p entails
/// q, q entails not r, so p entails not r); a denied step ends the chain. An entailment that needs the object of a
/// proposition that has none does not apply to it. Two entailments are equal when every property is equal.
/// </remarks>
public sealed record Entailment(PredicateId Predicate, bool Negated = false)
{
    /// <summary>Gets which term of the entailing proposition is the entailed proposition's subject; never <see cref="EntailedTerm.Nothing"/>.</summary>
    public EntailedTerm Subject { get; init; } = EntailedTerm.Subject;

    /// <summary>Gets which term of the entailing proposition is the entailed proposition's object, or <see cref="EntailedTerm.Nothing"/> for none.</summary>
    public EntailedTerm Object { get; init; } = EntailedTerm.Object;
}

namespace ClaimLedger;

/// <summary>
/// A declared consequence of a predicate: affirming <c>X p Y</c> also affirms (or, when <see cref="Negated"/>,
/// denies) a proposition of predicate q, for the same place and time. By default q keeps the subject and object
/// ("withdrew from" entails "does not control"); <see cref="Subject"/> and <see cref="Object"/> map them otherwise,
/// so that "A killed soldiers of B" (<c>party:a killed text:soldiers of B</c>) entails "B suffered losses"
/// (<c>Subject = EntailedTerm.ObjectOwner, Object = EntailedTerm.Nothing</c>), and, with
/// <see cref="KeepsQuantity"/>, B lost as many as A killed.
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

    /// <summary>
    /// Gets whether the entailed proposition counts the same things as the entailing one, so a claim's figure is the
    /// entailed statement's figure too: "shot down two Indian aircraft" says India lost two aircraft, and meets India's
    /// own figure for its losses. Off by default: "attacked two villages" says nothing of how many were captured.
    /// Through a chain, a figure is kept only while every step keeps it.
    /// </summary>
    public bool KeepsQuantity { get; init; }

    /// <summary>
    /// Gets whether the entailed proposition holds from the claim's time on, not only then: what was destroyed on
    /// 26 February still lies damaged on 4 March, so satellite images of it standing intact that day meet the claim.
    /// Off by default: "attacked on 3 March" says nothing of 4 March. Through a chain, the entailed proposition holds
    /// onward when any step does. A claim with no time entails nothing onward.
    /// </summary>
    public bool Onward { get; init; }
}

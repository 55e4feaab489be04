using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>
/// A denial that a speaker said something, made in reply to a claim the ledger attributes to that speaker: the
/// attribution is disputed. A fact-check that a clip was edited ("he said India intended to kill 300, not that 300
/// were killed") denies that the speaker stated what an outlet reported, and is stated after the report
/// (<see cref="Attribution.StatedAfter"/>); the claim it replies to and the denial cannot both stand.
/// </summary>
/// <remarks>
/// The denial is of <see cref="BuiltInPredicates.Stated"/> (or a wording of it) with the speaker as its subject
/// (<c>source:...</c>); the reply is the claim named by its <see cref="Attribution.StatedAfter"/>, or any part of that
/// claim's statement, whose speaker is that source. Nothing is read from the words of either.
/// </remarks>
internal sealed class AttributionRule : IContradictionRule
{
    public string Name => "attribution";

    public RuleReach ReachFor(Predicate predicate) => predicate.Id == BuiltInPredicates.Stated.Id ? RuleReach.Topic : RuleReach.None;

    public bool MayFind(Predicate predicate, TopicCensus census) => census.Denials > 0;

    /// <summary>Whether a lone claim may still meet another through this rule: a denial said in reply to another claim.</summary>
    internal static bool MayDispute(Claim claim) => claim.Stance == Stance.Denies && claim.Attribution.StatedAfter is not null;

    /// <summary>The topic of the denials that may dispute what a speaker was reported to say, for a claim of theirs.</summary>
    internal static TopicKey DisputesOf(Claim claim) => new(BuiltInPredicates.Stated.Id, Term.Source(claim.Attribution.Speaker));

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        Ledger ledger = topic.Ledger;
        foreach (Statement denial in topic.Statements.Where(s => s.Stance == Stance.Denies && !s.IsDerived && s.Proposition.Subject.Kind == TermKind.Source))
        {
            if (denial.Claim.Attribution.StatedAfter is not { } repliedTo || !ledger.TryGetClaim(repliedTo, out Claim? reported))
            {
                continue;
            }

            // The claim replied to, as its statement's first part: the whole statement is what was reported.
            Claim said = reported.PartOf is { } first && ledger.TryGetClaim(first, out Claim? whole) ? whole : reported;
            if (said.Attribution.Speaker.Value != denial.Proposition.Subject.Value || said.Id == denial.Claim.Id)
            {
                continue;
            }

            Narrator n = topic.Narrator;
            var statement = new Statement(said, ledger.State.Vocabulary.Canonical(said.Proposition), said.Stance, said.Proposition.Time ?? ledger.TimeOf(said), null);
            string speaker = n.Name(denial.Proposition.Subject);
            string explanation = $"{Narrator.Capitalise(n.Sentence(statement, withQuantity: true))}; in reply, {n.Speaker(denial.Claim)} denied{n.Provenance(denial.Claim)} "
                + $"that {n.Phrase(denial.Proposition)}, disputing that {speaker} said what was reported.";
            yield return topic.Create(
                ContradictionKind.Denial,
                Name,
                [($"{speaker} said that {n.Phrase(said.Proposition)}", [statement]), ($"it is not the case that {n.Phrase(denial.Proposition)}", [denial])],
                explanation);
        }
    }
}

using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>
/// The same proposition affirmed and denied for overlapping times, in any wording of its notion. A denial covers
/// the place it names and every place within it, and a denial that names no place covers every place: "did not
/// strike anywhere in the district" meets "struck the village", which lies in the district. When every denial was
/// said after every affirmation, it is a retraction (same speaker) or a reversal (another speaker). A statement its
/// speaker withdrew (a deleted post) is a retraction, whenever it was withdrawn.
/// </summary>
internal sealed class DenialRule : IContradictionRule
{
    public string Name => "denial";

    public RuleReach ReachFor(Predicate predicate) => RuleReach.Proposition;

    public bool MayFind(Predicate predicate, TopicCensus census) => census.Affirmations > 0 && census.Denials > 0;

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        foreach ((Statement made, Statement withdrawn) in topic.Withdrawals)
        {
            yield return Withdrawn(topic, made, withdrawn);
        }

        foreach (var group in topic.Statements.GroupBy(s => (s.Proposition.Subject, s.Proposition.Object)))
        {
            // A denial of a figure ("denied that at least 40 were killed") denies the figure, not the deaths: the
            // quantity rule weighs it against other figures.
            var denies = group.Where(s => s.Stance == Stance.Denies && (s.Claim.Quantity is null || s.IsWithdrawal)).ToList();
            var affirms = group.Where(s => s.Stance == Stance.Affirms).ToList();
            if (affirms.Count == 0)
            {
                continue;
            }

            // Except that a speaker who denies the very figure they gave takes it back: a retraction.
            foreach (var own in group.Where(s => s.Stance == Stance.Denies && !s.IsWithdrawal && s.Claim.Quantity is not null)
                .GroupBy(s => (s.Claim.Speaker, s.Claim.Quantity, PropositionKey.Of(s.Proposition).Place)))
            {
                List<Statement> given = [.. affirms.Where(a => !a.IsDerived && a.Claim.Speaker == own.Key.Speaker && a.Claim.Quantity == own.Key.Quantity
                    && PropositionKey.Of(a.Proposition).Place == own.Key.Place)];
                foreach (var (left, right) in Overlaps.TwoSided(given, [.. own]))
                {
                    yield return Make(topic, own.Key.Place, left, right);
                }
            }

            if (denies.Count == 0)
            {
                continue;
            }

            // Each affirmation under its place and every place that holds it, so each denial finds what it covers at once.
            var within = new Dictionary<PlaceId, List<Statement>>();
            foreach (Statement a in affirms)
            {
                if (PropositionKey.Of(a.Proposition).Place is not { } place)
                {
                    continue;
                }

                foreach (PlaceId holder in PlaceAndHolders(topic.Ledger, place))
                {
                    (within.TryGetValue(holder, out List<Statement>? list) ? list : within[holder] = []).Add(a);
                }
            }

            foreach (var scope in denies.GroupBy(s => PropositionKey.Of(s.Proposition).Place))
            {
                List<Statement> covered = scope.Key is { } outer ? within.GetValueOrDefault(outer) ?? [] : affirms;
                foreach (var (left, right) in Overlaps.TwoSided(covered, [.. scope]))
                {
                    yield return Make(topic, scope.Key, left, right);
                }
            }
        }
    }

    // A place and the places that hold it, each once: a denial about any of them covers a claim about the place.
    private static IEnumerable<PlaceId> PlaceAndHolders(Ledger ledger, PlaceId place)
    {
        yield return place;
        foreach (Term holder in ledger.State.Containers(Term.Place(place)))
        {
            yield return new PlaceId(holder.Value);
        }
    }

    private Contradiction Make(ContradictionTopic topic, PlaceId? scope, List<Statement> affirms, List<Statement> denies)
    {
        Narrator n = topic.Narrator;
        bool direct = affirms.Concat(denies).All(s => !s.IsDerived);
        // A denial said in the same days as the statement is a denial; one said clearly later is a retraction.
        bool later = direct && denies.All(d => affirms.All(a => Chronology.StatedAfter(topic.Ledger, d.Claim, a.Claim) && !Chronology.StatedTogether(d.Claim, a.Claim)));
        bool sameSpeaker = denies.All(d => affirms.Any(a => a.Claim.Speaker == d.Claim.Speaker));
        string explanation;
        if (later)
        {
            explanation = Narrator.Capitalise(Narrator.Some(affirms.Select(s => n.Sentence(s))))
                + $"; later, {Narrator.Some(denies.Select(n.Denied))}"
                + (sameSpeaker ? " (a retraction by the same speaker)." : " (a later denial by another speaker).");
        }
        else if (direct && affirms.All(a => PropositionKey.Of(a.Proposition).Place == scope))
        {
            explanation = Narrator.Capitalise(Narrator.Some(affirms.Select(s => n.Sentence(s)))) + $"; {Narrator.Some(denies.Select(n.Denied))}.";
        }
        else
        {
            explanation = Narrator.Capitalise(Narrator.Some(affirms.Select(s => n.Sentence(s)))) + $"; {Narrator.Some(denies.Select(s => n.Sentence(s)))}.";
        }

        if (scope is { } outer)
        {
            string[] within = [.. affirms.Select(a => PropositionKey.Of(a.Proposition).Place).OfType<PlaceId>().Where(p => p != outer).Distinct().Order()
                .Select(p => n.Name(Term.Place(p)))];
            if (within.Length > 0)
            {
                explanation = explanation.TrimEnd('.') + $" ({string.Join(" and ", within)} {(within.Length == 1 ? "lies" : "lie")} within {n.Name(Term.Place(outer))}).";
            }
        }

        ContradictionKind kind = !later ? ContradictionKind.Denial : sameSpeaker ? ContradictionKind.Retraction : ContradictionKind.Reversal;
        return topic.Create(
            kind,
            Name,
            [(n.Phrase(affirms[0].Proposition), affirms), ($"it is not the case that {n.Phrase(denies[0].Proposition)}", denies)],
            explanation,
            static (a, b) => Interval.Of(a.Time).Overlaps(Interval.Of(b.Time)));
    }

    /// <summary>"Hananya Naftali said on 17 October 2023 that ...; he deleted the post later that day (a retraction)."</summary>
    private Contradiction Withdrawn(ContradictionTopic topic, Statement made, Statement withdrawn)
    {
        Narrator n = topic.Narrator;
        Withdrawal w = withdrawn.Withdrawal!;
        string who = w.By is { } by && by != made.Claim.Speaker ? n.Name(Term.Source(by)) : n.Speaker(made.Claim);
        string how = w.How ?? "withdrew it";
        string when = w.When is { } date ? " " + Narrator.When(date) : string.Empty;
        bool bySpeaker = w.By is null || w.By == made.Claim.Speaker;

        // What the speaker said instead, when the ledger has it: a later denial, or another figure for the same measure.
        var instead = topic.Statements
            .Where(s => s.Claim.Speaker == made.Claim.Speaker && s.Claim.Id != made.Claim.Id && !s.IsDerived
                && Equals(s.Proposition.Subject, made.Proposition.Subject) && Equals(s.Proposition.Object, made.Proposition.Object)
                && (s.Stance != made.Stance || (s.Claim.Quantity is not null && made.Claim.Quantity is not null))
                && !Chronology.StatedAfter(topic.Ledger, made.Claim, s.Claim))
            .ToList();
        List<Statement> notices = Notices(topic, made, w);
        string explanation = Narrator.Join([n.Sentence(made), $"{who} {how}{when}", .. notices.Select(s => n.Sentence(s)), .. instead.Select(s => n.Sentence(s, withQuantity: true))]).TrimEnd('.')
            + (bySpeaker ? " (a retraction by the same speaker)." : " (withdrawn by another source).");
        string position = n.Phrase(made.Proposition);
        return topic.Create(
            bySpeaker ? ContradictionKind.Retraction : ContradictionKind.Reversal,
            Name,
            [(position, [made]), ($"withdrawn: {position}", [withdrawn, .. notices, .. instead])],
            explanation);
    }

    /// <summary>
    /// The statements that carried the withdrawal, when the ledger has them: a claim of whoever withdrew it, stated
    /// after the withdrawn statement (<see cref="Attribution.StatedAfter"/>) and, when both dates are known, when it
    /// was withdrawn, such as an editors' note. Whatever it is about, it is the withdrawal's own words.
    /// </summary>
    private static List<Statement> Notices(ContradictionTopic topic, Statement made, Withdrawal withdrawal)
    {
        Ledger ledger = topic.Ledger;
        ClaimId statement = made.Claim.PartOf ?? made.Claim.Id;
        SourceId by = withdrawal.By ?? made.Claim.Speaker;
        var notices = new List<Statement>();
        if (!ledger.State.ClaimsBySpeaker.TryGetValue(by, out PersistentList<ClaimId>? said))
        {
            return notices;
        }

        foreach (ClaimId id in said)
        {
            Claim claim = ledger.State.Claims[id];
            bool sameStatement = (claim.PartOf ?? claim.Id) == statement;
            bool onTheDay = withdrawal.When is not { } when || claim.Attribution.Stated is not { } stated || when.Overlaps(stated);
            if (!sameStatement && claim.Attribution.StatedAfter is { } after && (ledger.State.Claims.TryGetValue(after, out Claim? before) ? (before.PartOf ?? before.Id) : after) == statement && onTheDay)
            {
                Proposition own = ledger.State.Vocabulary.Canonical(claim.Proposition);
                notices.Add(new Statement(claim, own, claim.Stance, claim.Proposition.Time ?? ledger.TimeOf(claim), null) { Withdrawal = withdrawal });
            }
        }

        return notices;
    }
}

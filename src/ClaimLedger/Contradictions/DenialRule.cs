namespace ClaimLedger.Contradictions;

/// <summary>
/// The same proposition affirmed and denied for overlapping times. When every denial was said after every
/// affirmation, it is a retraction (same speaker) or a reversal (another speaker).
/// </summary>
internal sealed class DenialRule : IContradictionRule
{
    public string Name => "denial";

    public IEnumerable<Contradiction> Find(ContradictionTopic topic)
    {
        foreach (var group in topic.Statements.GroupBy(s => PropositionKey.Of(s.Proposition)))
        {
            var affirms = group.Where(s => s.Stance == Stance.Affirms).ToList();
            var denies = group.Where(s => s.Stance == Stance.Denies).ToList();
            foreach (var (left, right) in Overlaps.TwoSided(affirms, denies))
            {
                yield return Make(topic, group.First().Proposition, left, right);
            }
        }
    }

    private Contradiction Make(ContradictionTopic topic, Proposition proposition, List<Statement> affirms, List<Statement> denies)
    {
        Narrator n = topic.Narrator;
        string position = n.Phrase(proposition);
        bool direct = affirms.Concat(denies).All(s => !s.IsDerived);
        // A denial said in the same days as the statement is a denial; one said clearly later is a retraction.
        bool retraction = direct && denies.All(d => affirms.All(a => StatedAfter(topic.Ledger, d.Claim, a.Claim) && !StatedTogether(d.Claim, a.Claim)));
        string explanation;
        if (retraction)
        {
            bool sameSpeaker = denies.All(d => affirms.Any(a => a.Claim.Speaker == d.Claim.Speaker));
            string later = string.Join("; ", denies.Select(n.Denied));
            explanation = Narrator.Join(affirms.Select(s => n.Sentence(s)).Append($"later, {later}"))
                .TrimEnd('.') + (sameSpeaker ? " (a retraction by the same speaker)." : " (a later denial by another speaker).");
        }
        else if (direct)
        {
            explanation = Narrator.Join(affirms.Select(s => n.Sentence(s)).Concat(denies.Select(n.Denied)));
        }
        else
        {
            explanation = Narrator.Join(affirms.Concat(denies).OrderBy(s => s.Claim.Id).Select(s => n.Sentence(s)));
        }

        return topic.Create(
            retraction ? ContradictionKind.Retraction : ContradictionKind.Denial,
            Name,
            [(position, affirms), ($"it is not the case that {position}", denies)],
            explanation);
    }

    /// <summary>Whether both statements have known dates that overlap: said in the same news cycle.</summary>
    private static bool StatedTogether(Claim a, Claim b) =>
        a.Attribution.Stated is { } x && b.Attribution.Stated is { } y && x.Overlaps(y);

    /// <summary>Whether <paramref name="later"/> was said after <paramref name="earlier"/>: by a chain of "stated after", or by dates.</summary>
    internal static bool StatedAfter(Ledger ledger, Claim later, Claim earlier)
    {
        var seen = new HashSet<ClaimId>();
        ClaimId? current = later.Attribution.StatedAfter;
        while (current is { } id && seen.Add(id))
        {
            if (id == earlier.Id)
            {
                return true;
            }

            current = ledger.TryGetClaim(id, out Claim? next) ? next.Attribution.StatedAfter : null;
        }

        return later.Attribution.Stated is { } l && earlier.Attribution.Stated is { } e && l.IsAfter(e);
    }
}

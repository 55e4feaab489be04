using System.Collections.Immutable;
using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;

namespace ClaimLedger.Interactive;

/// <summary>
/// The card of every public result type that has no richer view (<see cref="LedgerHtml"/> draws ledgers, incidents,
/// claims and contradictions). Names come from the result itself (a score's source name, a belief's phrase, the
/// ledger a matrix or contradiction carries); where a result holds only identifiers, identifiers are shown.
/// </summary>
internal static class Cards
{
    private static readonly Names NoLedger = new(null);

    internal static Card Of(Source source) => new Card("source", source.Name)
        .Fact("Id", source.Id.Value)
        .Fact("Kind", Words(source.Kind.ToString()))
        .Fact("Party", source.Party?.Value)
        .Fact("Also known as", string.Join(", ", source.NameVariants))
        .Fact("Analyst's grade of reliability", source.Reliability?.ToString())
        .Fact("Note", source.Note);

    internal static Card Of(Party party) => new Card("party", party.Name)
        .Fact("Id", party.Id.Value)
        .Fact("Also known as", string.Join(", ", party.Aliases))
        .Fact("Aligned with", string.Join(", ", party.AlignedWith.Select(p => p.Value)));

    internal static Card Of(Place place) => new Card("place", place.Name)
        .Fact("Id", place.Id.Value)
        .Fact("Kind", place.Kind)
        .Fact("In", place.Parent?.Value)
        .Fact("Also known as", string.Join(", ", place.Aliases))
        .Fact("Coordinates", place.Coordinates?.ToString());

    internal static Card Of(PartyMatrix matrix)
    {
        var names = new Names(matrix.Ledger);
        var card = new Card("party-matrix", "Contradictions between parties")
            .Fact("Contradictions", Card.Number(matrix.AllContradictions.Length))
            .Table("Party", "Against", "Contradictions", "Kinds");
        foreach (PartyPair pair in matrix.Pairs)
        {
            card.Row(names.Party(pair.First), pair.First == pair.Second ? "(within)" : names.Party(pair.Second), Card.Number(pair.Contradictions.Length), KindWords(pair.Kinds));
        }

        return card;
    }

    internal static Card Of(PartyPair pair)
    {
        var names = new Names(pair.Contradictions.IsEmpty ? null : pair.Contradictions[0].Ledger);
        var card = new Card("party-pair", $"{names.Party(pair.First)} / {names.Party(pair.Second)}")
            .Fact("Contradictions", Card.Number(pair.Contradictions.Length))
            .Fact("Kinds", KindWords(pair.Kinds))
            .Table("Kind", "Explanation");
        foreach (Contradiction c in pair.Contradictions)
        {
            card.Row(c.Kind.ToWords(), c.Explanation);
        }

        return card;
    }

    internal static Card Of(SourceScore score)
    {
        var card = new Card("source-score", score.Name)
            .Fact("Score", Card.Percent(score.Score))
            .Fact("Prior", Card.Percent(score.Prior))
            .Fact("Analyst's grade", score.AnalystGrade?.ToString())
            .Table("Proposition", "Stance", "Agreement", "Effect");
        foreach (ScoreContribution c in score.Contributions)
        {
            card.Row(NoLedger.Phrase(c.Proposition), Words(c.Stance.ToString()), Card.Percent(c.Agreement), Signed(c.Effect));
        }

        return card;
    }

    internal static Card Of(ScoreContribution contribution) => new Card("score-contribution", NoLedger.Phrase(contribution.Proposition))
        .Fact("Stance", Words(contribution.Stance.ToString()))
        .Fact("Agreement", Card.Percent(contribution.Agreement))
        .Fact("Effect on the score", Signed(contribution.Effect))
        .Fact("Claims", string.Join(", ", contribution.Claims.Select(c => c.Value)));

    internal static Card Of(Corroboration corroboration) => new Card("corroboration", corroboration.Description)
        .Table("Stance", "Voices", "Parties", "Sides", "Weight")
        .Row(Support(corroboration.Affirming))
        .Row(Support(corroboration.Denying));

    internal static Card Of(StanceSupport support) => new Card("stance-support", $"{Words(support.Stance.ToString())}: {Card.Number(support.Voices.Length)} independent voice(s)")
        .Fact("Parties", string.Join(", ", support.Parties.Select(p => p.Value)))
        .Fact("Sides", Card.Number(support.Sides))
        .Fact("Across opposing sides", support.CrossesSides ? "yes" : "no")
        .Fact("Weight", support.Weight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))
        .Fact("Derived from", string.Join("; ", support.Derivations));

    internal static Card Of(CredibilitySuggestion suggestion) => new Card("credibility-suggestion", $"Claim {suggestion.Claim}: {Grade(suggestion.Grade)}")
        .Fact("Analyst's grade", suggestion.AnalystGrade is { } g ? Grade(g) : null)
        .Fact("Corroboration", suggestion.Corroboration.Description)
        .Fact("Why", string.Join(" ", suggestion.Reasons));

    internal static Card Of(TruthDiscoveryResult result)
    {
        Dictionary<SourceId, string> sourceNames = result.Sources.ToDictionary(s => s.Source, s => s.Name);
        var card = new Card("truth-discovery", "Truth discovery")
            .Fact("Converged", result.Converged ? $"yes, after {Card.Number(result.Iterations)} iterations" : $"no, stopped after {Card.Number(result.Iterations)} iterations")
            .Fact("Sources", string.Join(", ", result.Sources.OrderByDescending(s => s.Score).Select(s => $"{s.Name} {Card.Percent(s.Score)}")))
            .Fact("Dependent sources", string.Join("; ", result.Dependencies.Select(d => $"{Name(sourceNames, d.First)} and {Name(sourceNames, d.Second)}: {d.Reason}")))
            .Table("Proposition", "Belief", "Affirmed by", "Denied by");
        foreach (PropositionBelief belief in result.Propositions)
        {
            card.Row(belief.Phrase, Card.Percent(belief.Belief), Votes(belief.Affirming, sourceNames), Votes(belief.Denying, sourceNames));
        }

        return card;
    }

    internal static Card Of(PropositionBelief belief) => new Card("proposition-belief", belief.Phrase)
        .Fact("Belief", Card.Percent(belief.Belief))
        .Fact("Affirmed by", Votes(belief.Affirming, null))
        .Fact("Denied by", Votes(belief.Denying, null));

    internal static Card Of(BeliefVote vote) => new Card("belief-vote", $"{vote.Source}: {Words(vote.Stance.ToString())}")
        .Fact("Strength", Card.Percent(vote.Strength))
        .Fact("Trust", Card.Percent(vote.Trust))
        .Fact("Independence", Card.Percent(vote.Independence))
        .Fact("Claims", string.Join(", ", vote.Claims.Select(c => c.Value)));

    internal static Card Of(SourceDependence dependence) => new Card("source-dependence", $"{dependence.First} and {dependence.Second}")
        .Fact("Dependence", Card.Percent(dependence.Degree))
        .Fact("Why", dependence.Reason);

    internal static Card Of(ContradictedClaim contradicted) => new Card("contradicted-claim", $"Claim {contradicted.Claim.Id}")
        .Fact("Contradicted by", string.Join(", ", contradicted.By.Select(s => s.Value)))
        .Fact("Parties", string.Join(", ", contradicted.ByParties.Select(p => p.Value)))
        .Fact("Contradictions", string.Join(" ", contradicted.Contradictions.Select(c => c.Explanation)));

    internal static Card Of(Revision revision) => new Card("revision", revision.Explanation)
        .Fact("Speaker", revision.Speaker.Value)
        .Fact("Measure", revision.Measure)
        .Fact("Figures", Card.Number(revision.Figures.Length));

    internal static Card Of(Agreement agreement) => new Card("agreement", NoLedger.Phrase(agreement.Proposition))
        .Fact("Affirmed by", string.Join(", ", agreement.Affirming.Select(v => v.Speaker.Value)))
        .Fact("Denied by", string.Join(", ", agreement.Denying.Select(v => v.Speaker.Value)));

    internal static Card Of(ContradictionSide side) => new Card("contradiction-side", side.Position)
        .Fact("Parties", string.Join(", ", side.Parties.Select(p => p.Value)))
        .Fact("Claims", string.Join(", ", side.Claims.Select(c => c.Id.Value).Distinct()));

    internal static Card Of(Voice voice) => new Card("voice", voice.Speaker.Value)
        .Fact("Party", voice.Party?.Value ?? "none")
        .Fact("Claims", string.Join(", ", voice.Claims.Select(c => c.Id.Value)));

    internal static Card Of(Quantity quantity) => new Card("quantity", quantity.ToString())
        .Fact("Read as", Range(quantity.ToInterval()));

    internal static Card Of(QuantityInterval interval) => new Card("quantity-interval", Range(interval));

    /// <summary>An interval in words: "exactly 1,960", "1,800 to 2,200", "more than 5,000", "any number".</summary>
    internal static string Range(QuantityInterval interval)
    {
        static string N(decimal n) => n.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        return (interval.Low, interval.High) switch
        {
            ({ } low, { } high) when low == high => $"exactly {N(low)}",
            ({ } low, { } high) => $"{(interval.LowInclusive ? string.Empty : "more than ")}{N(low)} to {(interval.HighInclusive ? string.Empty : "less than ")}{N(high)}",
            ({ } low, null) => interval.LowInclusive ? $"at least {N(low)}" : $"more than {N(low)}",
            (null, { } high) => interval.HighInclusive ? $"at most {N(high)}" : $"less than {N(high)}",
            _ => "any number",
        };
    }

    private static string?[] Support(StanceSupport s) =>
        [Words(s.Stance.ToString()), Card.Number(s.Voices.Length), string.Join(", ", s.Parties.Select(p => p.Value)), Card.Number(s.Sides), s.Weight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)];

    private static string Votes(ImmutableArray<BeliefVote> votes, Dictionary<SourceId, string>? names) =>
        votes.IsDefaultOrEmpty ? "—" : string.Join(", ", votes.Select(v => $"{(names is null ? v.Source.Value : Name(names, v.Source))} ({Card.Percent(v.Strength)})"));

    private static string Name(Dictionary<SourceId, string> names, SourceId id) => names.GetValueOrDefault(id, id.Value);

    private static string KindWords(ImmutableArray<ContradictionKind> kinds) => string.Join(", ", kinds.Select(k => k.ToWords()));

    private static string Signed(double effect) => (effect >= 0 ? "+" : "−") + Math.Abs(effect * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " points";

    private static string Grade(CredibilityGrade grade) => $"{(int)grade} ({Words(grade.ToString())})";

    /// <summary>"ProbablyTrue" as "probably true", "StateMedia" as "state media".</summary>
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

using System.Runtime.CompilerServices;
using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;
using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>
/// Every claim of a ledger read as votes on propositions, and the votes grouped into questions. Built once per
/// ledger and kept while the ledger lives; a ledger never changes, so the index never goes stale.
/// </summary>
/// <remarks>
/// A claim votes on its own proposition, and on what it implies: the propositions its predicate entails (withdrew from
/// Parukh, so did not control it), the contrapositive of an entailment made by another predicate (controlled Parukh,
/// so did not withdraw from it), and, for a predicate that allows one value at a time, the denial of every other value
/// claimed for an overlapping time that neither takes in nor lies within (a village does not deny its district). Implied votes are kept only on propositions some claim states outright, so the
/// index never invents a question nobody asked.
/// </remarks>
internal sealed class VoteIndex
{
    private static readonly ConditionalWeakTable<Ledger, VoteIndex> Cache = new();

    private VoteIndex(Ledger ledger)
    {
        var narrator = new Narrator(ledger);
        var direct = new List<Vote>();
        var implied = new List<Vote>();
        Vocabulary vocabulary = ledger.State.Vocabulary;
        var statements = new List<Vocabulary.Derivation>();

        foreach (Claim claim in ledger.Claims)
        {
            Interval time = Interval.Of(ledger.TimeOf(claim));
            statements.Clear();
            vocabulary.StatementsOf(claim, statements);

            // The claim's own proposition, in its notion's terms, so every wording votes on one question.
            Proposition own = statements[0].Proposition;
            direct.Add(new Vote(claim, own, PropositionKey.Of(own), claim.Stance, time, null));
            foreach (Vocabulary.Derivation entailed in statements.Skip(1))
            {
                implied.Add(new Vote(claim, entailed.Proposition, PropositionKey.Of(entailed.Proposition), entailed.Stance, time,
                    $"{Said(narrator, claim)} implies that {Stated(narrator, entailed.Proposition, entailed.Stance)}"));
            }

            // p entails not-q: affirming q denies p. p entails q: denying q denies p. Only links that keep the
            // subject and object can be turned round.
            foreach ((Predicate premise, Entailment link) in vocabulary.EntailedBy[own.Predicate])
            {
                if (link.Subject == EntailedTerm.Subject && link.Object == EntailedTerm.Object && link.Negated == (claim.Stance == Stance.Affirms))
                {
                    Proposition denied = own with { Predicate = premise.Id };
                    implied.Add(new Vote(claim, denied, PropositionKey.Of(denied), Stance.Denies, time,
                        $"{Said(narrator, claim)} implies that {Stated(narrator, denied, Stance.Denies)}, since \"{premise.Label}\" "
                        + $"entails {(link.Negated ? "not " : string.Empty)}\"{narrator.Label(link.Predicate)}\""));
                }
            }
        }

        HashSet<PropositionKey> stated = [.. direct.Select(v => v.Key)];
        var impliedStated = implied.Where(v => stated.Contains(v.Key)).ToList();
        Statements = [.. direct.Concat(impliedStated.DistinctBy(v => (v.Claim.Id, v.Key, v.Stance)))];

        // The denials a one-value predicate implies grow with the square of a topic's values, so they are made only
        // for the analyses that read votes per yes-or-no proposition; truth discovery compares the values themselves.
        _votes = new Lazy<ImmutableArray<Vote>>(() =>
        {
            var excluded = Exclusions(ledger, narrator, direct).Where(v => stated.Contains(v.Key));
            return [.. direct.Concat(impliedStated.Concat(excluded).DistinctBy(v => (v.Claim.Id, v.Key, v.Stance)))];
        });
        _byKey = new Lazy<ImmutableDictionary<PropositionKey, ImmutableArray<Vote>>>(() =>
            Votes.GroupBy(v => v.Key).ToImmutableDictionary(g => g.Key, g => g.OrderBy(v => v.Claim.Id).ThenBy(v => v.IsDerived).ToImmutableArray()));
        _questions = new Lazy<ImmutableArray<Question>>(() => MakeQuestions(ByKey));
    }

    private readonly Lazy<ImmutableArray<Vote>> _votes;
    private readonly Lazy<ImmutableDictionary<PropositionKey, ImmutableArray<Vote>>> _byKey;
    private readonly Lazy<ImmutableArray<Question>> _questions;

    /// <summary>
    /// Gets each claim's own vote, in ledger order, then the votes its predicate's entailments imply (and their
    /// contrapositives), kept on propositions some claim states; not the denials implied by a one-value predicate.
    /// </summary>
    internal ImmutableArray<Vote> Statements { get; }

    /// <summary>Gets every vote: <see cref="Statements"/>, then the denials a one-value predicate implies.</summary>
    internal ImmutableArray<Vote> Votes => _votes.Value;

    /// <summary>Gets the votes on each proposition, ordered by claim id (own before implied).</summary>
    internal ImmutableDictionary<PropositionKey, ImmutableArray<Vote>> ByKey => _byKey.Value;

    /// <summary>Gets the questions, in a stable order (by proposition, then time).</summary>
    internal ImmutableArray<Question> Questions => _questions.Value;

    internal static VoteIndex For(Ledger ledger) => Cache.GetValue(ledger, l => new VoteIndex(l));

    /// <summary>The votes on a proposition for times overlapping a span.</summary>
    internal ImmutableArray<Vote> On(PropositionKey key, Interval time) =>
        ByKey.TryGetValue(key, out ImmutableArray<Vote> votes) ? [.. votes.Where(v => v.Time.Overlaps(time))] : [];

    internal static string Phrase(Narrator narrator, Proposition proposition, Stance stance) => Stated(narrator, proposition, stance);

    private static string Said(Narrator narrator, Claim claim) =>
        $"{narrator.Speaker(claim)}'s claim '{claim.Id}' that {Stated(narrator, claim.Proposition, claim.Stance)}";

    private static string Stated(Narrator narrator, Proposition proposition, Stance stance) =>
        stance == Stance.Affirms ? narrator.Phrase(proposition) : $"it is not the case that {narrator.Phrase(proposition)}";

    /// <summary>
    /// For a predicate with one value at a time, affirming one value denies every other claimed for an overlapping
    /// time, except values that take it in or lie within it (<see cref="LedgerState.Covers"/>).
    /// </summary>
    private static IEnumerable<Vote> Exclusions(Ledger ledger, Narrator narrator, List<Vote> direct)
    {
        var groups = direct
            .Where(v => v.Stance == Stance.Affirms)
            .Select(v => (Vote: v, Predicate: ledger.State.Vocabulary.RootOf(v.Proposition.Predicate)))
            .Where(x => x.Predicate.Cardinality != PredicateCardinality.Many)
            .GroupBy(x => TopicKey.For(x.Predicate, x.Vote.Proposition));
        foreach (var group in groups)
        {
            var items = group.ToList();
            bool bySubject = items[0].Predicate.Cardinality == PredicateCardinality.OneSubjectPerObject;
            Term? ValueOf(Vote v) => bySubject ? v.Proposition.Subject : v.Proposition.Object;
            foreach (var (a, _) in items)
            {
                foreach (var (b, _) in items)
                {
                    // Values that take one another in are one account: a village does not deny the district around it.
                    if (ValueOf(a) is { } va && ValueOf(b) is { } vb && !ledger.State.Covers(va, vb) && !ledger.State.Covers(vb, va) && a.Time.Overlaps(b.Time))
                    {
                        yield return new Vote(a.Claim, b.Proposition, b.Key, Stance.Denies, a.Time,
                            $"{Said(narrator, a.Claim)} implies that {Stated(narrator, b.Proposition, Stance.Denies)}, "
                            + $"since only one value of \"{narrator.Label(a.Proposition.Predicate)}\" can hold at a time");
                    }
                }
            }
        }
    }

    private static ImmutableArray<Question> MakeQuestions(ImmutableDictionary<PropositionKey, ImmutableArray<Vote>> byKey)
    {
        var questions = ImmutableArray.CreateBuilder<Question>();
        foreach (var (key, votes) in byKey.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            var sorted = votes.OrderBy(v => v.Time.Start).ThenBy(v => v.Claim.Id).ThenBy(v => v.IsDerived).ToList();
            int index = 0;
            while (index < sorted.Count)
            {
                var cluster = new List<Vote> { sorted[index] };
                long end = sorted[index].Time.End;
                index++;
                while (index < sorted.Count && sorted[index].Time.Start <= end)
                {
                    end = Math.Max(end, sorted[index].Time.End);
                    cluster.Add(sorted[index]);
                    index++;
                }

                Vote first = cluster.OrderBy(v => v.IsDerived).ThenBy(v => v.Claim.Id).First();
                Proposition shown = first.Proposition with { Time = Span(cluster[0].Time.StartDay, new Interval(0, end).EndDay) };
                questions.Add(new Question(questions.Count, key, shown, [.. cluster.OrderBy(v => v.Claim.Id).ThenBy(v => v.IsDerived)]));
            }
        }

        return questions.ToImmutable();
    }

    internal static FuzzyDate? Span(long start, long end)
    {
        static LocalDate Day(long n) => LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)n));
        return (start == long.MinValue, end == long.MaxValue) switch
        {
            (true, true) => null,
            (true, false) => FuzzyDate.By(Day(end)),
            (false, true) => FuzzyDate.Since(Day(start)),
            _ when start == end => FuzzyDate.OnDay(Day(start)),
            _ => FuzzyDate.Between(Day(start), Day(end)),
        };
    }
}

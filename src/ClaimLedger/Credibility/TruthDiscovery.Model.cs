using ClaimLedger.Contradictions;
using ClaimLedger.Internal;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

public sealed partial class TruthDiscovery
{
    /// <summary>What a question is asked about: a one-value topic (predicate and anchor), or a yes-or-no proposition.</summary>
    private readonly record struct QuestionKey(bool OneValue, PredicateId Predicate, Term Anchor, Term? Object, PlaceId? Place);

    /// <summary>
    /// The claims of a ledger as questions, values and ballots in flat arrays, indexed once so that a round of the
    /// estimate reads each ballot a constant number of times. A ballot is one source's answer to one question: a value
    /// affirmed or denied, however many claims (or relay chains) gave it.
    /// </summary>
    private sealed class Model
    {
        internal SourceId[] Sources = [];
        internal int[] PartyOf = [];
        internal bool[,] SameSide = new bool[0, 0];
        internal List<Q> Questions = [];

        // Ballots, grouped by question (each question's ballots are contiguous, ordered by source, value, stance).
        internal int[] BSource = [];
        internal int[] BValue = [];
        internal bool[] BDenies = [];
        internal bool[] BOwn = [];
        internal ImmutableArray<ClaimId>[] BClaims = [];
        internal int[][] BallotsOf = [];

        // Pairs of sources that both gave comparable answers of their own to a contested question: how many differ
        // (a constant factor of the likelihood), and one entry per shared same answer (whose factor moves with trust).
        internal (int A, int B)[] Pairs = [];
        internal int[] PairDifferent = [];
        internal int[] PairSame = [];
        internal int[] SamePair = [];
        internal int[] SameValue = [];
        internal bool[] SameDenies = [];
        internal double[] SameFalseValues = [];

        // For each ballot (from LinkStart[b] to LinkStart[b + 1]), the ballots on its question of sources it was
        // compared with, and the pair: where a copy between them can discount a vote.
        internal int[] LinkStart = [];
        internal int[] LinkOther = [];
        internal int[] LinkPair = [];

        internal int ValueCount;
    }

    /// <summary>One question: its values (at <see cref="ValueStart"/> in the value arrays) and its ballots.</summary>
    private sealed class Q
    {
        internal required QuestionKey Key;
        internal required Interval Time;
        internal required Term?[] Values;
        internal required Proposition[] Shown;
        internal int ValueStart;
        internal int BallotStart;
        internal int BallotEnd;
        // For each value, the values it supports and how far (similarity times its weight); null when none.
        internal (int To, double Weight)[]?[]? Support;

        // For each value, the values that take it in or lie within it: compatible, so left out of its competition.
        internal List<int>[]? Nested;

        internal int Count => Values.Length;
    }

    private Model Build(Ledger ledger, VoteIndex index)
    {
        Vocabulary vocabulary = ledger.State.Vocabulary;
        var groups = new Dictionary<QuestionKey, List<(Vote Vote, Term? Value)>>();
        foreach (Vote vote in index.Statements)
        {
            Predicate root = vocabulary.RootOf(vote.Proposition.Predicate);
            bool bySubject = root.Cardinality == PredicateCardinality.OneSubjectPerObject;
            Term? value = root.Cardinality == PredicateCardinality.Many || vote.Claim.Modality == ClaimModality.Attempted ? null
                : bySubject ? vote.Proposition.Subject : vote.Proposition.Object;
            QuestionKey key = value is not null && (!bySubject || vote.Proposition.Object is not null)
                ? new QuestionKey(true, root.Id, TopicKey.AnchorOf(root, vote.Proposition.Subject, vote.Proposition.Object), null, null)
                : new QuestionKey(false, vote.Key.Predicate, vote.Key.Subject, vote.Key.Object, vote.Key.Place);
            if (!key.OneValue)
            {
                value = null;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((vote, value));
        }

        var model = new Model();
        SourceId[] sources = [.. index.Statements.Select(v => v.Speaker).Distinct().Order()];
        var position = new Dictionary<SourceId, int>(sources.Length);
        for (int i = 0; i < sources.Length; i++)
        {
            position[sources[i]] = i;
        }

        model.Sources = sources;
        PartyId[] parties = [.. sources.Select(s => ledger.TryGetSource(s, out Source? src) ? src.Party : null).OfType<PartyId>().Distinct().Order()];
        var partyIndex = parties.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        model.PartyOf = [.. sources.Select(s => ledger.TryGetSource(s, out Source? src) && src.Party is { } p ? partyIndex[p] : -1)];
        model.SameSide = new bool[parties.Length, parties.Length];
        for (int a = 0; a < parties.Length; a++)
        {
            for (int b = 0; b < parties.Length; b++)
            {
                model.SameSide[a, b] = Sides.SameSide(ledger, parties[a], parties[b]);
            }
        }

        var bSource = new List<int>();
        var bValue = new List<int>();
        var bDenies = new List<bool>();
        var bOwn = new List<bool>();
        var bClaims = new List<ImmutableArray<ClaimId>>();
        var ordered = groups.OrderBy(g => g.Key.Predicate).ThenBy(g => g.Key.Anchor.ToString(), StringComparer.Ordinal)
            .ThenBy(g => g.Key.Object?.ToString(), StringComparer.Ordinal).ThenBy(g => g.Key.Place).ThenBy(g => g.Key.OneValue);
        foreach (var (key, votes) in ordered)
        {
            votes.Sort((x, y) => x.Vote.Time.Start != y.Vote.Time.Start ? x.Vote.Time.Start.CompareTo(y.Vote.Time.Start) : x.Vote.Claim.Id.CompareTo(y.Vote.Claim.Id));
            int at = 0;
            while (at < votes.Count)
            {
                int from = at;
                long end = votes[at].Vote.Time.End;
                at++;
                while (at < votes.Count && votes[at].Vote.Time.Start <= end)
                {
                    end = Math.Max(end, votes[at].Vote.Time.End);
                    at++;
                }

                AddQuestion(ledger, model, key, votes.GetRange(from, at - from), new Interval(votes[from].Vote.Time.Start, end), position, bSource, bValue, bDenies, bOwn, bClaims);
            }
        }

        model.BSource = [.. bSource];
        model.BValue = [.. bValue];
        model.BDenies = [.. bDenies];
        model.BOwn = [.. bOwn];
        model.BClaims = [.. bClaims];
        var of = new List<int>[sources.Length];
        for (int s = 0; s < sources.Length; s++)
        {
            of[s] = [];
        }

        for (int b = 0; b < model.BSource.Length; b++)
        {
            of[model.BSource[b]].Add(b);
        }

        model.BallotsOf = [.. of.Select(l => l.ToArray())];
        Pairs(model);
        return model;
    }

    private void AddQuestion(Ledger ledger, Model model, QuestionKey key, List<(Vote Vote, Term? Value)> votes, Interval time, Dictionary<SourceId, int> position,
        List<int> bSource, List<int> bValue, List<bool> bDenies, List<bool> bOwn, List<ImmutableArray<ClaimId>> bClaims)
    {
        Term?[] values = key.OneValue
            ? [.. votes.Select(v => v.Value!).Distinct().OrderBy(v => v.ToString(), StringComparer.Ordinal)]
            : [key.Object];
        var valueIndex = new Dictionary<Term, int>();
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } t)
            {
                valueIndex[t] = i;
            }
        }

        FuzzyDate? span = VoteIndex.Span(time.StartDay, time.EndDay);
        Proposition[] shown = new Proposition[values.Length];
        foreach (var (vote, value) in votes.OrderBy(v => v.Vote.IsDerived).ThenBy(v => v.Vote.Claim.Id))
        {
            int i = value is null ? 0 : valueIndex[value];
            shown[i] ??= vote.Proposition with { Time = span };
        }

        var q = new Q
        {
            Key = key,
            Time = time,
            Values = values,
            Shown = shown,
            ValueStart = model.ValueCount,
            BallotStart = bSource.Count,
        };
        model.ValueCount += values.Length;

        foreach (var ballot in votes
            .GroupBy(v => (Source: position[v.Vote.Speaker], Value: v.Value is null ? 0 : valueIndex[v.Value], v.Vote.Stance))
            .OrderBy(g => g.Key.Source).ThenBy(g => g.Key.Value).ThenBy(g => g.Key.Stance))
        {
            bSource.Add(ballot.Key.Source);
            bValue.Add(ballot.Key.Value);
            bDenies.Add(ballot.Key.Stance == Stance.Denies);
            bOwn.Add(ballot.Any(v => !v.Vote.IsDerived));
            bClaims.Add([.. ballot.Select(v => v.Vote.Claim.Id).Distinct().Order()]);
        }

        q.BallotEnd = bSource.Count;
        if (values.Length > 1)
        {
            for (int i = 0; i < values.Length; i++)
            {
                var support = new List<(int, double)>();
                for (int j = 0; j < values.Length; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }

                    Term a = values[i]!, b = values[j]!;
                    if (ledger.State.Covers(a, b) || ledger.State.Covers(b, a))
                    {
                        q.Nested ??= new List<int>[values.Length];
                        (q.Nested[i] ??= []).Add(j);
                    }

                    double s = Options.SimilarityWeight == 0 ? 0 : ValueSimilarity.Checked(Options.Similarity.Support(a, b, ledger));
                    if (s > 0)
                    {
                        support.Add((j, Options.SimilarityWeight * s));
                    }
                }

                if (support.Count > 0)
                {
                    q.Support ??= new (int, double)[]?[values.Length];
                    q.Support[i] = [.. support];
                }
            }
        }

        model.Questions.Add(q);
    }

    /// <summary>Every pair of sources that answered a contested question of their own accord, and how they answered it.</summary>
    private void Pairs(Model model)
    {
        var pairIndex = new Dictionary<long, int>();
        var pairs = new List<(int, int)>();
        var different = new List<int>();
        var same = new List<int>();
        var samePair = new List<int>();
        var sameValues = new List<int>();
        var sameDenies = new List<bool>();
        var sameFalse = new List<double>();
        var own = new List<int>();
        long n = model.Sources.Length;
        for (int qi = 0; qi < model.Questions.Count; qi++)
        {
            Q q = model.Questions[qi];
            own.Clear();
            for (int b = q.BallotStart; b < q.BallotEnd; b++)
            {
                // One answer per source: its first own ballot (a source that answered both ways is compared by its first).
                if (model.BOwn[b] && (own.Count == 0 || model.BSource[own[^1]] != model.BSource[b]))
                {
                    own.Add(b);
                }
            }

            // Where every source gives the same answer, sharing it says nothing about copying that the answer's own
            // truth does not; only questions with two answers of the sources' own are compared.
            if (own.Select(b => (model.BValue[b], model.BDenies[b])).Distinct().Count() < 2)
            {
                continue;
            }

            double falseValues = q.Key.OneValue ? Math.Max(Options.FalseValues, q.Count - 1) : 1;
            for (int i = 0; i < own.Count; i++)
            {
                for (int j = i + 1; j < own.Count; j++)
                {
                    int x = own[i], y = own[j];
                    bool sameValue = model.BValue[x] == model.BValue[y];
                    bool sameStance = model.BDenies[x] == model.BDenies[y];
                    if (!sameValue && !sameStance)
                    {
                        continue; // a denial of one value against another value: neither agrees nor differs
                    }

                    int a = model.BSource[x], c = model.BSource[y];
                    long id = (a * n) + c;
                    if (!pairIndex.TryGetValue(id, out int p))
                    {
                        pairIndex[id] = p = pairs.Count;
                        pairs.Add((a, c));
                        different.Add(0);
                        same.Add(0);
                    }

                    if (sameValue && sameStance)
                    {
                        same[p]++;
                        samePair.Add(p);
                        sameValues.Add(q.ValueStart + model.BValue[x]);
                        sameDenies.Add(model.BDenies[x]);
                        sameFalse.Add(model.BDenies[x] ? 1 : falseValues);
                    }
                    else
                    {
                        different[p]++;
                    }
                }
            }
        }

        model.Pairs = [.. pairs];
        model.PairDifferent = [.. different];
        model.PairSame = [.. same];
        model.SamePair = [.. samePair];
        model.SameValue = [.. sameValues];
        model.SameDenies = [.. sameDenies];
        model.SameFalseValues = [.. sameFalse];

        bool[] compared = new bool[model.Sources.Length];
        foreach ((int a, int c) in pairs)
        {
            compared[a] = compared[c] = true;
        }

        var start = new int[model.BSource.Length + 1];
        var other = new List<int>();
        var pair = new List<int>();
        foreach (Q q in model.Questions)
        {
            for (int b = q.BallotStart; b < q.BallotEnd; b++)
            {
                start[b] = other.Count;
                int sb = model.BSource[b];
                if (!compared[sb])
                {
                    continue;
                }

                for (int o = q.BallotStart; o < q.BallotEnd; o++)
                {
                    int so = model.BSource[o];
                    if (so != sb && compared[so] && pairIndex.TryGetValue((Math.Min(sb, so) * n) + Math.Max(sb, so), out int p))
                    {
                        other.Add(o);
                        pair.Add(p);
                    }
                }
            }
        }

        start[^1] = other.Count;
        model.LinkStart = start;
        model.LinkOther = [.. other];
        model.LinkPair = [.. pair];
    }
}

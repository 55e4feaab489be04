using ClaimLedger.Contradictions;
using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

public sealed partial class TruthDiscovery
{
    /// <summary>The estimate in progress: trust per source, score and belief per value, weight per ballot, dependence per pair.</summary>
    private sealed class State
    {
        private readonly Model _m;
        private readonly TruthDiscoveryOptions _o;
        private readonly Ledger _ledger;
        private readonly double[] _prior;
        private double[] _trust;
        private readonly double[] _logit;
        private readonly double[] _score;
        private readonly double[] _belief;
        private readonly double[] _independence;
        private readonly double[] _strength;
        private readonly double[] _agreement;
        private readonly double[] _llr;
        private readonly double[] _posterior;
        private readonly double[] _degree;
        private readonly double[] _scratch;
        private readonly int _parties;
        private readonly int[] _partyCount;
        private readonly int[] _partySources;
        private readonly double[] _partyScore;

        internal State(Model model, TruthDiscovery owner, Ledger ledger)
        {
            _m = model;
            _o = owner.Options;
            _ledger = ledger;
            _prior = [.. model.Sources.Select(s => _o.PriorFor(ledger.TryGetSource(s, out Source? src) ? src.Reliability : null))];
            _trust = [.. _prior];
            _logit = [.. _trust.Select(Logit)];
            _score = new double[model.ValueCount];
            _belief = new double[model.ValueCount];
            _independence = new double[model.BSource.Length];
            _strength = new double[model.BSource.Length];
            _agreement = new double[model.BSource.Length];
            _llr = new double[model.Pairs.Length];
            _posterior = new double[model.Pairs.Length];
            _degree = new double[model.Pairs.Length];
            int most = model.Questions.Count == 0 ? 0 : model.Questions.Max(q => q.Count);
            _scratch = new double[most];
            _parties = model.SameSide.GetLength(0);
            _partyCount = new int[most * 2 * _parties];
            _partySources = new int[_parties];
            _partyScore = new double[most * _parties];
        }

        /// <summary>How dependent two speakers of one side are taken to be (0 for sources of no party or of opposing sides).</summary>
        private double Side(int a, int b) =>
            _m.PartyOf[a] is int pa and >= 0 && _m.PartyOf[b] is int pb and >= 0 && _m.SameSide[pa, pb] ? _o.SameSideDependence : 0;

        private bool SidesCount => _parties > 0 && _o.SameSideDependence > 0;

        /// <summary>The number of false values a question is taken to have: 1 for yes or no, else the option (at least those claimed less one).</summary>
        private double FalseValues(Q q) => q.Key.OneValue ? Math.Max(_o.FalseValues, q.Count - 1) : 1;

        /// <summary>Each ballot's independence and strength, then each value's score and belief.</summary>
        internal void Beliefs()
        {
            foreach (Q q in _m.Questions)
            {
                double lnN = Math.Log(FalseValues(q));
                Independence(q);

                for (int v = 0; v < q.Count; v++)
                {
                    _score[q.ValueStart + v] = 0;
                }

                for (int b = q.BallotStart; b < q.BallotEnd; b++)
                {
                    // A vote for one of many values weighs as in Accu; a yes-or-no answer (a denial included) as in TruthFinder.
                    int s = _m.BSource[b];
                    _strength[b] = (q.Key.OneValue && !_m.BDenies[b] ? lnN + _logit[s] : -Math.Log(1 - _trust[s])) * _independence[b];
                    Apply(q, b, _score.AsSpan(q.ValueStart, q.Count), 1);
                }

                ReadOnlySpan<double> scores = _score.AsSpan(q.ValueStart, q.Count);
                (double top, double total) = Total(scores, Unseen(q));
                for (int v = 0; v < q.Count; v++)
                {
                    _belief[q.ValueStart + v] = Belief(q, scores, v, top, total);
                }
            }
        }

        /// <summary>Adds (or, with a negative factor, takes away) a ballot's strength from the scores of its question's values.</summary>
        private void Apply(Q q, int b, Span<double> scores, double factor)
        {
            int v = _m.BValue[b];
            double c = _strength[b] * factor;
            if (_m.BDenies[b])
            {
                scores[v] -= c;
                return;
            }

            scores[v] += c;
            if (q.Support?[v] is { } supported)
            {
                foreach ((int to, double weight) in supported)
                {
                    scores[to] += c * weight;
                }
            }
        }

        /// <summary>
        /// The values nobody claimed, each with a score of 0: for a yes-or-no question, "no" (its denials are already
        /// in the score); for a one-value question, the false values not claimed.
        /// </summary>
        private double Unseen(Q q) => q.Key.OneValue ? Math.Max(0, FalseValues(q) + 1 - q.Count) : 1;

        /// <summary>A value's belief: e^score over e^score of it, of every value it competes with, and of the values nobody claimed.</summary>
        private static double Belief(Q q, ReadOnlySpan<double> scores, int v, double unseen)
        {
            (double top, double total) = Total(scores, unseen);
            return Belief(q, scores, v, top, total);
        }

        /// <summary>The largest score (at least 0, the unclaimed values') and the sum of every e^(score - largest).</summary>
        private static (double Top, double Total) Total(ReadOnlySpan<double> scores, double unseen)
        {
            double top = 0;
            foreach (double s in scores)
            {
                top = Math.Max(top, s);
            }

            double total = unseen * Math.Exp(-top);
            foreach (double s in scores)
            {
                total += Math.Exp(s - top);
            }

            return (top, total);
        }

        private static double Belief(Q q, ReadOnlySpan<double> scores, int v, double top, double total)
        {
            if (q.Nested?[v] is { } nested)
            {
                foreach (int u in nested)
                {
                    total -= Math.Exp(scores[u] - top);
                }
            }

            return Math.Exp(scores[v] - top) / total;
        }

        /// <summary>
        /// Each ballot's share of a voice: one over one plus the sum of its dependences on the other sources giving the
        /// same answer, so that a source and k sure copies of it count once together, whatever order they come in.
        /// Speakers of one side are counted by party, copies through each source's list of copies, so a question costs
        /// its ballots times the parties plus the copies of its sources, not the square of its ballots.
        /// </summary>
        private void Independence(Q q)
        {
            for (int b = q.BallotStart; b < q.BallotEnd; b++)
            {
                _independence[b] = 0;
            }

            if (SidesCount)
            {
                for (int b = q.BallotStart; b < q.BallotEnd; b++)
                {
                    if (_m.PartyOf[_m.BSource[b]] is int p and >= 0)
                    {
                        _partyCount[(Answer(b) * _parties) + p]++;
                    }
                }

                for (int b = q.BallotStart; b < q.BallotEnd; b++)
                {
                    if (_m.PartyOf[_m.BSource[b]] is int p and >= 0)
                    {
                        int same = -1;
                        for (int r = 0; r < _parties; r++)
                        {
                            same += _m.SameSide[p, r] ? _partyCount[(Answer(b) * _parties) + r] : 0;
                        }

                        _independence[b] = _o.SameSideDependence * same;
                    }
                }

                for (int b = q.BallotStart; b < q.BallotEnd; b++)
                {
                    if (_m.PartyOf[_m.BSource[b]] is int p and >= 0)
                    {
                        _partyCount[(Answer(b) * _parties) + p] = 0;
                    }
                }
            }

            for (int b = q.BallotStart; b < q.BallotEnd; b++)
            {
                for (int l = _m.LinkStart[b]; l < _m.LinkStart[b + 1]; l++)
                {
                    int o = _m.LinkOther[l];
                    double degree = _degree[_m.LinkPair[l]];
                    if (degree > 0 && _m.BValue[o] == _m.BValue[b] && _m.BDenies[o] == _m.BDenies[b])
                    {
                        double side = Side(_m.BSource[b], _m.BSource[o]);
                        _independence[b] += Math.Max(degree, side) - side;
                    }
                }
            }

            for (int b = q.BallotStart; b < q.BallotEnd; b++)
            {
                _independence[b] = 1 / (1 + _independence[b]);
            }
        }

        private int Answer(int b) => (_m.BValue[b] * 2) + (_m.BDenies[b] ? 1 : 0);

        /// <summary>
        /// For each ballot, the belief in its answer from the other sources alone, each less its dependence on the
        /// ballot's source; NaN when no other source independent of it answered the question.
        /// </summary>
        internal void Agreements()
        {
            foreach (Q q in _m.Questions)
            {
                Span<double> scratch = _scratch.AsSpan(0, q.Count);
                Span<double> partyScore = _partyScore.AsSpan(0, q.Count * _parties);
                bool sides = SidesCount;
                int sources = 0;
                int affirmers = 0, lastAffirmer = -1;
                for (int b = q.BallotStart; b < q.BallotEnd; b++)
                {
                    bool first = b == q.BallotStart || _m.BSource[b - 1] != _m.BSource[b];
                    sources += first ? 1 : 0;
                    if (!_m.BDenies[b] && _m.BSource[b] != lastAffirmer)
                    {
                        affirmers++;
                        lastAffirmer = _m.BSource[b];
                    }

                    if (sides && _m.PartyOf[_m.BSource[b]] is int p and >= 0)
                    {
                        Apply(q, b, partyScore.Slice(p * q.Count, q.Count), 1);
                        _partySources[p] += first ? 1 : 0;
                    }
                }

                double unseen = Unseen(q);
                int start = q.BallotStart;
                while (start < q.BallotEnd)
                {
                    int s = _m.BSource[start];
                    int last = start;
                    while (last + 1 < q.BallotEnd && _m.BSource[last + 1] == s)
                    {
                        last++;
                    }

                    _score.AsSpan(q.ValueStart, q.Count).CopyTo(scratch);
                    for (int b = start; b <= last; b++)
                    {
                        Apply(q, b, scratch, -1);
                    }

                    int blocked = 0;
                    if (sides && _m.PartyOf[s] is int mine and >= 0)
                    {
                        // Speakers of the same side, by party; the source's own share was taken away in full already.
                        for (int r = 0; r < _parties; r++)
                        {
                            if (_m.SameSide[mine, r])
                            {
                                for (int v = 0; v < q.Count; v++)
                                {
                                    scratch[v] -= _o.SameSideDependence * partyScore[(r * q.Count) + v];
                                }

                                blocked += _o.SameSideDependence >= 1 ? _partySources[r] : 0;
                            }
                        }

                        for (int b = start; b <= last; b++)
                        {
                            Apply(q, b, scratch, _o.SameSideDependence);
                        }

                        blocked -= _o.SameSideDependence >= 1 ? 1 : 0;
                    }

                    // The ballots of sources it may copy or be copied by (each once: the links of its first ballot).
                    for (int l = _m.LinkStart[start]; l < _m.LinkStart[start + 1]; l++)
                    {
                        double degree = _degree[_m.LinkPair[l]];
                        if (degree <= 0)
                        {
                            continue;
                        }

                        int o = _m.LinkOther[l];
                        double side = Side(s, _m.BSource[o]);
                        Apply(q, o, scratch, -(Math.Max(degree, side) - side));
                        bool firstOfSource = o == q.BallotStart || _m.BSource[o - 1] != _m.BSource[o];
                        blocked += firstOfSource && Math.Max(degree, side) >= 1 && side < 1 ? 1 : 0;
                    }

                    bool anyone = sources - 1 - blocked > 0;

                    // When no other source gives any value, the others only say yes or no to this one: weigh their
                    // denials against "yes", not against every value nobody claimed.
                    bool affirms = false;
                    for (int b = start; b <= last && !affirms; b++)
                    {
                        affirms = !_m.BDenies[b];
                    }

                    (double top, double total) = Total(scratch, affirmers - (affirms ? 1 : 0) > 0 ? unseen : 1);
                    for (int b = start; b <= last; b++)
                    {
                        double belief = Belief(q, scratch, _m.BValue[b], top, total);
                        _agreement[b] = !anyone ? double.NaN : _m.BDenies[b] ? 1 - belief : belief;
                    }

                    start = last + 1;
                }

                if (sides)
                {
                    partyScore.Clear();
                    Array.Clear(_partySources);
                }
            }
        }

        /// <summary>Moves every source's trust to its prior averaged with its agreements; returns the largest change.</summary>
        internal double NextTrust()
        {
            Agreements();
            double change = 0;
            double[] next = new double[_trust.Length];
            for (int s = 0; s < next.Length; s++)
            {
                double sum = 0;
                int count = 0;
                foreach (int b in _m.BallotsOf[s])
                {
                    if (!double.IsNaN(_agreement[b]))
                    {
                        sum += _agreement[b];
                        count++;
                    }
                }

                next[s] = Clamp(((_o.PriorWeight * _prior[s]) + sum) / (_o.PriorWeight + count));
                change = Math.Max(change, Math.Abs(next[s] - _trust[s]));
                _logit[s] = Logit(next[s]);
            }

            _trust = next;
            return change;
        }

        /// <summary>Dong et al.'s probability that each pair of sources copies, from the answers both gave of their own accord.</summary>
        internal void Copying()
        {
            Array.Clear(_llr);
            for (int e = 0; e < _m.SamePair.Length; e++)
            {
                (double independent, double dependent, _) = Same(e);
                _llr[_m.SamePair[e]] += Math.Log(dependent / independent);
            }

            double differing = Math.Log(1 - _o.CopyRate);
            double priorOdds = (1 - _o.CopyPrior) / _o.CopyPrior;
            for (int p = 0; p < _m.Pairs.Length; p++)
            {
                double llr = _llr[p] + (_m.PairDifferent[p] * differing);
                _posterior[p] = _m.PairSame[p] + _m.PairDifferent[p] < _o.MinimumSharedForCopy ? 0 : 1 / (1 + (priorOdds * Math.Exp(-Math.Clamp(llr, -700, 700))));
                double degree = _o.CopyDiscount * _posterior[p];
                _degree[p] = degree >= NegligibleDependence ? degree : 0;
            }
        }

        /// <summary>
        /// For two sources giving the same answer: its likelihood if they are independent (both right, or both wrong
        /// alike among the false values) and if one copies the other (at <see cref="TruthDiscoveryOptions.CopyRate"/>),
        /// and the probability that the answer is false. A different answer is CopyRate less likely under copying,
        /// whatever the trust, so it is counted once per pair.
        /// </summary>
        private (double Independent, double Dependent, double False) Same(int e)
        {
            (int x, int y) = _m.Pairs[_m.SamePair[e]];
            double a1 = _trust[x], a2 = _trust[y];
            double belief = _belief[_m.SameValue[e]];
            double t = _m.SameDenies[e] ? 1 - belief : belief;
            double n = _m.SameFalseValues[e];
            double c = _o.CopyRate;
            double mean = (a1 + a2) / 2;
            double independent = (t * a1 * a2) + ((1 - t) * (1 - a1) * (1 - a2) / n);
            double dependent = (t * ((c * mean) + ((1 - c) * a1 * a2))) + ((1 - t) * ((c * (1 - mean)) + ((1 - c) * (1 - a1) * (1 - a2) / n)));
            return (Math.Max(independent, 1e-300), Math.Max(dependent, 1e-300), 1 - t);
        }

        internal TruthDiscoveryResult Result(int iterations, bool converged)
        {
            var narrator = new Narrator(_ledger);
            var scores = new List<SourceScore>(_m.Sources.Length);
            for (int s = 0; s < _m.Sources.Length; s++)
            {
                var counted = _m.BallotsOf[s].Where(b => !double.IsNaN(_agreement[b])).ToList();
                double denominator = _o.PriorWeight + counted.Count;
                ImmutableArray<ScoreContribution> contributions = [.. counted
                    .Select(b => new ScoreContribution(Shown(b), _m.BDenies[b] ? Stance.Denies : Stance.Affirms, _m.BClaims[b], _agreement[b], (_agreement[b] - _prior[s]) / denominator))
                    .OrderByDescending(c => Math.Abs(c.Effect)).ThenBy(c => c.Claims[0])];
                Source? source = _ledger.TryGetSource(_m.Sources[s], out Source? found) ? found : null;
                scores.Add(new SourceScore(_m.Sources[s], source?.Name ?? _m.Sources[s].Value, source?.Reliability, _prior[s], _trust[s], contributions));
            }

            var questions = ImmutableArray.CreateBuilder<QuestionBelief>(_m.Questions.Count);
            var propositions = ImmutableArray.CreateBuilder<PropositionBelief>();
            foreach (Q q in _m.Questions)
            {
                var votes = new List<BeliefVote>[q.Count];
                var denials = new List<BeliefVote>[q.Count];
                for (int v = 0; v < q.Count; v++)
                {
                    votes[v] = [];
                    denials[v] = [];
                }

                for (int b = q.BallotStart; b < q.BallotEnd; b++)
                {
                    (_m.BDenies[b] ? denials : votes)[_m.BValue[b]].Add(Vote(b));
                }

                bool contested = Enumerable.Range(0, q.Count).Any(v => votes[v].Count > 0 && denials[v].Count > 0)
                    || Enumerable.Range(0, q.Count).Any(v => Enumerable.Range(v + 1, q.Count - v - 1).Any(u => !Nested(q, v, u)));
                ValueBelief[] values = [.. Enumerable.Range(0, q.Count).Select(v => new ValueBelief(q.Values[v], q.Shown[v], _belief[q.ValueStart + v], [.. votes[v]], [.. denials[v]]))];
                questions.Add(new QuestionBelief(q.Key.Predicate, q.Key.Anchor, q.Key.OneValue, q.Shown[0],
                    [.. values.OrderByDescending(v => v.Belief).ThenBy(v => v.Value?.ToString(), StringComparer.Ordinal).ThenBy(v => v.Proposition.ToString(), StringComparer.Ordinal)],
                    contested, q.Time));
                if (!contested)
                {
                    continue;
                }

                for (int v = 0; v < q.Count; v++)
                {
                    // Against a value: its denials, and (for a one-value predicate) each source's votes for a value it competes with.
                    IEnumerable<BeliefVote> against = denials[v].Concat(Enumerable.Range(0, q.Count)
                        .Where(u => u != v && !Nested(q, v, u))
                        .SelectMany(u => votes[u])
                        .GroupBy(x => x.Source)
                        .Select(g => g.First() with { Stance = Stance.Denies, Claims = [.. g.SelectMany(x => x.Claims).Distinct().Order()] }));
                    ImmutableArray<BeliefVote> denying = [.. against.GroupBy(x => x.Source).Select(g => g.First()).OrderBy(x => x.Source)];
                    if (votes[v].Count == 0 && q.Key.OneValue)
                    {
                        continue;
                    }

                    propositions.Add(new PropositionBelief(q.Shown[v], narrator.Phrase(q.Shown[v], withTime: true), _belief[q.ValueStart + v],
                        [.. votes[v]], denying, PropositionKey.Of(q.Shown[v]), q.Time));
                }
            }

            ImmutableArray<string> warnings = Warnings(questions);
            return new TruthDiscoveryResult(
                [.. scores.OrderByDescending(s => s.Score).ThenBy(s => s.Source)],
                propositions.ToImmutable(),
                questions.MoveToImmutable(),
                Copies(),
                iterations,
                converged,
                warnings,
                _ledger.State.Vocabulary);
        }

        private static bool Nested(Q q, int v, int u) => q.Nested?[v]?.Contains(u) == true;

        private Proposition Shown(int b)
        {
            Q q = QuestionOf(b);
            return q.Shown[_m.BValue[b]];
        }

        private Q QuestionOf(int b)
        {
            // Questions hold contiguous ballot ranges in order: a binary search finds the one holding a ballot.
            int low = 0, high = _m.Questions.Count - 1;
            while (low < high)
            {
                int mid = (low + high + 1) / 2;
                if (_m.Questions[mid].BallotStart <= b)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return _m.Questions[low];
        }

        private BeliefVote Vote(int b)
        {
            int s = _m.BSource[b];
            return new BeliefVote(_m.Sources[s], _m.BDenies[b] ? Stance.Denies : Stance.Affirms, _m.BClaims[b], _independence[b], _trust[s], _strength[b]);
        }

        private ImmutableArray<SourceDependence> Copies()
        {
            if (_o.CopyDiscount == 0)
            {
                return [];
            }

            var falseShare = new double[_m.Pairs.Length];
            for (int e = 0; e < _m.SamePair.Length; e++)
            {
                falseShare[_m.SamePair[e]] += Same(e).False;
            }

            var copies = ImmutableArray.CreateBuilder<SourceDependence>();
            for (int p = 0; p < _m.Pairs.Length; p++)
            {
                if (_posterior[p] < 0.5)
                {
                    continue;
                }

                (int a, int b) = _m.Pairs[p];
                int same = _m.PairSame[p], differ = _m.PairDifferent[p];
                string falseText = same == 0 ? string.Empty : $", {IndependenceAnalyzer.Format(falseShare[p])} of them believed false";
                copies.Add(new SourceDependence(_m.Sources[a], _m.Sources[b], _o.CopyDiscount * _posterior[p],
                    $"{Name(a)} and {Name(b)} give the same answer to {same} of the {same + differ} contested questions both answer{falseText}: "
                    + $"copying is {IndependenceAnalyzer.Format(_posterior[p] * 100)}% likely"));
            }

            return [.. copies.OrderBy(d => d.First).ThenBy(d => d.Second)];
        }

        private string Name(int s) => _ledger.TryGetSource(_m.Sources[s], out Source? source) ? source.Name : _m.Sources[s].Value;

        /// <summary>
        /// A predicate that allows many values at a time never sets its values against one another. When a predicate
        /// of the ledger's own (not one of <see cref="BuiltInPredicates.All"/>, whose cardinalities are declared on
        /// purpose) is contested nowhere, and most subjects that two or more sources speak to (at least two subjects, so
        /// that it is a pattern) are given different values by them, the estimate had nothing to decide about it: say so, since the likely cause is a predicate whose
        /// cardinality was left at its default.
        /// </summary>
        private ImmutableArray<string> Warnings(ImmutableArray<QuestionBelief>.Builder questions)
        {
            var warnings = ImmutableArray.CreateBuilder<string>();
            foreach (var predicate in questions.Where(q => !q.IsOneValueAtATime).GroupBy(q => q.Predicate).OrderBy(g => g.Key))
            {
                if (predicate.Any(q => q.IsContested)
                    || (_ledger.TryGetPredicate(predicate.Key, out Predicate? declared) && BuiltInPredicates.All.Contains(declared)))
                {
                    continue;
                }

                int several = 0, differing = 0;
                foreach (var subject in predicate.GroupBy(q => q.About))
                {
                    var affirming = subject.Where(q => q.Values[0].Affirming.Length > 0).ToList();
                    if (affirming.SelectMany(q => q.Values[0].Affirming.Select(v => v.Source)).Distinct().Count() < 2)
                    {
                        continue;
                    }

                    several++;
                    differing += affirming.Select(q => q.Proposition.Object).Distinct().Count() > 1 ? 1 : 0;
                }

                if (differing >= 2 && differing * 2 > several)
                {
                    warnings.Add(CredibilityErrors.NothingToDecide(predicate.Key, differing, several));
                }
            }

            return warnings.ToImmutable();
        }
    }
}

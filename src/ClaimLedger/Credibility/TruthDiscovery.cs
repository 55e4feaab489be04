using ClaimLedger.Contradictions;
using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>
/// Estimates, over a whole ledger, how reliable each source is and how far each contested proposition is to be
/// believed, in the TruthFinder / source-dependence family: a source is trusted as far as independent others agree
/// with it, and a proposition believed as far as trusted, independent sources back it.
/// </summary>
/// <remarks>
/// <para><b>What it is for.</b> The result is evidence for an analyst, not a verdict. It measures agreement, not
/// truth: a falsehood every side repeats scores well, and a lone true report scores at its prior. Read the
/// explanations (<see cref="SourceScore.Explain"/>, <see cref="PropositionBelief.Affirming"/>) before the numbers.</para>
/// <para><b>What it assumes.</b></para>
/// <list type="number">
/// <item>Every question is yes-or-no: does a proposition hold over a span of transitively overlapping times? A claim
/// votes on its own proposition and on what it implies: declared entailments (withdrew from, so does not control),
/// their contrapositives (controls, so did not withdraw from), and, for a predicate with one value at a time, that no
/// other value holds. Quantities and characterisations are compared as propositions only, not as numbers or labels.</item>
/// <item>A source is a speaker. Relays add nothing: TASS relaying the Russian Ministry of Defence is the ministry's
/// vote. A source that gives both answers to one question (a retraction) votes both ways.</item>
/// <item>Sources err independently unless shown otherwise. Two sources are taken to copy one another when they share
/// at least <see cref="TruthDiscoveryOptions.MinimumSharedForCopy"/> answers and those make up at least
/// <see cref="TruthDiscoveryOptions.CopyOverlapThreshold"/> of the smaller one's answers (an outlet that only ever
/// repeats one ministry, or two identical claim sets); their dependence is that share times
/// <see cref="TruthDiscoveryOptions.CopyDiscount"/>. Speakers of one side (same party or aligned parties) are taken
/// to be <see cref="TruthDiscoveryOptions.SameSideDependence"/> dependent. This heuristic cannot tell copying from
/// two good sources that report the same few facts; it needs shared answers, so it is blind to copies of sources
/// that are not in the ledger.</item>
/// <item>A vote weighs -ln(1 - trust), shared among dependent sources giving the same answer (a vote's independence
/// is 1 / (1 + the sum of its dependences on them)); the belief in an answer is its votes' softmax against the other
/// answer's.</item>
/// <item>A source's score is its analyst prior (<see cref="TruthDiscoveryOptions.PriorFor"/>), worth
/// <see cref="TruthDiscoveryOptions.PriorWeight"/> answers, averaged with how far the other sources alone, each
/// discounted by its dependence on this source, back each of its answers. Answers no other source speaks to do not
/// move the score, so a source cannot raise itself by saying many things nobody else says.</item>
/// </list>
/// <para>The estimate is deterministic (sources, questions and votes are processed in id order, so the order claims
/// were added in does not matter), runs until no score moves by more than <see cref="TruthDiscoveryOptions.Tolerance"/>
/// or <see cref="TruthDiscoveryOptions.MaxIterations"/> rounds, and reports which. The estimator is immutable and
/// safe to share between threads.</para>
/// </remarks>
/// <example>
/// <code>
/// TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);
/// PropositionBelief? withdrew = result.BeliefIn(new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")));
/// // withdrew.Belief &lt; 0.5: the account that the troops stayed ranks above the withdrawal
/// string why = result.ScoreOf("ru-mod").Explain();
/// </code>
/// </example>
public sealed class TruthDiscovery
{
    private const double MinTrust = 0.01;
    private const double MaxTrust = 0.99;

    /// <summary>Creates an estimator.</summary>
    /// <param name="options">Settings, or null for <see cref="TruthDiscoveryOptions.Default"/>.</param>
    public TruthDiscovery(TruthDiscoveryOptions? options = null)
    {
        Options = options ?? TruthDiscoveryOptions.Default;
    }

    /// <summary>Gets an estimator with the default settings.</summary>
    public static TruthDiscovery Default { get; } = new();

    /// <summary>Gets the estimator's settings.</summary>
    public TruthDiscoveryOptions Options { get; }

    /// <summary>Runs the estimate over a whole ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The source scores, the beliefs in contested propositions and how the run went.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public TruthDiscoveryResult Run(Ledger ledger) => Run(ledger, CancellationToken.None);

    /// <summary>Runs the estimate over a whole ledger, and stops early if asked to.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="cancellationToken">Checked before each iteration and each source's score.</param>
    /// <returns>The source scores, the beliefs in contested propositions and how the run went.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing is returned.</exception>
    public TruthDiscoveryResult Run(Ledger ledger, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(ledger);
        cancellationToken.ThrowIfCancellationRequested();
        VoteIndex index = VoteIndex.For(ledger);
        var narrator = new Narrator(ledger);

        // Ballots: one per source, question and answer, however many claims (or relay chains) gave it.
        var ballots = index.Questions.Select(q => q.Votes
            .GroupBy(v => (v.Speaker, v.Stance))
            .OrderBy(g => g.Key.Speaker).ThenBy(g => g.Key.Stance)
            .Select(g => new Ballot(q.Index, g.Key.Speaker, g.Key.Stance, [.. g.Select(v => v.Claim.Id).Distinct().Order()]))
            .ToArray()).ToArray();
        SourceId[] sources = [.. ballots.SelectMany(b => b).Select(b => b.Source).Distinct().Order()];
        var position = sources.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        double[] prior = [.. sources.Select(s => Options.PriorFor(ledger.TryGetSource(s, out Source? src) ? src.Reliability : null))];
        (double[,] dependence, ImmutableArray<SourceDependence> copies) = Dependence(ledger, sources, position, ballots);

        double[] trust = [.. prior];
        int iterations = 0;
        bool converged = false;
        while (iterations < Options.MaxIterations && !converged)
        {
            iterations++;
            double[] next = new double[sources.Length];
            for (int s = 0; s < sources.Length; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (sum, count) = (0.0, 0);
                foreach (Ballot ballot in ballots.SelectMany(b => b).Where(b => b.Source == sources[s]))
                {
                    if (AgreementOfOthers(ballots[ballot.Question], ballot, position, dependence, trust) is { } agreement)
                    {
                        sum += agreement;
                        count++;
                    }
                }

                next[s] = Clamp(((Options.PriorWeight * prior[s]) + sum) / (Options.PriorWeight + count));
            }

            double change = sources.Length == 0 ? 0 : Enumerable.Range(0, sources.Length).Max(i => Math.Abs(next[i] - trust[i]));
            trust = next;
            converged = change < Options.Tolerance;
        }

        var scores = new List<SourceScore>(sources.Length);
        for (int s = 0; s < sources.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var counted = ballots.SelectMany(b => b).Where(b => b.Source == sources[s])
                .Select(b => (Ballot: b, Agreement: AgreementOfOthers(ballots[b.Question], b, position, dependence, trust)))
                .Where(x => x.Agreement is not null)
                .ToList();
            double denominator = Options.PriorWeight + counted.Count;
            ImmutableArray<ScoreContribution> contributions = [.. counted
                .Select(x => new ScoreContribution(index.Questions[x.Ballot.Question].Proposition, x.Ballot.Stance, x.Ballot.Claims, x.Agreement!.Value, (x.Agreement.Value - prior[s]) / denominator))
                .OrderByDescending(c => Math.Abs(c.Effect)).ThenBy(c => c.Claims[0])];
            Source? source = ledger.TryGetSource(sources[s], out Source? found) ? found : null;
            scores.Add(new SourceScore(sources[s], source?.Name ?? sources[s].Value, source?.Reliability, prior[s], trust[s], contributions));
        }

        ImmutableArray<PropositionBelief> beliefs = [.. index.Questions.Where(q => q.IsContested).Select(q =>
        {
            Ballot[] all = ballots[q.Index];
            BeliefVote VoteOf(Ballot b)
            {
                double independence = Independence(all, b, null, position, dependence);
                double t = trust[position[b.Source]];
                return new BeliefVote(b.Source, b.Stance, b.Claims, independence, t, independence * Strength(t));
            }

            ImmutableArray<BeliefVote> affirming = [.. all.Where(b => b.Stance == Stance.Affirms).Select(VoteOf)];
            ImmutableArray<BeliefVote> denying = [.. all.Where(b => b.Stance == Stance.Denies).Select(VoteOf)];
            double belief = Softmax(affirming.Sum(v => v.Strength), denying.Sum(v => v.Strength));
            return new PropositionBelief(q.Proposition, narrator.Phrase(q.Proposition, withTime: true), belief, affirming, denying, q.Key,
                ClaimLedger.Contradictions.Interval.Of(q.Proposition.Time));
        })];

        return new TruthDiscoveryResult(
            [.. scores.OrderByDescending(s => s.Score).ThenBy(s => s.Source)],
            beliefs,
            copies,
            iterations,
            converged);
    }

    private static double Strength(double trust) => -Math.Log(1 - trust);

    private static double Softmax(double yes, double no) => 1 / (1 + Math.Exp(no - yes));

    private static double Clamp(double trust) => Math.Clamp(trust, MinTrust, MaxTrust);

    /// <summary>The share of a full vote left to a ballot after its dependence on others giving the same answer (leaving one source out).</summary>
    private static double Independence(Ballot[] all, Ballot ballot, SourceId? without, Dictionary<SourceId, int> position, double[,] dependence)
    {
        int me = position[ballot.Source];
        double shared = all.Where(o => o.Stance == ballot.Stance && o.Source != ballot.Source && o.Source != without)
            .Sum(o => dependence[me, position[o.Source]]);
        return 1 / (1 + shared);
    }

    /// <summary>
    /// The belief in a ballot's answer from the other sources alone, each discounted by its dependence on the ballot's
    /// source; null when no other source independent of it speaks to the question.
    /// </summary>
    private static double? AgreementOfOthers(Ballot[] all, Ballot ballot, Dictionary<SourceId, int> position, double[,] dependence, double[] trust)
    {
        int me = position[ballot.Source];
        double same = 0;
        double other = 0;
        bool anyone = false;
        foreach (Ballot o in all)
        {
            if (o.Source == ballot.Source)
            {
                continue;
            }

            int them = position[o.Source];
            double free = 1 - dependence[me, them];
            if (free <= 0)
            {
                continue;
            }

            anyone = true;
            double vote = free * Independence(all, o, ballot.Source, position, dependence) * Strength(trust[them]);
            if (o.Stance == ballot.Stance)
            {
                same += vote;
            }
            else
            {
                other += vote;
            }
        }

        return anyone ? Softmax(same, other) : null;
    }

    /// <summary>The dependence between every two sources: copying (shared answers) or being on the same side, whichever is greater.</summary>
    private (double[,] Dependence, ImmutableArray<SourceDependence> Copies) Dependence(Ledger ledger, SourceId[] sources, Dictionary<SourceId, int> position, Ballot[][] ballots)
    {
        int n = sources.Length;
        var dependence = new double[n, n];
        int[] answers = new int[n];
        var shared = new int[n, n];
        foreach (Ballot[] question in ballots)
        {
            foreach (Ballot b in question)
            {
                answers[position[b.Source]]++;
            }

            foreach (var answer in question.GroupBy(b => b.Stance))
            {
                int[] who = [.. answer.Select(b => position[b.Source])];
                foreach (int a in who)
                {
                    foreach (int b in who.Where(b => b != a))
                    {
                        shared[a, b]++;
                    }
                }
            }
        }

        PartyId?[] parties = [.. sources.Select(s => ledger.TryGetSource(s, out Source? src) ? src.Party : null)];
        var copies = ImmutableArray.CreateBuilder<SourceDependence>();
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                int smaller = Math.Min(answers[a], answers[b]);
                double overlap = smaller == 0 ? 0 : (double)shared[a, b] / smaller;
                double copy = shared[a, b] >= Options.MinimumSharedForCopy && overlap >= Options.CopyOverlapThreshold ? Options.CopyDiscount * overlap : 0;
                double side = parties[a] is { } pa && parties[b] is { } pb && Sides.SameSide(ledger, pa, pb) ? Options.SameSideDependence : 0;
                dependence[a, b] = dependence[b, a] = Math.Max(copy, side);
                if (copy > 0)
                {
                    copies.Add(new SourceDependence(sources[a], sources[b], copy,
                        $"{Name(ledger, sources[a])} and {Name(ledger, sources[b])} give the same answer to {shared[a, b]} questions, "
                        + $"{IndependenceAnalyzer.Format(overlap * 100)}% of the {smaller} answered by the one that says less"));
                }
            }
        }

        return (dependence, copies.ToImmutable());
    }

    private static string Name(Ledger ledger, SourceId id) => ledger.TryGetSource(id, out Source? s) ? s.Name : id.Value;

    private sealed record Ballot(int Question, SourceId Source, Stance Stance, ImmutableArray<ClaimId> Claims);
}

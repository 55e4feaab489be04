using ClaimLedger.Internal;
using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

/// <summary>
/// What <see cref="TruthDiscovery"/> estimated for a ledger: each source's reliability, every question with the belief
/// in each of its values, each contested proposition's belief, the sources it took to copy one another, whether the
/// estimate converged, and warnings about what it could not decide.
/// </summary>
/// <remarks>Evidence for an analyst to weigh, not a verdict. The result is immutable; its look-ups are indexed.</remarks>
public sealed class TruthDiscoveryResult
{
    private readonly Dictionary<SourceId, SourceScore> _scores;
    private readonly Dictionary<PropositionKey, List<PropositionBelief>> _beliefs;
    private readonly Dictionary<(PredicateId, Term), List<QuestionBelief>> _questions;
    private readonly Vocabulary _vocabulary;

    internal TruthDiscoveryResult(ImmutableArray<SourceScore> sources, ImmutableArray<PropositionBelief> propositions, ImmutableArray<QuestionBelief> questions,
        ImmutableArray<SourceDependence> dependencies, int iterations, bool converged, ImmutableArray<string> warnings, Vocabulary vocabulary)
    {
        Sources = sources;
        Propositions = propositions;
        Questions = questions;
        Dependencies = dependencies;
        Iterations = iterations;
        Converged = converged;
        Warnings = warnings;
        _vocabulary = vocabulary;
        _scores = sources.ToDictionary(s => s.Source);
        _beliefs = [];
        foreach (PropositionBelief belief in propositions)
        {
            if (!_beliefs.TryGetValue(belief.Key, out var list))
            {
                _beliefs[belief.Key] = list = [];
            }

            list.Add(belief);
        }

        _questions = [];
        foreach (QuestionBelief question in questions)
        {
            if (!_questions.TryGetValue((question.Predicate, question.About), out var list))
            {
                _questions[(question.Predicate, question.About)] = list = [];
            }

            list.Add(question);
        }
    }

    /// <summary>Gets the score of every source that made a claim, the highest first (ties by id).</summary>
    public ImmutableArray<SourceScore> Sources { get; }

    /// <summary>
    /// Gets the belief in every contested proposition (one some source affirms and another denies, outright or by
    /// implication, or a value of a one-value predicate given beside a value it competes with), in a stable order.
    /// </summary>
    public ImmutableArray<PropositionBelief> Propositions { get; }

    /// <summary>
    /// Gets every question the claims answer, contested or not, in a stable order (by predicate, then the term the
    /// question is about, then time), each with every value given and the belief in it.
    /// </summary>
    public ImmutableArray<QuestionBelief> Questions { get; }

    /// <summary>Gets the pairs of sources more likely than not to copy one another, ordered by source ids.</summary>
    public ImmutableArray<SourceDependence> Dependencies { get; }

    /// <summary>Gets the number of rounds run.</summary>
    public int Iterations { get; }

    /// <summary>Gets whether the scores stopped moving (by less than the tolerance) before the last allowed round.</summary>
    public bool Converged { get; }

    /// <summary>
    /// Gets what the estimate could not decide and why, in words: such as a predicate that allows many values at a
    /// time, given different values for one subject, so that nothing about it was contested. Empty when none.
    /// </summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Gets a source's score.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">The source made no claim in the ledger.</exception>
    public SourceScore ScoreOf(SourceId source) =>
        _scores.TryGetValue(source, out SourceScore? score) ? score : throw new KeyNotFoundException($"No score for source '{source}': it made no claim in the ledger.");

    /// <summary>Gets the belief in a contested proposition, for times overlapping the proposition's (any time when it has none).</summary>
    /// <param name="proposition">The proposition; subject, predicate, object, place and time are what count.</param>
    /// <returns>The belief, or null when the proposition is not contested at that time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public PropositionBelief? BeliefIn(Proposition proposition)
    {
        Preconditions.CheckNotNull(proposition);
        Proposition canonical = _vocabulary.Canonical(proposition);
        Interval time = Interval.Of(proposition.Time);
        return _beliefs.TryGetValue(PropositionKey.Of(canonical), out var list) ? list.FirstOrDefault(p => p.Time.Overlaps(time)) : null;
    }

    /// <summary>
    /// Gets the question a predicate asks about a term, for times overlapping a given time: which value holds (for a
    /// predicate with one value at a time), or whether a proposition holds (the first, by object, of those about the term).
    /// </summary>
    /// <param name="predicate">The predicate, or any wording of its notion.</param>
    /// <param name="about">
    /// The term the question is about: the subject, or for a predicate with one subject per object, the object (the
    /// place whose holder is asked).
    /// </param>
    /// <param name="time">The time, or null for any.</param>
    /// <returns>The question with every value given and the favoured one, or null when no claim answers it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="about"/> is null.</exception>
    public QuestionBelief? AnswerTo(PredicateId predicate, Term about, FuzzyDate? time = null)
    {
        Preconditions.CheckNotNull(about);
        PredicateId root = _vocabulary.TryRootOf(predicate) ?? predicate;
        Interval span = Interval.Of(time);
        return _questions.TryGetValue((root, about), out var list) ? list.FirstOrDefault(q => q.Time.Overlaps(span)) : null;
    }
}

using ClaimLedger.Contradictions;
using ClaimLedger.Internal;

namespace ClaimLedger.Credibility;

/// <summary>
/// Estimates, over a whole ledger, how reliable each source is and which value the evidence favours for each
/// question, in the TruthFinder / Accu family with source-dependence discounting (Yin, Han and Yu, KDD 2007; Dong,
/// Berti-Equille and Srivastava, PVLDB 2009): a source is trusted as far as independent others agree with it, and a
/// value believed as far as trusted, independent sources give it.
/// </summary>
/// <remarks>
/// <para><b>What it is for.</b> The result is evidence for an analyst, not a verdict. It measures agreement, not
/// truth: a falsehood every side repeats scores well, and a lone true report scores at its prior. Read the
/// explanations (<see cref="SourceScore.Explain"/>, <see cref="PropositionBelief.Affirming"/>) before the numbers.</para>
/// <para><b>Questions.</b> For a predicate with one value at a time (<see cref="Predicate.Cardinality"/>), a question
/// is "which value holds for this subject (or, with one subject per object, this object) over a span of transitively
/// overlapping times?", and its values compete. For any other predicate a question is "does this proposition hold?".
/// A claim votes on its own proposition and on what it implies through declared entailments and their
/// contrapositives (withdrew from, so does not control). Values that take one another in (a village and its district)
/// are one account and never compete. Quantities and characterisations are compared as propositions only.</para>
/// <para><b>Votes.</b> A source is a speaker: relays add nothing. A vote for one of a one-value question's values
/// weighs ln(n · t / (1 - t)) for a source of trust t (Dong et al.'s Accu), where n is
/// <see cref="TruthDiscoveryOptions.FalseValues"/>, so that even a source right half the time is evidence among many
/// possible values; a yes-or-no answer (a vote on a yes-or-no question, or a denial of one value) weighs -ln(1 - t)
/// (TruthFinder's), under which a source of unknown reliability (0.5) still counts, where the Accu weight of a binary
/// answer would be 0. Each weight is multiplied by the vote's independence. A value also gains
/// <see cref="TruthDiscoveryOptions.SimilarityWeight"/> times <see cref="TruthDiscoveryOptions.Similarity"/> of each
/// other value's votes (TruthFinder's implication). The belief in a value is e^score over the sum of e^score of it, of
/// the values it competes with, and of the values nobody claimed (each 0): for a one-value question, the n + 1 values
/// less those claimed; for a yes-or-no question, "no", whose denials are in the score.</para>
/// <para><b>Copying.</b> Two sources are compared on the questions both answer of their own accord (never on what
/// their claims imply): sharing answers the estimate believes false is strong evidence of copying, sharing true
/// answers weak evidence, and different answers evidence against (Dong et al.'s Bayesian model, with prior
/// <see cref="TruthDiscoveryOptions.CopyPrior"/> and copy rate <see cref="TruthDiscoveryOptions.CopyRate"/>). A vote's
/// independence is the product, over the more trusted sources that gave the same answer, of one minus its
/// dependence on them: <see cref="TruthDiscoveryOptions.CopyDiscount"/> times the probability of copying, or
/// <see cref="TruthDiscoveryOptions.SameSideDependence"/> for speakers of one side, whichever is greater. Two
/// identical copies of a source thus count about once. The model needs shared answers, so it is blind to copies of
/// sources that are not in the ledger.</para>
/// <para><b>Trust.</b> A source's score is its analyst prior (<see cref="TruthDiscoveryOptions.PriorFor"/>), worth
/// <see cref="TruthDiscoveryOptions.PriorWeight"/> answers, averaged with how far the other sources alone, each less
/// its dependence on this one, believe each of its answers. Answers no other source speaks to do not move the score,
/// so a source cannot raise itself by saying many things nobody else says.</para>
/// <para>A round reads every ballot a constant number of times, plus each pair of sources that answered one question
/// once per question they share, and each of a question's values against its others. The estimate is deterministic
/// (sources, questions and ballots are processed in id order, so the order claims were added in does not matter),
/// runs until no score moves by more than <see cref="TruthDiscoveryOptions.Tolerance"/> or
/// <see cref="TruthDiscoveryOptions.MaxIterations"/> rounds, and reports which. The estimator is immutable and safe to
/// share between threads.</para>
/// </remarks>
/// <example>
/// <code>
/// TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);
/// QuestionBelief? holder = result.AnswerTo("controls", Term.Place("parukh"), FuzzyDate.Parse("27 March 2022"));
/// // holder.Favoured.Value == Term.Party("azerbaijan"), with every value and its votes in holder.Values
/// PropositionBelief? withdrew = result.BeliefIn(new Proposition(Term.Party("azerbaijan"), "withdrew-from", Term.Place("parukh")));
/// string why = result.ScoreOf("ru-mod").Explain();
/// </code>
/// </example>
public sealed partial class TruthDiscovery
{
    private const double MinTrust = 0.01;
    private const double MaxTrust = 0.99;

    // Copy probabilities below this are dropped: they would discount a vote by less than one part in ten thousand.
    private const double NegligibleDependence = 1e-4;

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
    /// <returns>The source scores, every question with the belief in each of its values, and how the run went.</returns>
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
        Model model = Build(ledger, VoteIndex.For(ledger));
        var state = new State(model, this, ledger);

        int iterations = 0;
        bool converged = false;
        while (iterations < Options.MaxIterations && !converged)
        {
            iterations++;
            cancellationToken.ThrowIfCancellationRequested();
            state.Beliefs();
            double change = state.NextTrust();
            converged = change < Options.Tolerance;
            if (Options.CopyDiscount > 0)
            {
                state.Copying();
            }
        }

        state.Beliefs();
        state.Agreements();
        return state.Result(iterations, converged);
    }

    private static double Clamp(double trust) => Math.Clamp(trust, MinTrust, MaxTrust);

    private static double Logit(double trust) => Math.Log(trust / (1 - trust));
}

namespace ClaimLedger.Credibility;

/// <summary>Settings of <see cref="TruthDiscovery"/>: iterations, priors from analyst grades, and how dependent sources are discounted.</summary>
/// <remarks>
/// Two options are equal when every property is equal (<see cref="GradePriors"/> compared by reference).
/// Each value is checked where it is set; an out-of-range value throws naming the option and its range.
/// </remarks>
public sealed record TruthDiscoveryOptions
{
    /// <summary>Gets the default settings.</summary>
    public static TruthDiscoveryOptions Default { get; } = new();

    /// <summary>Gets the most rounds to run, at least 1; 100 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public int MaxIterations { get; init => field = CredibilityErrors.Checked(value, value >= 1, nameof(MaxIterations), "at least 1"); } = 100;

    /// <summary>
    /// Gets the largest change of any source's score between two rounds below which the estimate has converged,
    /// greater than 0; 1e-6 unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double Tolerance { get; init => field = CredibilityErrors.Checked(value, value > 0, nameof(Tolerance), "greater than 0"); } = 1e-6;

    /// <summary>
    /// Gets the prior reliability for each analyst grade, each strictly between 0 and 1. Unless set: A 0.9, B 0.75,
    /// C 0.6, D 0.4, E 0.25, F (cannot be judged) 0.5. A grade missing from the map takes <see cref="UngradedPrior"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set with a prior outside 0 to 1 (exclusive).</exception>
    public ImmutableDictionary<ReliabilityGrade, double> GradePriors
    {
        get;
        init
        {
            foreach ((ReliabilityGrade grade, double prior) in ClaimLedger.Internal.Preconditions.CheckNotNull(value, nameof(GradePriors)))
            {
                CredibilityErrors.Checked(prior, prior is > 0 and < 1, $"{nameof(GradePriors)}[{grade}]", "strictly between 0 and 1");
            }

            field = value;
        }
    } = ImmutableDictionary.CreateRange(
    [
        KeyValuePair.Create(ReliabilityGrade.A, 0.9),
        KeyValuePair.Create(ReliabilityGrade.B, 0.75),
        KeyValuePair.Create(ReliabilityGrade.C, 0.6),
        KeyValuePair.Create(ReliabilityGrade.D, 0.4),
        KeyValuePair.Create(ReliabilityGrade.E, 0.25),
        KeyValuePair.Create(ReliabilityGrade.F, 0.5),
    ]);

    /// <summary>Gets the prior reliability of a source the analyst has not graded, strictly between 0 and 1; 0.5 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double UngradedPrior { get; init => field = CredibilityErrors.Checked(value, value is > 0 and < 1, nameof(UngradedPrior), "strictly between 0 and 1"); } = 0.5;

    /// <summary>
    /// Gets how many answers' worth of evidence the prior is worth, at least 0; 2 unless set. With 2, a source's score
    /// stays near its prior until it has given a couple of answers to questions others also answer.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double PriorWeight { get; init => field = CredibilityErrors.Checked(value, value >= 0, nameof(PriorWeight), "at least 0"); } = 2;

    /// <summary>
    /// Gets how far a copy is discounted, from 0 (copying is not looked for) to 1 (a source and a sure copy of it
    /// count as one voice where they agree); 1 unless set. A vote loses this times the probability of copying.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double CopyDiscount { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(CopyDiscount), "between 0 and 1"); } = 1;

    /// <summary>
    /// Gets the prior probability that two sources which answer common questions copy one another, strictly between
    /// 0 and 1; 0.2 unless set, the value Dong, Berti-Equille and Srivastava use (α in "Integrating Conflicting Data:
    /// The Role of Source Dependence", PVLDB 2009).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double CopyPrior { get; init => field = CredibilityErrors.Checked(value, value is > 0 and < 1, nameof(CopyPrior), "strictly between 0 and 1"); } = 0.2;

    /// <summary>
    /// Gets the share of its answers a copier is taken to copy, strictly between 0 and 1; 0.8 unless set, Dong et al.'s
    /// value (c). The rest it answers independently, so a copier that differs from its source on a few answers is
    /// still recognised.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double CopyRate { get; init => field = CredibilityErrors.Checked(value, value is > 0 and < 1, nameof(CopyRate), "strictly between 0 and 1"); } = 0.8;

    /// <summary>
    /// Gets the fewest contested questions two sources must both answer of their own accord (with the same value, or
    /// with values that exclude one another) before they are judged as copies, at least 1; 2 unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public int MinimumSharedForCopy { get; init => field = CredibilityErrors.Checked(value, value >= 1, nameof(MinimumSharedForCopy), "at least 1"); } = 2;

    /// <summary>
    /// Gets how many false values a question of a one-value predicate is taken to have (n in Dong et al.), at least 1;
    /// 100 unless set, as in their experiments. A vote for a value weighs ln(n · t / (1 - t)), so with a large n even
    /// a source right half the time is evidence, as it is when the values are open-ended (names, places, figures);
    /// when fewer values are claimed than n + 1, the rest share the remaining belief. A question that claims more
    /// values takes their number less one. A yes-or-no question always has one false value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public int FalseValues { get; init => field = CredibilityErrors.Checked(value, value >= 1, nameof(FalseValues), "at least 1"); } = 100;

    /// <summary>
    /// Gets how far a value gains from the votes for similar values (ρ, TruthFinder's weight of implication), from 0
    /// (values only compete) to 1; 0.5 unless set, the value Yin, Han and Yu use.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double SimilarityWeight { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(SimilarityWeight), "between 0 and 1"); } = 0.5;

    /// <summary>Gets how far a vote for one value supports another of the same question; <see cref="ValueSimilarity.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ValueSimilarity Similarity { get; init => field = ClaimLedger.Internal.Preconditions.CheckNotNull(value, nameof(Similarity)); } = ValueSimilarity.Default;

    /// <summary>
    /// Gets how dependent two different speakers of the same side (same party, or aligned parties) are taken to be
    /// when neither copies the other, from 0 to 1; 0.5 unless set. Allies repeat one another's narrative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double SameSideDependence { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(SameSideDependence), "between 0 and 1"); } = 0.5;

    /// <summary>Gets the prior reliability for a grade.</summary>
    /// <param name="grade">The analyst's grade, or null.</param>
    /// <returns>The prior, from <see cref="GradePriors"/> or <see cref="UngradedPrior"/>.</returns>
    public double PriorFor(ReliabilityGrade? grade) =>
        grade is { } g && GradePriors.TryGetValue(g, out double prior) ? prior : UngradedPrior;
}

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
    /// Gets how many contested propositions' worth of evidence the prior is worth, at least 0; 2 unless set. With 2,
    /// a source's score is its prior until it has spoken to a couple of propositions others also speak to.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double PriorWeight { get; init => field = CredibilityErrors.Checked(value, value >= 0, nameof(PriorWeight), "at least 0"); } = 2;

    /// <summary>
    /// Gets how far a detected copy is discounted, from 0 (not at all) to 1 (a source and its copy count as one
    /// voice); 1 unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double CopyDiscount { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(CopyDiscount), "between 0 and 1"); } = 1;

    /// <summary>
    /// Gets the share of the smaller source's answers the two sources must share to be taken as copies, from 0 to 1;
    /// 0.8 unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public double CopyOverlapThreshold { get; init => field = CredibilityErrors.Checked(value, value is >= 0 and <= 1, nameof(CopyOverlapThreshold), "between 0 and 1"); } = 0.8;

    /// <summary>Gets the fewest answers two sources must share to be taken as copies, at least 1; 2 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public int MinimumSharedForCopy { get; init => field = CredibilityErrors.Checked(value, value >= 1, nameof(MinimumSharedForCopy), "at least 1"); } = 2;

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

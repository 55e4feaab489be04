namespace ClaimLedger.Sample.Views;

/// <summary>One speaker's figures for one measure, said one after another: a revision, not a contradiction.</summary>
/// <param name="Speaker">The speaker's id.</param>
/// <param name="SpeakerName">The speaker's name.</param>
/// <param name="Measure">What is counted, in words.</param>
/// <param name="Figures">Every figure in the order it was said; the last one stands.</param>
/// <param name="Explanation">The revision in words.</param>
internal sealed record RevisionView(string Speaker, string SpeakerName, string Measure, ImmutableArray<FigureView> Figures, string Explanation);

/// <summary>One figure of a revision.</summary>
/// <param name="Claim">The claim that gives it.</param>
/// <param name="Figure">The figure as reported.</param>
/// <param name="Stated">When it was said, or null.</param>
/// <param name="Stands">Whether it is the figure that stands.</param>
internal sealed record FigureView(string Claim, string Figure, FuzzyDate? Stated, bool Stands);

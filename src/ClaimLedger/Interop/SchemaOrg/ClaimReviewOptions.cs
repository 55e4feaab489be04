using ClaimLedger.Internal;

namespace ClaimLedger.Interop.SchemaOrg;

/// <summary>Who publishes a ClaimReview and where: the fields of <see cref="ClaimReviewExport"/> that come from the reviewer, not the ledger.</summary>
/// <remarks>Each value is checked where it is set. Two instances are equal when every property is equal.</remarks>
public sealed record ClaimReviewOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="reviewUrl">The page that hosts the fact check (the ClaimReview's required <c>url</c>), an absolute http or https address.</param>
    /// <param name="reviewer">The organisation (or person) that publishes the review (its <c>author.name</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reviewUrl"/> is not an absolute http or https address, or <paramref name="reviewer"/> is blank.</exception>
    public ClaimReviewOptions(string reviewUrl, string reviewer)
    {
        Preconditions.CheckNotNull(reviewUrl);
        Preconditions.CheckNotNull(reviewer);
        ReviewUrl = CheckUrl(reviewUrl, nameof(reviewUrl));
        Reviewer = Preconditions.CheckNotBlank(reviewer);
    }

    /// <summary>Gets the page that hosts the fact check, an absolute http or https address; each review's <c>url</c> is this page with the claim's id as fragment.</summary>
    /// <exception cref="ArgumentException">Set to something that is not an absolute http or https address.</exception>
    public string ReviewUrl
    {
        get;
        init => field = CheckUrl(value, nameof(value));
    }

    /// <summary>Gets the name of the organisation (or person) that publishes the review.</summary>
    /// <exception cref="ArgumentException">Set to blank text.</exception>
    public string Reviewer { get; init => field = Preconditions.CheckNotBlank(value); }

    /// <summary>Gets the reviewer's home page (<c>author.url</c>), or null; when set, an absolute http or https address.</summary>
    /// <exception cref="ArgumentException">Set to something that is not an absolute http or https address.</exception>
    public string? ReviewerUrl
    {
        get;
        init => field = value is null ? null : CheckUrl(value, nameof(value));
    }

    /// <summary>Gets whether the reviewer is a person (<c>Person</c>) rather than an organisation (<c>Organization</c>, the default).</summary>
    public bool ReviewerIsPerson { get; init; }

    /// <summary>Gets the day the review is published (its <c>datePublished</c>), or null to leave it out. There is no ambient clock: pass today's date if you mean it.</summary>
    public LocalDate? DatePublished { get; init; }

    private static string CheckUrl(string value, string paramName) =>
        Citation.IsWebAddress(Preconditions.CheckNotNull(value, paramName))
            ? value
            : throw new ArgumentException($"The address must be an absolute http or https address, but was '{UserText.Echo(value)}'.", paramName);
}

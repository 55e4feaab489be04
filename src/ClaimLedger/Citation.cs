namespace ClaimLedger;

/// <summary>
/// Where a statement can be checked: a published work (an article, a post, a report) with its address, title,
/// publisher, publication date, an archived copy and when it was read.
/// </summary>
/// <remarks>
/// <para>
/// An attribution carries its citations in <see cref="Attribution.Citations"/>. A citation of the work in which one of
/// the relays carried the statement (a TASS article quoting the ministry) names that relay in <see cref="Relay"/>;
/// a citation without one is of the speaker's own statement or of the document the claim was encoded from.
/// </para>
/// <para>
/// A citation needs a <see cref="Url"/> or a <see cref="Title"/>. <see cref="Url"/> and <see cref="ArchiveUrl"/>, when
/// given, are absolute http or https addresses. Two citations are equal when every property is equal.
/// </para>
/// </remarks>
public sealed record Citation
{
    /// <summary>Gets the address of the work, an absolute http or https URL, or null.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the title of the work, such as an article's headline, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets who published the work (an outlet, a ministry's site, an encyclopaedia), or null.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets when the work was published, as precisely as known, or null.</summary>
    public FuzzyDate? Published { get; init; }

    /// <summary>Gets the address of an archived copy (such as the Wayback Machine's), or null.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>Gets the day the work was read, or null.</summary>
    public LocalDate? Accessed { get; init; }

    /// <summary>Gets the part of the work the statement is in (a section heading, a page, a timestamp), or null.</summary>
    public string? Section { get; init; }

    /// <summary>Gets the relay whose publication this is, one of <see cref="Attribution.Relays"/>, or null.</summary>
    public SourceId? Relay { get; init; }

    /// <summary>Creates a citation of a web page.</summary>
    /// <param name="url">The page's absolute http or https address.</param>
    /// <returns>A citation with only <see cref="Url"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static Citation Of(string url) => new() { Url = Internal.Preconditions.CheckNotNull(url) };

    /// <summary>Gets whether text is an absolute http or https address, as <see cref="Url"/> and <see cref="ArchiveUrl"/> must be.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether <paramref name="text"/> is such an address.</returns>
    public static bool IsWebAddress([NotNullWhen(true)] string? text) =>
        text is not null && Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && text.Trim().Length == text.Length;

    /// <summary>Returns the address, else the title, followed by the section when there is one.</summary>
    /// <returns>Text such as "https://en.wikipedia.org/wiki/... § Parukh".</returns>
    public override string ToString() => (Url ?? Title ?? string.Empty) + (Section is null ? string.Empty : $" § {Section}");
}

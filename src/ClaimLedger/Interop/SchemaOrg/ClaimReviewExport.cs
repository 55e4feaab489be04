using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimLedger.Contradictions;
using ClaimLedger.Internal;
using NodaTime.Text;

namespace ClaimLedger.Interop.SchemaOrg;

/// <summary>
/// Writes claims and contradictions as schema.org <c>ClaimReview</c> JSON-LD, the markup fact-checkers publish and
/// search engines read: for each claim, a review whose <c>itemReviewed</c> is the <c>Claim</c> (its speaker as
/// <c>author</c>, its relays and citations as <c>appearance</c>, the first of them as <c>firstAppearance</c>, when it
/// was said as <c>datePublished</c>), with the claim in words as <c>claimReviewed</c> and the ledger's finding as
/// <c>reviewRating</c> ("Contradicted by Azerbaijani Ministry of Defence").
/// </summary>
/// <remarks>
/// <para>
/// Every field search engines require (<c>claimReviewed</c>, <c>reviewRating.alternateName</c>, <c>url</c>) and
/// recommend (<c>author</c>, <c>itemReviewed</c> with its <c>author</c>, <c>datePublished</c>, <c>appearance</c> and
/// <c>firstAppearance</c>, and the rating's <c>ratingValue</c>, <c>bestRating</c> and <c>worstRating</c>) is written
/// when the ledger has it. A fuzzy date becomes an ISO date as precise as it is: "2022-03-27", "2022-03" or "2022";
/// a range becomes its first day ("by" its last).
/// </para>
/// <para>
/// The rating is the ledger's finding, not a verdict on the truth: 1 contradicted, 2 contradicted only tentatively
/// (a side is hedged), 3 not contradicted by any claim in the ledger. The claim's and the sources'
/// ids ride along as <c>identifier</c>, so that <see cref="ClaimReviewImport"/> gives the claims back their ids.
/// </para>
/// </remarks>
public static class ClaimReviewExport
{
    /// <summary>The rating of a claim that others contradict.</summary>
    public const int Contradicted = 1;

    /// <summary>The rating of a claim contradicted only by tentative findings.</summary>
    public const int TentativelyContradicted = 2;

    /// <summary>The rating of a claim no claim in the ledger contradicts.</summary>
    public const int NotContradicted = 3;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Makes the review of one claim, rated by every contradiction of the ledger it takes part in.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="claim">The claim's id.</param>
    /// <param name="options">The reviewer and the review's page.</param>
    /// <returns>The <c>ClaimReview</c> object.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public static JsonObject ForClaim(Ledger ledger, ClaimId claim, ClaimReviewOptions options)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(options);
        Claim found = ledger.GetClaim(claim);
        ImmutableArray<Contradiction> against = ContradictionEngine.Default.FindFor(ledger, claim);
        return Review(ledger, found, against, options, explanation: null);
    }

    /// <summary>Makes the reviews of a contradiction: one per claim it joins, each rated by this contradiction, with its explanation as <c>reviewBody</c>.</summary>
    /// <param name="contradiction">The contradiction.</param>
    /// <param name="options">The reviewer and the review's page.</param>
    /// <returns>An array of <c>ClaimReview</c> objects, in the order of the contradiction's claims.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static JsonArray ForContradiction(Contradiction contradiction, ClaimReviewOptions options)
    {
        Preconditions.CheckNotNull(contradiction);
        Preconditions.CheckNotNull(options);
        return [.. contradiction.Claims.Select(c => (JsonNode)Review(contradiction.Ledger, c, [contradiction], options, contradiction.Explanation))];
    }

    /// <summary>Makes the reviews of several contradictions, each claim once, rated by all of them that it takes part in.</summary>
    /// <param name="contradictions">The contradictions (of one ledger).</param>
    /// <param name="options">The reviewer and the review's page.</param>
    /// <returns>An array of <c>ClaimReview</c> objects, the claims in the order they first appear.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static JsonArray ForContradictions(IEnumerable<Contradiction> contradictions, ClaimReviewOptions options)
    {
        ImmutableArray<Contradiction> all = [.. Preconditions.CheckNotNull(contradictions)];
        Preconditions.CheckNotNull(options);
        var reviews = new JsonArray();
        var seen = new HashSet<ClaimId>();
        foreach (Contradiction c in all)
        {
            foreach (Claim claim in c.Claims.Where(x => seen.Add(x.Id)))
            {
                ImmutableArray<Contradiction> involving = [.. all.Where(x => x.Involves(claim.Id))];
                reviews.Add(Review(c.Ledger, claim, involving, options, involving.Length == 1 ? c.Explanation : string.Join(" ", involving.Select(x => x.Explanation))));
            }
        }

        return reviews;
    }

    /// <summary>Writes JSON-LD as indented text, ready for a page's <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    /// <param name="node">A review or an array of reviews.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public static string ToJson(JsonNode node) => Preconditions.CheckNotNull(node).ToJsonString(Indented);

    /// <summary>Gets a fuzzy date as an ISO date as precise as it is: a day, "2022-03" for a month, "2022" for a year; a range as its first day ("by" as its last).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static string IsoDate(FuzzyDate date)
    {
        Preconditions.CheckNotNull(date);
        LocalDate day = date.Earliest ?? date.Latest!.Value;
        return date.Precision switch
        {
            DatePrecision.Month => YearMonthPattern.Iso.Format(day.ToYearMonth()),
            DatePrecision.Year => day.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            _ => LocalDatePattern.Iso.Format(day),
        };
    }

    /// <summary>Gets the finding in words: "Contradicted by Azerbaijani Ministry of Defence", "Not contradicted in the ledger".</summary>
    /// <param name="ledger">The ledger, for the speakers' names.</param>
    /// <param name="claim">The claim rated.</param>
    /// <param name="contradictions">The contradictions it takes part in.</param>
    /// <returns>The words and the rating value.</returns>
    internal static (string Words, int Value) Finding(Ledger ledger, Claim claim, IReadOnlyCollection<Contradiction> contradictions)
    {
        var opponents = new List<SourceId>();
        foreach (Contradiction c in contradictions)
        {
            foreach (ContradictionSide side in c.Sides.Where(s => !s.Claims.Any(x => x.Id == claim.Id)))
            {
                foreach (Claim other in side.Claims.Where(other => c.AreInConflict(claim.Id, other.Id) && !opponents.Contains(other.Speaker)))
                {
                    opponents.Add(other.Speaker);
                }
            }
        }

        if (opponents.Count == 0)
        {
            return ("Not contradicted in the ledger", NotContradicted);
        }

        string names = Names([.. opponents.Select(o => ledger.NameOf(Term.Source(o)))]);
        return contradictions.All(c => c.IsTentative) ? ($"Tentatively contradicted by {names}", TentativelyContradicted) : ($"Contradicted by {names}", Contradicted);
    }

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    private static JsonObject Review(Ledger ledger, Claim claim, IReadOnlyCollection<Contradiction> contradictions, ClaimReviewOptions options, string? explanation)
    {
        (string words, int value) = Finding(ledger, claim, contradictions);
        var review = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = $"{options.ReviewUrl}#{Uri.EscapeDataString(claim.Id.Value)}",
            ["claimReviewed"] = ClaimReviewed(ledger, claim),
            ["author"] = Agent(options.ReviewerIsPerson ? "Person" : "Organization", options.Reviewer, null, options.ReviewerUrl),
        };
        if (options.DatePublished is { } published)
        {
            review["datePublished"] = LocalDatePattern.Iso.Format(published);
        }

        review["itemReviewed"] = Item(ledger, claim);
        review["reviewRating"] = new JsonObject
        {
            ["@type"] = "Rating",
            ["ratingValue"] = value,
            ["bestRating"] = NotContradicted,
            ["worstRating"] = Contradicted,
            ["alternateName"] = words,
        };
        if (explanation is not null)
        {
            review["reviewBody"] = explanation;
        }

        return review;
    }

    private static string ClaimReviewed(Ledger ledger, Claim claim)
    {
        string caption = ledger.Caption(claim.Proposition);
        return claim.Stance == Stance.Denies ? $"It is not the case that {caption}" : caption;
    }

    private static JsonObject Item(Ledger ledger, Claim claim)
    {
        Attribution a = claim.Attribution;
        var item = new JsonObject
        {
            ["@type"] = "Claim",
            ["identifier"] = claim.Id.Value,
            ["author"] = Speaker(ledger, a.Speaker),
        };
        if (a.Stated is { } stated)
        {
            item["datePublished"] = IsoDate(stated);
        }

        if (a.Quote is { } quote)
        {
            item["text"] = quote;
        }

        JsonArray appearances = Appearances(ledger, a);
        if (appearances.Count > 0)
        {
            item["firstAppearance"] = appearances[0]!.DeepClone();
            item["appearance"] = appearances;
        }

        return item;
    }

    /// <summary>The works the statement appeared in: each citation of the speaker's statement, then each relay with its own citations (or with none, its name only).</summary>
    private static JsonArray Appearances(Ledger ledger, Attribution a)
    {
        var works = new JsonArray();
        foreach (Citation c in a.Citations.Where(c => c.Relay is null))
        {
            works.Add(Work(c, null));
        }

        foreach (SourceId relay in a.Relays)
        {
            JsonObject publisher = Agent("Organization", ledger.NameOf(Term.Source(relay)), relay.Value, null);
            Citation[] own = [.. a.Citations.Where(c => c.Relay == relay)];
            if (own.Length == 0)
            {
                works.Add(new JsonObject { ["@type"] = "CreativeWork", ["publisher"] = publisher });
            }

            foreach (Citation c in own)
            {
                works.Add(Work(c, (JsonObject)publisher.DeepClone()));
            }
        }

        return works;
    }

    private static JsonObject Work(Citation c, JsonObject? relay)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork" };
        if (c.Url is not null)
        {
            work["url"] = c.Url;
        }

        if (c.Title is not null)
        {
            work["headline"] = c.Title;
        }

        if (relay is not null)
        {
            work["publisher"] = relay;
        }
        else if (c.Publisher is not null)
        {
            work["publisher"] = Agent("Organization", c.Publisher, null, null);
        }

        if (c.Published is { } published)
        {
            work["datePublished"] = IsoDate(published);
        }

        if (c.ArchiveUrl is not null)
        {
            work["archivedAt"] = c.ArchiveUrl;
        }

        if (c.Section is not null)
        {
            // The part of the work the statement is in: a section of the page, as schema.org words it.
            work["hasPart"] = new JsonObject { ["@type"] = "WebPageElement", ["name"] = c.Section };
        }

        return work;
    }

    private static JsonObject Speaker(Ledger ledger, SourceId speaker)
    {
        bool person = ledger.TryGetSource(speaker, out Source? source) && source.Kind == SourceKind.Individual;
        return Agent(person ? "Person" : "Organization", ledger.NameOf(Term.Source(speaker)), speaker.Value, null);
    }

    private static JsonObject Agent(string type, string name, string? identifier, string? url)
    {
        var agent = new JsonObject { ["@type"] = type, ["name"] = name };
        if (identifier is not null)
        {
            agent["identifier"] = identifier;
        }

        if (url is not null)
        {
            agent["url"] = url;
        }

        return agent;
    }
}

using System.Text.Json.Nodes;
using ClaimLedger.Contradictions;
using ClaimLedger.Data;
using ClaimLedger.Interop.SchemaOrg;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Interop.SchemaOrg;

/// <summary>ClaimReview out (every field search engines require and recommend) and in (markup and the search API).</summary>
public class ClaimReviewTests
{
    private static readonly ClaimReviewOptions Options = new("https://factcheck.example.org/parukh", "Example Fact Check")
    {
        ReviewerUrl = "https://factcheck.example.org/",
        DatePublished = new LocalDate(2026, 12, 1),
    };

    private static Contradiction Parukh => BundledLedgers.NagornoKarabakh
        .FindContradictions(new ContradictionFilter { Incident = "parukh-2022", Kinds = [ContradictionKind.Denial] })
        .First(c => c.Involves("parukh-ru-mod-withdrawn") && c.Involves("parukh-az-mod-denies-withdrawal"));

    private static Ledger WithoutClaims(Ledger ledger) => new LedgerBuilder().Add(ledger.ToBatch() with { Claims = [] }).Build();

    [Fact]
    public void ForContradiction_Parukh_HasEveryRequiredAndRecommendedField()
    {
        JsonArray reviews = ClaimReviewExport.ForContradiction(Parukh, Options);

        reviews.Should().HaveCount(Parukh.Claims.Length);
        foreach (JsonObject review in reviews.Cast<JsonObject>())
        {
            // Required: claimReviewed, reviewRating.alternateName, url.
            review["@context"]!.GetValue<string>().Should().Be("https://schema.org");
            review["@type"]!.GetValue<string>().Should().Be("ClaimReview");
            review["claimReviewed"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            review["url"]!.GetValue<string>().Should().StartWith("https://factcheck.example.org/parukh#");
            JsonObject rating = review["reviewRating"]!.AsObject();
            rating["@type"]!.GetValue<string>().Should().Be("Rating");
            rating["alternateName"]!.GetValue<string>().Should().StartWith("Contradicted by ");

            // Recommended: author, datePublished, itemReviewed (Claim with author, datePublished, appearance, firstAppearance), the rating's scale.
            review["author"]!["@type"]!.GetValue<string>().Should().Be("Organization");
            review["author"]!["name"]!.GetValue<string>().Should().Be("Example Fact Check");
            review["author"]!["url"]!.GetValue<string>().Should().Be("https://factcheck.example.org/");
            review["datePublished"]!.GetValue<string>().Should().Be("2026-12-01");
            rating["ratingValue"]!.GetValue<int>().Should().Be(ClaimReviewExport.Contradicted);
            rating["bestRating"]!.GetValue<int>().Should().Be(3);
            rating["worstRating"]!.GetValue<int>().Should().Be(1);
            JsonObject item = review["itemReviewed"]!.AsObject();
            item["@type"]!.GetValue<string>().Should().Be("Claim");
            item["author"]!["name"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            item["datePublished"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}(-\d{2}){0,2}$");
            item["appearance"]!.AsArray().Should().NotBeEmpty();
            item["firstAppearance"]!.ToJsonString().Should().Be(item["appearance"]![0]!.ToJsonString());
            review["reviewBody"]!.GetValue<string>().Should().Be(Parukh.Explanation);
        }
    }

    [Fact]
    public void ForContradiction_Parukh_NamesTheFindingInWords()
    {
        Ledger ledger = BundledLedgers.NagornoKarabakh;
        JsonArray reviews = ClaimReviewExport.ForContradiction(Parukh, Options);
        JsonObject russian = reviews.Cast<JsonObject>().Single(r => r["itemReviewed"]!["identifier"]!.GetValue<string>() == "parukh-ru-mod-withdrawn");

        russian["claimReviewed"]!.GetValue<string>().Should().Be(ledger.Caption(ledger.GetClaim("parukh-ru-mod-withdrawn").Proposition));
        russian["reviewRating"]!["alternateName"]!.GetValue<string>().Should().Be($"Contradicted by {ledger.GetSource("az-mod").Name}");
        russian["itemReviewed"]!["author"]!["name"]!.GetValue<string>().Should().Be("Russian Ministry of Defence");
        russian["itemReviewed"]!["datePublished"]!.GetValue<string>().Should().Be("2022-03-27");
    }

    [Fact]
    public void Import_ParukhExport_YieldsTheSameAttributedClaims()
    {
        Ledger bundled = BundledLedgers.NagornoKarabakh;
        string json = ClaimReviewExport.ToJson(ClaimReviewExport.ForContradiction(Parukh, Options));

        Ledger imported = ClaimReviewImport.Import(json, WithoutClaims(bundled), new ClaimReviewImportOptions("parukh-2022"));

        imported.Claims.Select(c => c.Id).Should().Equal(Parukh.Claims.Select(c => c.Id));
        foreach (Claim original in Parukh.Claims)
        {
            Claim back = imported.GetClaim(original.Id);
            back.Attribution.Should().Be(original.Attribution with { Voice = AttributionVoice.Attributed, StatedAfter = null, Withdrawn = null });
            back.Incident.Should().Be(original.Incident);
            back.Proposition.Should().Be(new Proposition(Term.Source(original.Speaker), "stated", Term.Text(ClaimReviewExport.ForClaim(bundled, original.Id, Options)["claimReviewed"]!.GetValue<string>())));
            back.Note.Should().StartWith("Reviewed by Example Fact Check: Contradicted by ");
        }
    }

    [Fact]
    public void ForClaim_WithCitationsAndRelays_WritesThemAsAppearances()
    {
        Ledger ledger = TestData.Build(TestData.Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stated: "27 March 2022", relays: ["tass"], quote: "withdrawn"));
        Claim c1 = ledger.GetClaim("c1");
        var cited = c1 with
        {
            Attribution = c1.Attribution with
            {
                Citations =
                [
                    new Citation { Url = "https://mil.example/1", Title = "Bulletin", Publisher = "Ministry site", Published = FuzzyDate.Parse("27 March 2022"), Section = "Parukh", ArchiveUrl = "https://web.archive.org/web/1/https://mil.example/1" },
                    new Citation { Url = "https://tass.example/2", Relay = "tass" },
                ],
            },
        };
        ledger = new LedgerBuilder().Add(TestData.World).AddClaim(cited).Build();

        JsonObject review = ClaimReviewExport.ForClaim(ledger, "c1", Options);
        Ledger back = ClaimReviewImport.Import(review.ToJsonString(), new LedgerBuilder().Add(TestData.World).Build(), new ClaimReviewImportOptions("parukh-2022"));

        JsonArray appearance = review["itemReviewed"]!["appearance"]!.AsArray();
        appearance.Should().HaveCount(2);
        appearance[1]!["publisher"]!["identifier"]!.GetValue<string>().Should().Be("tass");
        review["reviewRating"]!["alternateName"]!.GetValue<string>().Should().Be("Not contradicted in the ledger");
        back.GetClaim("c1").Attribution.Should().Be(cited.Attribution);
    }

    [Fact]
    public void Import_PageMarkup_ReadsTheScriptBlocks()
    {
        const string Page = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"ClaimReview","url":"https://fc.example/a","claimReviewed":"The bridge was closed",
             "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Jane Roe"},"datePublished":"2023-07-12",
               "appearance":["https://news.example/roe"]},
             "author":{"@type":"Organization","name":"FC"},"reviewRating":{"@type":"Rating","alternateName":"False"}}
            </script></head><body></body></html>
            """;

        Ledger ledger = ClaimReviewImport.Import(Page, Ledger.Empty, new ClaimReviewImportOptions("bridge") { IncidentTitle = "The bridge" });

        Claim claim = ledger.Claims.Should().ContainSingle().Subject;
        ledger.GetSource(claim.Speaker).Should().Be(new Source("jane-roe", "Jane Roe", SourceKind.Individual));
        claim.Attribution.Stated.Should().Be(FuzzyDate.Parse("12 July 2023"));
        claim.Attribution.Citations.Should().Equal(Citation.Of("https://news.example/roe"));
        claim.Proposition.Object.Should().Be(Term.Text("The bridge was closed"));
        claim.Note.Should().Be("Reviewed by FC: False (https://fc.example/a)");
        ledger.GetIncident("bridge").Title.Should().Be("The bridge");
    }

    [Fact]
    public void Import_FactCheckApiResponse_ReadsClaimsWithTheirReviews()
    {
        const string Response = """
            {"claims":[{"text":"Troops left the village","claimant":"Ministry of Defence","claimDate":"2022-03-27T00:00:00Z",
              "claimReview":[{"publisher":{"name":"Checker","site":"checker.example"},"url":"https://checker.example/1","title":"No","reviewDate":"2022-03-29T00:00:00Z","textualRating":"Misleading","languageCode":"en"}]}],
             "nextPageToken":"x"}
            """;

        Ledger ledger = ClaimReviewImport.Import(Response, Ledger.Empty, new ClaimReviewImportOptions("parukh-2022"));

        Claim claim = ledger.Claims.Should().ContainSingle().Subject;
        claim.Speaker.Should().Be(new SourceId("ministry-of-defence"));
        claim.Attribution.Stated.Should().Be(FuzzyDate.Parse("27 March 2022"));
        claim.Attribution.Quote.Should().Be("Troops left the village");
        claim.Note.Should().Be("Reviewed by Checker: Misleading (https://checker.example/1)");
    }

    [Theory]
    [InlineData("{\"@type\":\"ClaimReview\",", "$", ErrorCodes.Syntax)]
    [InlineData("{\"@type\":\"ClaimReview\",\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"name\":\"X\"}}}", "$.claimReviewed", ErrorCodes.Required)]
    [InlineData("[{\"@type\":\"ClaimReview\",\"claimReviewed\":\"c\",\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{}}}]", "$[0].itemReviewed.author.name", ErrorCodes.Required)]
    [InlineData("{\"@type\":\"ClaimReview\",\"claimReviewed\":\"c\",\"itemReviewed\":{\"author\":{\"name\":\"X\"},\"datePublished\":\"yesterday\"}}", "$.itemReviewed.datePublished", ErrorCodes.InvalidDate)]
    [InlineData("{\"@graph\":[{\"@type\":\"ClaimReview\",\"claimReviewed\":\"c\",\"itemReviewed\":{\"author\":{\"name\":\"X\"},\"appearance\":[\"not a url\"]}}]}", "$.@graph[0].itemReviewed.appearance[0]", ErrorCodes.InvalidValue)]
    [InlineData("{\"@type\":\"WebPage\"}", "$", ErrorCodes.Required)]
    public void Import_MalformedInput_IsLocated(string json, string path, string code)
    {
        var act = () => ClaimReviewImport.Import(json, Ledger.Empty, new ClaimReviewImportOptions("i"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().Contain(p => p.Path == path && p.Code == code);
    }

    [Theory]
    [InlineData("{\"@type\":\"ClaimReview\",\"claimRe\\ud800viewed\":\"x\",\"itemReviewed\":{\"author\":{\"name\":\"A\"}}}")]
    [InlineData("{\"@type\":\"ClaimReview\",\"claimReviewed\":\"x\\ud800\",\"itemReviewed\":{\"author\":{\"name\":\"A\"}}}")]
    public void Import_LoneSurrogate_IsAProblemNotACrash(string json)
    {
        // Found by the mutation fuzzer: JsonDocument throws InvalidOperationException for such strings and names.
        var act = () => ClaimReviewImport.Import(json, Ledger.Empty, new ClaimReviewImportOptions("i"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().Contain(p => p.Code == ErrorCodes.InvalidText);
    }

    [Fact]
    public void Import_SyntaxError_HasLineAndPosition()
    {
        var act = () => ClaimReviewImport.Import("{\n  \"@type\": \"ClaimReview\",\n  oops\n}", Ledger.Empty, new ClaimReviewImportOptions("i"));

        ValidationProblem problem = act.Should().Throw<LedgerValidationException>().Which.Problems.Single();
        problem.Line.Should().Be(3);
        problem.Position.Should().Be(3);
    }

    [Theory]
    [InlineData("not a url", "reviewer")]
    [InlineData("https://ok.example", " ")]
    public void Options_BadValues_Throw(string url, string reviewer)
    {
        var act = () => new ClaimReviewOptions(url, reviewer);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("27 March 2022", "2022-03-27")]
    [InlineData("March 2022", "2022-03")]
    [InlineData("2022", "2022")]
    [InlineData("24-25 March 2022", "2022-03-24")]
    [InlineData("by 22 November 2020", "2020-11-22")]
    public void IsoDate_IsAsPreciseAsTheFuzzyDate(string fuzzy, string iso) =>
        ClaimReviewExport.IsoDate(FuzzyDate.Parse(fuzzy)).Should().Be(iso);
}

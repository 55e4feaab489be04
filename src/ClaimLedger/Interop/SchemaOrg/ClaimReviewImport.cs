using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger.Interop.SchemaOrg;

/// <summary>
/// Reads fact-checks published as schema.org <c>ClaimReview</c> (a page's JSON-LD, or the page itself with its
/// <c>&lt;script type="application/ld+json"&gt;</c> blocks) or returned by the public fact-check search API (its
/// <c>claims</c> with <c>claimReview</c>), into a ledger as attributed claims.
/// </summary>
/// <remarks>
/// <para>
/// Each reviewed claim becomes a claim of its speaker (<c>itemReviewed.author</c>, or the API's <c>claimant</c>),
/// stated when its <c>datePublished</c> (<c>claimDate</c>) says, quoting its <c>text</c>, cited by its
/// <c>appearance</c> and <c>firstAppearance</c> works; a work whose publisher carries an <c>identifier</c> is a relay.
/// What it says is kept in words: <c>source:speaker stated text:claimReviewed</c>, since the markup holds no
/// structure to compare; the review's rating goes into the claim's note. Ids written by
/// <see cref="ClaimReviewExport"/> (<c>identifier</c>) are kept; others are made from the names.
/// </para>
/// <para>
/// Problems are reported all at once through <see cref="LedgerValidationException"/>: malformed JSON with its line
/// and position, and missing or unreadable fields with their JSON path (<c>$[0].itemReviewed.author.name</c>).
/// Nothing is imported unless everything is valid.
/// </para>
/// </remarks>
public static partial class ClaimReviewImport
{
    private const int MaxDepth = 64;

    /// <summary>Imports fact-checks into a ledger.</summary>
    /// <param name="text">JSON-LD, an HTML page holding it, or a fact-check search API response.</param>
    /// <param name="into">The ledger to extend.</param>
    /// <param name="options">Which incident the claims are about.</param>
    /// <returns>A new ledger: <paramref name="into"/> with the speakers, relays, incident and claims added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LedgerValidationException">The input has problems; every one is listed with where it is.</exception>
    public static Ledger Import(string text, Ledger into, ClaimReviewImportOptions options)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(into);
        Preconditions.CheckNotNull(options);
        var reader = new Reader(into, options);
        if (text.TrimStart().StartsWith('<'))
        {
            MatchCollection scripts = ScriptBlock().Matches(text);
            if (scripts.Count == 0)
            {
                throw new LedgerValidationException([new ValidationProblem("$", ErrorCodes.Required, "the page has no <script type=\"application/ld+json\"> block")]);
            }

            for (int i = 0; i < scripts.Count; i++)
            {
                reader.ReadDocument(scripts[i].Groups[1].Value, scripts.Count == 1 ? "$" : $"script[{i}]$");
            }
        }
        else
        {
            reader.ReadDocument(text, "$");
        }

        return reader.Finish();
    }

    [GeneratedRegex("""<script[^>]*type\s*=\s*["']application/ld\+json["'][^>]*>(.*?)</script>""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ScriptBlock();

    private sealed class Reader(Ledger into, ClaimReviewImportOptions options)
    {
        private readonly List<ValidationProblem> _problems = [];
        private readonly List<Source> _sources = [];
        private readonly List<Claim> _claims = [];
        private readonly List<string> _claimPaths = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private int _found;

        internal void ReadDocument(string json, string root)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
            }
            catch (JsonException ex)
            {
                _problems.Add(new ValidationProblem(root, ErrorCodes.Syntax, $"not valid JSON: {UserText.Echo(FirstSentence(ex.Message))}")
                {
                    Line = ex.LineNumber is { } line ? (int)line + 1 : null,
                    Position = ex.BytePositionInLine is { } position ? (int)position + 1 : null,
                });
                return;
            }

            using (document)
            {
                try
                {
                    Visit(document.RootElement, root);
                }
                catch (InvalidOperationException)
                {
                    // JsonDocument throws this for a property name that escapes a lone surrogate ("\ud800"); the
                    // strings themselves are read through Text, which refuses them one by one.
                    _problems.Add(new ValidationProblem(root, ErrorCodes.InvalidText, "a property name holds a lone surrogate, which is not text"));
                }
            }
        }

        internal Ledger Finish()
        {
            if (_found == 0 && _problems.Count == 0)
            {
                _problems.Add(new ValidationProblem("$", ErrorCodes.Required, "no ClaimReview was found: expected an object of \"@type\": \"ClaimReview\", an array or \"@graph\" of them, or a fact-check API response with \"claims\""));
            }

            var batch = new LedgerBatch
            {
                Sources = [.. _sources],
                Incidents = into.TryGetIncident(options.Incident, out _) ? [] : [new Incident(options.Incident, options.IncidentTitle ?? options.Incident.Value)],
                Claims = [.. _claims],
            };
            LedgerBuilder builder = into.ToBuilder();
            if (_problems.Count == 0 && !builder.TryAdd(batch, out ImmutableArray<ValidationProblem> semantic))
            {
                // The validators' paths are within the batch; the reader's are within the input.
                _problems.AddRange(semantic.Select(p => p with { Path = Locate(p.Path) }));
            }

            if (_problems.Count > 0)
            {
                throw new LedgerValidationException(_problems);
            }

            return builder.Build();
        }

        private string Locate(string path)
        {
            const string Claims = "claims[";
            if (path.StartsWith(Claims, StringComparison.Ordinal) && path.IndexOf(']', StringComparison.Ordinal) is int close and > 0
                && int.TryParse(path.AsSpan(Claims.Length, close - Claims.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < _claimPaths.Count)
            {
                return $"{_claimPaths[i]} ({path})";
            }

            return path;
        }

        private void Visit(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Visit(item, $"{path}[{i++}]");
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (element.TryGetProperty("@graph", out JsonElement graph))
            {
                Visit(graph, $"{path}.@graph");
            }

            if (element.TryGetProperty("claims", out JsonElement claims) && claims.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement claim in claims.EnumerateArray())
                {
                    ReadApiClaim(claim, $"{path}.claims[{i++}]");
                }
            }

            if (IsOfType(element, "ClaimReview"))
            {
                ReadReview(element, path);
            }
        }

        private void ReadReview(JsonElement review, string path)
        {
            _found++;
            string? reviewed = String(review, "claimReviewed", path, required: true);
            JsonElement item = Object(review, "itemReviewed", path, required: true) ?? default;
            string itemPath = $"{path}.itemReviewed";
            JsonElement author = item.ValueKind == JsonValueKind.Object ? Object(item, "author", itemPath, required: true) ?? default : default;
            string? speakerName = author.ValueKind == JsonValueKind.Object ? String(author, "name", $"{itemPath}.author", required: true) : null;
            string? speakerId = author.ValueKind == JsonValueKind.Object ? String(author, "identifier", $"{itemPath}.author", required: false) : null;
            FuzzyDate? stated = item.ValueKind == JsonValueKind.Object ? Date(item, "datePublished", itemPath) : null;
            string? quote = item.ValueKind == JsonValueKind.Object ? String(item, "text", itemPath, required: false) : null;
            string? identifier = item.ValueKind == JsonValueKind.Object ? String(item, "identifier", itemPath, required: false) : null;
            var relays = new List<SourceId>();
            var citations = new List<Citation>();
            if (item.ValueKind == JsonValueKind.Object)
            {
                JsonElement? first = item.TryGetProperty("firstAppearance", out JsonElement f) ? f : null;
                bool firstRead = false;
                if (item.TryGetProperty("appearance", out JsonElement appearance))
                {
                    JsonElement[] works = appearance.ValueKind == JsonValueKind.Array ? [.. appearance.EnumerateArray()] : [appearance];
                    firstRead = first is { } fa && works.Any(w => JsonElement.DeepEquals(w, fa));
                    if (first is { } firstWork && !firstRead)
                    {
                        ReadWork(firstWork, $"{itemPath}.firstAppearance", relays, citations);
                    }

                    for (int i = 0; i < works.Length; i++)
                    {
                        ReadWork(works[i], appearance.ValueKind == JsonValueKind.Array ? $"{itemPath}.appearance[{i}]" : $"{itemPath}.appearance", relays, citations);
                    }
                }
                else if (first is { } only)
                {
                    ReadWork(only, $"{itemPath}.firstAppearance", relays, citations);
                }
            }

            string? note = null;
            if (review.TryGetProperty("reviewRating", out JsonElement rating) && rating.ValueKind == JsonValueKind.Object
                && rating.TryGetProperty("alternateName", out JsonElement words) && words.ValueKind == JsonValueKind.String)
            {
                string reviewer = review.TryGetProperty("author", out JsonElement by) && by.ValueKind == JsonValueKind.Object
                    && by.TryGetProperty("name", out JsonElement byName) && Text(byName) is { } n ? n : "the reviewer";
                string url = review.TryGetProperty("url", out JsonElement u) && Text(u) is { } address ? $" ({address})" : string.Empty;
                note = $"Reviewed by {reviewer}: {Text(words)}{url}";
            }

            if (reviewed is null || speakerName is null)
            {
                return;
            }

            SourceId speaker = Speaker(speakerId, speakerName, IsOfType(author, "Person"));
            AddClaim(path, identifier, speaker, reviewed, new Attribution(speaker)
            {
                Stated = stated,
                Quote = quote,
                Relays = [.. relays.Where(r => r != speaker).Distinct()],
                Citations = [.. citations.Select(c => c.Relay == speaker ? c with { Relay = null } : c)],
            }, note);
        }

        private void ReadApiClaim(JsonElement claim, string path)
        {
            _found++;
            if (claim.ValueKind != JsonValueKind.Object)
            {
                _problems.Add(new ValidationProblem(path, ErrorCodes.Syntax, "a claim must be an object"));
                return;
            }

            string? text = String(claim, "text", path, required: true);
            string? claimant = String(claim, "claimant", path, required: true);
            FuzzyDate? stated = Date(claim, "claimDate", path);
            var notes = new List<string>();
            if (claim.TryGetProperty("claimReview", out JsonElement reviews) && reviews.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement review in reviews.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
                {
                    string publisher = review.TryGetProperty("publisher", out JsonElement p) && p.ValueKind == JsonValueKind.Object
                        && p.TryGetProperty("name", out JsonElement n) && Text(n) is { } name ? name : "a reviewer";
                    string rating = review.TryGetProperty("textualRating", out JsonElement r) && Text(r) is { } words ? words : "no rating";
                    string url = review.TryGetProperty("url", out JsonElement u) && Text(u) is { } address ? $" ({address})" : string.Empty;
                    notes.Add($"Reviewed by {publisher}: {rating}{url}");
                }
            }

            if (text is null || claimant is null)
            {
                return;
            }

            SourceId speaker = Speaker(null, claimant, person: false);
            AddClaim(path, null, speaker, text, new Attribution(speaker) { Stated = stated, Quote = text }, notes.Count == 0 ? null : string.Join("; ", notes));
        }

        private void ReadWork(JsonElement work, string path, List<SourceId> relays, List<Citation> citations)
        {
            if (work.ValueKind == JsonValueKind.String)
            {
                string address = Text(work) ?? string.Empty;
                if (CheckUrl(address, path))
                {
                    citations.Add(Citation.Of(address));
                }

                return;
            }

            if (work.ValueKind != JsonValueKind.Object)
            {
                _problems.Add(new ValidationProblem(path, ErrorCodes.Syntax, "an appearance must be a URL or a CreativeWork object"));
                return;
            }

            SourceId? relay = null;
            string? publisher = null;
            if (Object(work, "publisher", path, required: false) is { } p)
            {
                publisher = String(p, "name", $"{path}.publisher", required: false);
                if (String(p, "identifier", $"{path}.publisher", required: false) is { } id && publisher is not null)
                {
                    relay = Speaker(id, publisher, person: false);
                    relays.Add(relay.Value);
                }
            }

            string? url = String(work, "url", path, required: false);
            string? title = String(work, "headline", path, required: false) ?? String(work, "name", path, required: false);
            string? archive = String(work, "archivedAt", path, required: false);
            FuzzyDate? published = Date(work, "datePublished", path);
            string? section = Object(work, "hasPart", path, required: false) is { } part ? String(part, "name", $"{path}.hasPart", required: false) : null;
            bool urlOk = url is null || CheckUrl(url, $"{path}.url");
            bool archiveOk = archive is null || CheckUrl(archive, $"{path}.archivedAt");
            if ((url is not null || title is not null) && urlOk && archiveOk)
            {
                citations.Add(new Citation
                {
                    Url = url,
                    Title = title,
                    Publisher = relay is null ? publisher : null,
                    Published = published,
                    ArchiveUrl = archive,
                    Section = section,
                    Relay = relay,
                });
            }
        }

        private void AddClaim(string path, string? identifier, SourceId speaker, string says, Attribution attribution, string? note)
        {
            string id = identifier is not null && Identifier.IsValid(identifier, out _) && !into.TryGetClaim(identifier, out _) && !_ids.Contains(identifier)
                ? identifier
                : Unique($"claimreview-{Slug(speaker.Value)}", s => into.TryGetClaim(s, out _) || _ids.Contains(s));
            _ids.Add(id);
            _claims.Add(new Claim(id, options.Incident, attribution, new Proposition(Term.Source(speaker), "stated", Term.Text(says))) { Note = note });
            _claimPaths.Add(path);
        }

        /// <summary>The source of a name: the ledger's, by id or by name, or a new one.</summary>
        private SourceId Speaker(string? identifier, string name, bool person)
        {
            if (identifier is not null && Identifier.IsValid(identifier, out _))
            {
                if (into.TryGetSource(identifier, out _) || _sources.Any(s => s.Id == identifier))
                {
                    return identifier;
                }
            }

            Source? known = into.Sources.Concat(_sources).FirstOrDefault(s => s.AllNames.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));
            if (known is not null)
            {
                return known.Id;
            }

            string id = identifier is not null && Identifier.IsValid(identifier, out _)
                ? identifier
                : Unique(Slug(name), s => into.TryGetSource(s, out _) || _sources.Any(x => x.Id == s));
            _sources.Add(new Source(id, name, person ? SourceKind.Individual : options.NewSpeakerKind));
            return id;
        }

        private bool CheckUrl(string url, string path)
        {
            if (Citation.IsWebAddress(url))
            {
                return true;
            }

            _problems.Add(new ValidationProblem(path, ErrorCodes.InvalidValue, $"'{UserText.Echo(url)}' is not an absolute http or https address", UserText.Echo(url)));
            return false;
        }

        private string? String(JsonElement parent, string name, string path, bool required)
        {
            if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.Required, $"'{name}' is required here"));
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.Syntax, $"'{name}' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}"));
                return null;
            }

            if (Text(value) is not { } text)
            {
                _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.InvalidText, $"'{name}' holds a lone surrogate, which is not text"));
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.Required, $"'{name}' must not be empty"));
                }

                return null;
            }

            return text.Trim();
        }

        private JsonElement? Object(JsonElement parent, string name, string path, bool required)
        {
            if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.Required, $"'{name}' is required here"));
                }

                return null;
            }

            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.Object)
            {
                return value[0];
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.Syntax, $"'{name}' must be an object, not {value.ValueKind.ToString().ToLowerInvariant()}"));
                return null;
            }

            return value;
        }

        /// <summary>A date as the markup gives it: an ISO date, a date and time (its date is taken), a month or a year.</summary>
        private FuzzyDate? Date(JsonElement parent, string name, string path)
        {
            string? text = String(parent, name, path, required: false);
            if (text is null)
            {
                return null;
            }

            string date = text.Length > 10 && text[10] == 'T' ? text[..10] : text;
            if (FuzzyDate.TryParse(date, null, out FuzzyDate? value, out string? error))
            {
                return value;
            }

            _problems.Add(new ValidationProblem($"{path}.{name}", ErrorCodes.InvalidDate, error, UserText.Echo(text)));
            return null;
        }

        private static bool IsOfType(JsonElement element, string type) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@type", out JsonElement t)
            && (t.ValueKind == JsonValueKind.String ? IsType(Text(t), type) : t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => IsType(Text(x), type)));

        /// <summary>A string's text, or null when it is not a string or holds a lone surrogate (escaped JSON may: "\ud800"), which is no text.</summary>
        private static string? Text(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            try
            {
                return element.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        private static bool IsType(string? value, string type) =>
            value == type || value == $"schema:{type}" || value == $"https://schema.org/{type}" || value == $"http://schema.org/{type}";

        private static string FirstSentence(string message)
        {
            int end = message.IndexOf(". ", StringComparison.Ordinal);
            return end < 0 ? message : message[..(end + 1)];
        }

        private static string Unique(string stem, Func<string, bool> taken)
        {
            string candidate = stem;
            for (int n = 2; taken(candidate); n++)
            {
                candidate = $"{stem}-{n}";
            }

            return candidate;
        }

        private static string Slug(string name)
        {
            var slug = new StringBuilder();
            foreach (char c in TextFolding.Fold(name))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    slug.Append(char.ToLowerInvariant(c));
                }
                else if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }

            string s = slug.ToString().Trim('-');
            s = s.Length == 0 ? "source" : s;
            return s.Length > 80 ? s[..80].TrimEnd('-') : s;
        }
    }
}

using System.Globalization;
using ClaimLedger.Internal;
using ClaimLedger.Validation;

namespace ClaimLedger.Serialization;

/// <summary>
/// Reads the file format token by token, so that a large file is never held in memory as a tree, and every problem
/// carries the JSON path, line and position where it is. Syntax problems stop the reading; every other problem is
/// collected, and the items that could be read go through the ledger's own validators.
/// </summary>
/// <remarks>
/// Collecting problems is linear: the first <see cref="LedgerFileErrors.MaxProblems"/> are kept and the rest
/// counted, and whether a value already has a problem is a set lookup among the current item's paths, not a scan
/// of every problem so far (which made a file of 20,000 empty claims take 47 s to refuse).
/// </remarks>
internal sealed partial class LedgerReader
{
    private readonly StrictJsonReader _r;
    private readonly LedgerFileOptions _options;
    private readonly List<ValidationProblem> _problems = [];
    private readonly HashSet<string> _problemPaths = new(StringComparer.Ordinal);
    private int _problemCount;
    private bool _versionProblem;
    // Where each item that was read came from, list by list, so that validation builds each problem with the file's
    // index, line and position of its item.
    private readonly Dictionary<string, List<ItemOrigin>> _items = [];
    private bool _pushedBack;
    private readonly List<string> _strings = [];
    private readonly TryParse<Term> _parseTerm;
    private readonly TryParse<Quantity> _parseQuantity;

    // Parsed values by their text, so that a file's thousand repetitions of "March 2022" are parsed once.
    private const int MaxCachedValues = 100_000;
    private readonly Dictionary<string, FuzzyDate> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Quantity> _quantities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private bool _stopped;

    // The format's property names, so the reader hands back these strings instead of allocating one per property.
    private static readonly HashSet<string> PropertyNames = CreateNameTable();

    private LedgerReader(TextReader text, LedgerFileOptions options)
    {
        _options = options;
        _r = new StrictJsonReader(text, options.MaxDepth, options.MaxStringLength, PropertyNames);
        _parseTerm = TryParseTerm;
        _parseQuantity = TryParseQuantity;
    }

    internal string? Title { get; private set; }

    internal string? Description { get; private set; }

    private LedgerBatch ReadDocument()
    {
        var parties = ImmutableArray.CreateBuilder<Party>();
        var sources = ImmutableArray.CreateBuilder<Source>();
        var places = ImmutableArray.CreateBuilder<Place>();
        var predicates = ImmutableArray.CreateBuilder<Predicate>();
        var incidents = ImmutableArray.CreateBuilder<Incident>();
        var claims = ImmutableArray.CreateBuilder<Claim>();
        int? version = null;
        bool format = false;
        try
        {
            if (!_r.Read())
            {
                throw Fail("$", ErrorCodes.Syntax, LedgerFileErrors.Empty);
            }

            if (_r.TokenType != JsonTokenKind.StartObject)
            {
                throw Fail("$", ErrorCodes.Syntax, LedgerFileErrors.NotAnObject(Describe(_r.TokenType)));
            }

            ReadProperties(string.Empty, name =>
            {
                switch (name)
                {
                    case "format":
                        string? f = ReadString("format");
                        format = true;
                        if (f is not null && f != LedgerFile.FormatName)
                        {
                            throw Fail("format", ErrorCodes.InvalidValue, LedgerFileErrors.NotClaimLedger(f), f);
                        }

                        return true;
                    case "version":
                        version = ReadVersion();
                        return true;
                    case "$schema":
                        // Editors use it for completion; the reader checks only that it is a string.
                        ReadString("$schema");
                        return true;
                    case "title": Title = ReadCleanString("title"); return true;
                    case "description": Description = ReadCleanString("description"); return true;
                    case "parties": ReadArray("parties", parties, ReadParty); return true;
                    case "sources": ReadArray("sources", sources, ReadSource); return true;
                    case "places": ReadArray("places", places, ReadPlace); return true;
                    case "predicates": ReadArray("predicates", predicates, ReadPredicate); return true;
                    case "incidents": ReadArray("incidents", incidents, ReadIncident); return true;
                    case "claims": ReadArray("claims", claims, ReadClaim); return true;
                    default: return false;
                }
            });
            // The reader refuses anything after the top object itself; this is only a guard.
            if (_r.Read())
            {
                throw Fail(_r.Path, ErrorCodes.Syntax, LedgerFileErrors.InvalidJson("more after the end of the document"));
            }
        }
        catch (StopReading)
        {
            // The problem is recorded; nothing after it can be trusted.
            _stopped = true;
        }
        catch (JsonSyntaxException ex)
        {
            Record(new ValidationProblem(ex.Path, ex.Code, ex.Message) { Line = ex.Line, Position = Math.Max(1, ex.Position) });
            _stopped = true;
        }

        if (!_stopped)
        {
            if (!format)
            {
                Record(new ValidationProblem("format", ErrorCodes.Required, LedgerFileErrors.NoFormat));
            }

            if (version is null && !_versionProblem)
            {
                Record(new ValidationProblem("version", ErrorCodes.Required, LedgerFileErrors.NoVersion));
            }
        }

        // A newer version may mean anything; its other problems would only mislead.
        if (version > LedgerFile.FormatVersion)
        {
            ValidationProblem newer = _problems.First(p => p.Code == ErrorCodes.UnsupportedVersion);
            throw new LedgerValidationException([newer]);
        }

        return new LedgerBatch
        {
            Parties = parties.ToImmutable(),
            Sources = sources.ToImmutable(),
            Places = places.ToImmutable(),
            Predicates = predicates.ToImmutable(),
            Incidents = incidents.ToImmutable(),
            Claims = claims.ToImmutable(),
        };
    }

    internal static (LedgerBatch Batch, string? Title, string? Description, ImmutableArray<ValidationProblem> Problems) ReadAndValidate(TextReader text, LedgerFileOptions options)
    {
        var reader = new LedgerReader(text, options);
        LedgerBatch batch = reader.ReadDocument();
        var origins = new BatchOrigins(reader._items.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<ItemOrigin>)pair.Value, StringComparer.Ordinal));
        ImmutableArray<ValidationProblem> semantic = BatchValidator.Check(LedgerState.Empty, batch, origins);
        int total = reader._problemCount + semantic.Length;
        var all = reader._problems.Concat(semantic)
            .Select((p, i) => (Problem: p, Order: i))
            .OrderBy(x => x.Problem.Line ?? int.MaxValue)
            .ThenBy(x => x.Order)
            .Select(x => x.Problem)
            .Take(LedgerFileErrors.MaxProblems)
            .ToList();
        if (total > all.Count)
        {
            all.Add(new ValidationProblem("$", ErrorCodes.TooManyProblems, LedgerFileErrors.MoreProblems(total - all.Count, all.Count)));
        }

        return (batch, reader.Title, reader.Description, [.. all]);
    }

    private void ReadArray<T>(JsonPath path, ImmutableArray<T>.Builder into, Func<JsonPath, T?> readItem)
        where T : class
    {
        if (!Next(path))
        {
            return;
        }

        if (_r.TokenType == JsonTokenKind.Null)
        {
            return;
        }

        if (_r.TokenType != JsonTokenKind.StartArray)
        {
            Mismatch(path, "an array");
            return;
        }

        string key = path.ToString();
        var locations = _items.TryGetValue(key, out var existing) ? existing : _items[key] = [];
        int index = 0;
        while (true)
        {
            Expect(path);
            if (_r.TokenType == JsonTokenKind.EndArray)
            {
                return;
            }

            // Whether a value already has a problem is asked only within its item.
            _problemPaths.Clear();
            JsonPath itemPath = path.At(index);
            int line = _r.Line;
            int position = _r.Position;
            if (_r.TokenType != JsonTokenKind.StartObject)
            {
                Mismatch(itemPath, "an object");
            }
            else if (readItem(itemPath) is { } item)
            {
                into.Add(item);
                locations.Add(new ItemOrigin(index, line, position));
            }

            index++;
        }
    }

    /// <summary>Reads the properties of the object whose start was just read; <paramref name="read"/> returns false for an unknown name.</summary>
    private void ReadProperties(JsonPath path, Func<string, bool> read)
    {
        while (true)
        {
            Expect(path);
            if (_r.TokenType == JsonTokenKind.EndObject)
            {
                return;
            }

            string name = _r.StringValue!;
            if (!read(name))
            {
                JsonPath where = path.Child(name);
                if (_options.UnknownFields == UnknownFieldPolicy.Error)
                {
                    Add(where, ErrorCodes.UnknownField, LedgerFileErrors.UnknownField(name), name);
                }

                // Skips the value whatever it is; strict JSON has no comments that could stand in for it.
                Expect(where);
                _r.Skip();
            }
        }
    }

    /// <summary>
    /// Reads the next property name of the object being read, or false at its end: the loop form of
    /// <see cref="ReadProperties"/>, for the objects every claim has, which would otherwise each cost a closure and a
    /// delegate. A name the caller does not know goes to <see cref="SkipUnknown"/>.
    /// </summary>
    private bool NextProperty(JsonPath path, out string name)
    {
        Expect(path);
        if (_r.TokenType == JsonTokenKind.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = _r.StringValue!;
        return true;
    }

    /// <summary>Reports an unknown property, as the policy says, and skips its value.</summary>
    private void SkipUnknown(JsonPath path, string name)
    {
        JsonPath where = path.Child(name);
        if (_options.UnknownFields == UnknownFieldPolicy.Error)
        {
            Add(where, ErrorCodes.UnknownField, LedgerFileErrors.UnknownField(name), name);
        }

        Expect(where);
        _r.Skip();
    }

    /// <summary>Reads the start of an object that may be null or absent: true when there is an object to read.</summary>
    private bool StartObject(JsonPath path)
    {
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return false;
        }

        if (_r.TokenType != JsonTokenKind.StartObject)
        {
            Mismatch(path, "an object");
            return false;
        }

        return true;
    }

    private bool ReadObject(JsonPath path, Func<string, bool> read)
    {
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return false;
        }

        if (_r.TokenType != JsonTokenKind.StartObject)
        {
            Mismatch(path, "an object");
            return false;
        }

        ReadProperties(path, read);
        return true;
    }

    private string? ReadString(JsonPath path, bool share = false)
    {
        _r.ShareNext = share && !_pushedBack;
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return null;
        }

        if (_r.TokenType != JsonTokenKind.String)
        {
            Mismatch(path, "a string");
            return null;
        }

        return CheckedString(path);
    }

    private ImmutableArray<string> ReadStrings(JsonPath path, bool share = false)
    {
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return [];
        }

        if (_r.TokenType != JsonTokenKind.StartArray)
        {
            Mismatch(path, "an array of strings");
            return [];
        }

        // One list for every array of the file (the reader never reads two at once), copied once to the exact size.
        List<string> values = _strings;
        values.Clear();
        for (int i = 0; ; i++)
        {
            _r.ShareNext = share && !_pushedBack;
            Expect(path);
            if (_r.TokenType == JsonTokenKind.EndArray)
            {
                return values.Count == 0 ? [] : [.. values];
            }

            if (_r.TokenType == JsonTokenKind.String)
            {
                // The string limit applies inside arrays too (aliases, variants, tags).
                if (CheckedString(path.At(i)) is { } value)
                {
                    values.Add(value);
                }
            }
            else
            {
                Mismatch(path.At(i), "a string");
            }
        }
    }

    private ImmutableArray<TId> ReadIds<TId>(JsonPath path, Func<string, TId> make)
    {
        ImmutableArray<string> texts = ReadStrings(path, share: true);
        if (texts.IsEmpty)
        {
            return [];
        }

        var ids = new TId[texts.Length];
        int count = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            if (CheckId(path.At(i), texts[i]))
            {
                ids[count++] = make(texts[i]);
            }
        }

        return count == ids.Length ? System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ids) : [.. ids.AsSpan(0, count)];
    }

    private double? ReadNumber(JsonPath path, double min, double max)
    {
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return null;
        }

        if (_r.TokenType != JsonTokenKind.Number)
        {
            Mismatch(path, "a number");
            return null;
        }

        // The text is strict JSON number syntax, so it parses; a huge one (2^63 and beyond, 1e400) becomes a large
        // or infinite double that the range check refuses, quoting the number as the file wrote it.
        double value = double.Parse(_r.NumberText, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value) || value < min || value > max)
        {
            Add(path, ErrorCodes.OutOfRange, LedgerFileErrors.OutOfRange(_r.NumberText, min, max), _r.NumberText);
            return null;
        }

        return value;
    }

    private bool? ReadBoolean(JsonPath path)
    {
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return null;
        }

        if (_r.TokenType is not (JsonTokenKind.True or JsonTokenKind.False))
        {
            Mismatch(path, "true or false");
            return null;
        }

        return _r.BooleanValue;
    }

    private int? ReadVersion()
    {
        if (!Next("version"))
        {
            return null;
        }

        if (_r.TokenType != JsonTokenKind.Number || !_r.IsInteger
            || !long.TryParse(_r.NumberText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) || v < 1 || v > int.MaxValue)
        {
            string found = _r.TokenType switch
            {
                JsonTokenKind.Number => _r.NumberText,
                JsonTokenKind.String => _r.StringValue ?? Describe(_r.TokenType),
                _ => Describe(_r.TokenType),
            };
            Add("version", ErrorCodes.InvalidValue, LedgerFileErrors.BadVersion(found), found);
            _versionProblem = true;
            _r.Skip();
            return null;
        }

        int version = (int)v;
        if (version > LedgerFile.FormatVersion)
        {
            Add("version", ErrorCodes.UnsupportedVersion, LedgerFileErrors.NewerVersion(version), version.ToString(CultureInfo.InvariantCulture));
        }

        return version;
    }

    private TEnum? ReadEnum<TEnum>(JsonPath path)
        where TEnum : struct, Enum
    {
        string? text = ReadString(path, share: true);
        if (text is null)
        {
            return null;
        }

        if (Kebab.TryParse(text, out TEnum value))
        {
            return value;
        }

        Add(path, ErrorCodes.InvalidValue, LedgerFileErrors.NotAllowed(text, Kebab.Allowed<TEnum>()), text);
        return null;
    }

    /// <summary>Reads an id; ids that files repeat (of incidents, sources, predicates, places) are shared, one string each.</summary>
    private string? ReadId(JsonPath path, bool share = true)
    {
        string? text = ReadString(path, share);
        return text is not null && CheckId(path, text) ? text : null;
    }

    private bool CheckId(JsonPath path, string text)
    {
        if (Identifier.IsValid(text, out string? error))
        {
            return true;
        }

        Add(path, ErrorCodes.InvalidIdentifier, LedgerFileErrors.BadIdentifier(text, error!), text);
        return false;
    }

    private FuzzyDate? ReadDate(JsonPath path) =>
        ReadParsed(path, ErrorCodes.InvalidDate, _dates, (string text, out FuzzyDate? date, out string? error) => FuzzyDate.TryParse(text, null, out date, out error));

    private Quantity? ReadQuantity(JsonPath path) => ReadParsed(path, ErrorCodes.InvalidQuantity, _quantities, _parseQuantity);

    // A unit is one string object however many figures count it ("12 killed", "about 40 killed"), as in a ledger built
    // in memory. Made again through the public factories, and kept only if it equals what was parsed.
    private bool TryParseQuantity(string text, out Quantity? quantity, out string? error)
    {
        if (!Quantity.TryParse(text, out quantity, out error))
        {
            return false;
        }

        if (quantity.Unit is not { } unit || ReferenceEquals(_r.Share(unit), unit))
        {
            return true;
        }

        string shared = _r.Share(unit);
        Quantity? again = quantity.Bound switch
        {
            QuantityBound.Exact => Quantity.Exactly(quantity.Value, shared),
            QuantityBound.About => Quantity.About(quantity.Value, shared),
            QuantityBound.AtLeast => Quantity.AtLeast(quantity.Value, shared),
            QuantityBound.MoreThan => Quantity.MoreThan(quantity.Value, shared),
            QuantityBound.AtMost => Quantity.AtMost(quantity.Value, shared),
            QuantityBound.FewerThan => Quantity.FewerThan(quantity.Value, shared),
            QuantityBound.Nearly => Quantity.Nearly(quantity.Value, shared),
            _ => null,
        };
        if (again is not null && again.Equals(quantity) && ReferenceEquals(again.Unit, shared) && again.ToString() == quantity.ToString())
        {
            quantity = again;
        }

        return true;
    }

    private Term? ReadTerm(JsonPath path) => ReadParsed(path, ErrorCodes.InvalidTerm, _terms, _parseTerm);

    // An entity term's id is the same string object as the id everywhere else in the file ("place:parukh" and the
    // place "parukh"), as it is in a ledger built in memory; each distinct term is parsed once, so this costs little.
    private bool TryParseTerm(string text, out Term? term, out string? error)
    {
        if (!Term.TryParse(text, out term, out error))
        {
            return false;
        }

        string value = _r.Share(term.Value);
        if (!ReferenceEquals(value, term.Value))
        {
            term = term.Kind switch
            {
                TermKind.Party => Term.Party(value),
                TermKind.Place => Term.Place(value),
                TermKind.Source => Term.Source(value),
                TermKind.Incident => Term.Incident(value),
                _ => term,
            };
        }

        return true;
    }

    /// <summary>
    /// Reads a string and parses it; text that does not parse is a problem with the parser's own message. Files
    /// repeat the same dates, figures and terms many times, and the values are immutable, so each distinct text is
    /// parsed once and its value shared.
    /// </summary>
    private T? ReadParsed<T>(JsonPath path, string code, Dictionary<string, T> parsed, TryParse<T> parse)
        where T : class
    {
        string? text = ReadString(path, share: true);
        if (text is null)
        {
            return null;
        }

        if (parsed.TryGetValue(text, out T? known))
        {
            return known;
        }

        if (parse(text, out T? value, out string? error) && value is not null)
        {
            if (parsed.Count < MaxCachedValues)
            {
                parsed[text] = value;
            }

            return value;
        }

        Add(path, code, error ?? LedgerFileErrors.CannotRead(text), text);
        return null;
    }

    private T? Required<T>(JsonPath path, T? value)
        where T : class
    {
        if (value is null && !_problemPaths.Contains(path.ToString()))
        {
            Add(path, ErrorCodes.Required, LedgerFileErrors.Required(path.Name));
        }

        return value;
    }

    private bool Next(JsonPath path)
    {
        Expect(path);
        return true;
    }

    private void Expect(JsonPath path)
    {
        if (_pushedBack)
        {
            _pushedBack = false;
            return;
        }

        if (!_r.Read())
        {
            throw Fail(path, ErrorCodes.Syntax, LedgerFileErrors.EndsEarly);
        }
    }

    private void Mismatch(JsonPath path, string expected)
    {
        string found = Describe(_r.TokenType);
        string? value = _r.TokenType switch
        {
            JsonTokenKind.String => _r.StringValue,
            JsonTokenKind.Number => _r.NumberText,
            JsonTokenKind.True => "true",
            JsonTokenKind.False => "false",
            _ => null,
        };
        Add(path, ErrorCodes.Syntax, LedgerFileErrors.Mismatch(expected, found, value), value);
        _r.Skip();
    }

    /// <summary>Reads a string that is not part of an item, so no validator sees it: the ledger's title and description.</summary>
    private string? ReadCleanString(JsonPath path)
    {
        string? text = ReadString(path);
        if (text is not null && !TextCheck.IsClean(text))
        {
            Add(path, ErrorCodes.InvalidText, TextCheck.Describe(text));
            return null;
        }

        return text;
    }

    /// <summary>The string just read, or null with a problem when it was longer than the limit (the reader never built it).</summary>
    private string? CheckedString(JsonPath path)
    {
        if (_r.StringValue is { } value)
        {
            return value;
        }

        Add(path, ErrorCodes.LimitExceeded, LedgerFileErrors.StringTooLong(_r.StringLength, _options.MaxStringLength));
        return null;
    }

    private void Add(JsonPath path, string code, string message, string? value = null)
    {
        string where = path.ToString();
        _problemPaths.Add(where);
        Record(new ValidationProblem(where, code, message, value)
        {
            Line = _r.Line == 0 ? null : _r.Line,
            Position = _r.Line == 0 ? null : Math.Max(1, _r.Position),
        });
    }

    /// <summary>Keeps the first problems and counts the rest, so that a file of a million problems costs no more than its reading.</summary>
    private void Record(ValidationProblem problem)
    {
        _problemCount++;
        if (_problems.Count < LedgerFileErrors.MaxProblems)
        {
            _problems.Add(problem);
        }
    }

    private StopReading Fail(JsonPath path, string code, string message, string? value = null)
    {
        Add(path, code, message, value);
        return new StopReading();
    }

    private static string Describe(JsonTokenKind token) => token switch
    {
        JsonTokenKind.StartObject => "an object",
        JsonTokenKind.StartArray => "an array",
        JsonTokenKind.String => "a string",
        JsonTokenKind.Number => "a number",
        JsonTokenKind.True or JsonTokenKind.False => "a boolean",
        JsonTokenKind.Null => "null",
        _ => token.ToString(),
    };

    private static HashSet<string> CreateNameTable()
    {
        var table = new HashSet<string>(StringComparer.Ordinal);
        string[] names =
        [
            "format", "version", "title", "description", "parties", "sources", "places", "predicates", "incidents", "claims",
            "id", "name", "aliases", "aligned", "variants", "kind", "party", "reliability", "note", "parent", "coordinates",
            "latitude", "longitude", "label", "cardinality", "quantity", "opposites", "entails", "predicate", "negated",
            "when", "tags", "summary", "incident", "attribution", "proposition", "stance", "credibility", "voice", "speaker",
            "relays", "stated", "statedAfter", "quote", "citation", "subject", "object", "place", "time",
            "citations", "url", "publisher", "published", "archiveUrl", "accessed", "section", "relay", "$schema",
        ];
        foreach (string name in names)
        {
            table.Add(name);
        }

        return table;
    }

    private delegate bool TryParse<T>(string text, out T? value, out string? error);

    /// <summary>Thrown inside the reader when reading cannot go on; the problem is already recorded.</summary>
    private sealed class StopReading : Exception;
}

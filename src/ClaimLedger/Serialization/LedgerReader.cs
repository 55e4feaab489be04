using System.Text.RegularExpressions;
using ClaimLedger.Internal;
using ClaimLedger.Validation;
using Newtonsoft.Json;

namespace ClaimLedger.Serialization;

/// <summary>
/// Reads the file format token by token, so that a large file is never held in memory as a tree, and every problem
/// carries the JSON path, line and position where it is. Syntax problems stop the reading; every other problem is
/// collected, and the items that could be read go through the ledger's own validators.
/// </summary>
internal sealed partial class LedgerReader
{
    private readonly JsonTextReader _r;
    private readonly LedgerFileOptions _options;
    private readonly List<ValidationProblem> _problems = [];
    private readonly Dictionary<string, List<(int FileIndex, int Line, int Position)>> _items = [];
    private bool _pushedBack;

    // Parsed values by their text, so that a file's thousand repetitions of "March 2022" are parsed once.
    private const int MaxCachedValues = 100_000;
    private readonly Dictionary<string, FuzzyDate> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Quantity> _quantities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private bool _stopped;

    // The format's property names, so the reader hands back these strings instead of allocating one per property.
    private static readonly DefaultJsonNameTable PropertyNames = CreateNameTable();

    private LedgerReader(TextReader text, LedgerFileOptions options)
    {
        _options = options;
        _r = new JsonTextReader(text)
        {
            MaxDepth = options.MaxDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            CloseInput = false,
            PropertyNameTable = PropertyNames,
        };
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
                throw Fail("$", ErrorCodes.Syntax, "the file is empty: expected a JSON object");
            }

            if (_r.TokenType != JsonToken.StartObject)
            {
                throw Fail("$", ErrorCodes.Syntax, $"expected a JSON object at the top, found {Describe(_r.TokenType)}");
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
                            throw Fail("format", ErrorCodes.InvalidValue, $"this is not a ClaimLedger file: 'format' is '{f}', expected '{LedgerFile.FormatName}'", f);
                        }

                        return true;
                    case "version":
                        version = ReadVersion();
                        return true;
                    case "title": Title = ReadString("title"); return true;
                    case "description": Description = ReadString("description"); return true;
                    case "parties": ReadArray("parties", parties, ReadParty); return true;
                    case "sources": ReadArray("sources", sources, ReadSource); return true;
                    case "places": ReadArray("places", places, ReadPlace); return true;
                    case "predicates": ReadArray("predicates", predicates, ReadPredicate); return true;
                    case "incidents": ReadArray("incidents", incidents, ReadIncident); return true;
                    case "claims": ReadArray("claims", claims, ReadClaim); return true;
                    default: return false;
                }
            });
            if (_r.Read())
            {
                throw Fail(_r.Path, ErrorCodes.Syntax, $"unexpected {Describe(_r.TokenType)} after the end of the document");
            }
        }
        catch (StopReading)
        {
            // The problem is recorded; nothing after it can be trusted.
            _stopped = true;
        }
        catch (JsonReaderException ex)
        {
            bool depth = ex.Message.Contains("MaxDepth", StringComparison.Ordinal);
            string message = depth
                ? $"the document is nested deeper than {_options.MaxDepth} levels"
                : "invalid JSON: " + Regex.Replace(ex.Message, @"\s*Path '.*$", string.Empty).TrimEnd('.');
            _problems.Add(new ValidationProblem(string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path, depth ? ErrorCodes.LimitExceeded : ErrorCodes.Syntax, message)
            {
                Line = ex.LineNumber == 0 ? null : ex.LineNumber,
                Position = ex.LineNumber == 0 ? null : Math.Max(1, ex.LinePosition),
            });
            _stopped = true;
        }

        if (!_stopped)
        {
            if (!format)
            {
                _problems.Add(new ValidationProblem("format", ErrorCodes.Required, $"the file has no 'format' property: expected \"format\": \"{LedgerFile.FormatName}\""));
            }

            if (version is null && !_problems.Any(p => p.Path == "version"))
            {
                _problems.Add(new ValidationProblem("version", ErrorCodes.Required, $"the file has no 'version' property: expected \"version\": {LedgerFile.FormatVersion}"));
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
        ImmutableArray<ValidationProblem> semantic = BatchValidator.Check(LedgerState.Empty, batch);
        var all = reader._problems.Concat(semantic.Select(reader.Locate))
            .Select((p, i) => (Problem: p, Order: i))
            .OrderBy(x => x.Problem.Line ?? int.MaxValue)
            .ThenBy(x => x.Order)
            .Select(x => x.Problem);
        return (batch, reader.Title, reader.Description, [.. all]);
    }

    /// <summary>Maps a validator's path (indexes into the batch) back to the file: its index and line.</summary>
    private ValidationProblem Locate(ValidationProblem problem)
    {
        Match match = ItemPath().Match(problem.Path);
        if (!match.Success || !_items.TryGetValue(match.Groups[1].Value, out var items))
        {
            return problem;
        }

        var (fileIndex, line, position) = items[int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
        string MapIndexes(string text) => ItemPath().Replace(text, m =>
            _items.TryGetValue(m.Groups[1].Value, out var list) && int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is int k && k < list.Count
                ? $"{m.Groups[1].Value}[{list[k].FileIndex}]"
                : m.Value);
        return problem with { Path = MapIndexes(problem.Path), Message = MapIndexes(problem.Message), Line = line, Position = position };
    }

    [GeneratedRegex(@"^?(parties|sources|places|predicates|incidents|claims)\[(\d+)\]")]
    private static partial Regex ItemPath();

    private void ReadArray<T>(JsonPath path, ImmutableArray<T>.Builder into, Func<JsonPath, T?> readItem)
        where T : class
    {
        if (!Next(path))
        {
            return;
        }

        if (_r.TokenType == JsonToken.Null)
        {
            return;
        }

        if (_r.TokenType != JsonToken.StartArray)
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
            if (_r.TokenType == JsonToken.EndArray)
            {
                return;
            }

            JsonPath itemPath = path.At(index);
            int line = _r.LineNumber;
            int position = _r.LinePosition;
            if (_r.TokenType != JsonToken.StartObject)
            {
                Mismatch(itemPath, "an object");
            }
            else if (readItem(itemPath) is { } item)
            {
                into.Add(item);
                locations.Add((index, line, position));
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
            if (_r.TokenType == JsonToken.EndObject)
            {
                return;
            }

            string name = (string)_r.Value!;
            if (!read(name))
            {
                JsonPath where = path.Child(name);
                if (_options.UnknownFields == UnknownFieldPolicy.Error)
                {
                    Add(where, ErrorCodes.UnknownField, $"the format defines no property '{name}' here", name);
                }

                Expect(where);
                _r.Skip();
            }
        }
    }

    private bool ReadObject(JsonPath path, Func<string, bool> read)
    {
        if (!Next(path) || _r.TokenType == JsonToken.Null)
        {
            return false;
        }

        if (_r.TokenType != JsonToken.StartObject)
        {
            Mismatch(path, "an object");
            return false;
        }

        ReadProperties(path, read);
        return true;
    }

    private string? ReadString(JsonPath path)
    {
        if (!Next(path) || _r.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (_r.TokenType != JsonToken.String)
        {
            Mismatch(path, "a string");
            return null;
        }

        string value = (string)_r.Value!;
        if (value.Length > _options.MaxStringLength)
        {
            Add(path, ErrorCodes.LimitExceeded, $"the string has {value.Length} characters, more than the limit of {_options.MaxStringLength}");
            return null;
        }

        return value;
    }

    private ImmutableArray<string> ReadStrings(JsonPath path)
    {
        if (!Next(path) || _r.TokenType == JsonToken.Null)
        {
            return [];
        }

        if (_r.TokenType != JsonToken.StartArray)
        {
            Mismatch(path, "an array of strings");
            return [];
        }

        var values = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; ; i++)
        {
            Expect(path);
            if (_r.TokenType == JsonToken.EndArray)
            {
                return values.ToImmutable();
            }

            if (_r.TokenType == JsonToken.String)
            {
                values.Add((string)_r.Value!);
            }
            else
            {
                Mismatch(path.At(i), "a string");
            }
        }
    }

    private ImmutableArray<TId> ReadIds<TId>(JsonPath path, Func<string, TId> make)
    {
        ImmutableArray<string> texts = ReadStrings(path);
        var ids = ImmutableArray.CreateBuilder<TId>(texts.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            if (CheckId(path.At(i), texts[i]))
            {
                ids.Add(make(texts[i]));
            }
        }

        return ids.ToImmutable();
    }

    private double? ReadNumber(JsonPath path, double min, double max)
    {
        if (!Next(path) || _r.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (_r.TokenType is not (JsonToken.Float or JsonToken.Integer))
        {
            Mismatch(path, "a number");
            return null;
        }

        double value = Convert.ToDouble(_r.Value, System.Globalization.CultureInfo.InvariantCulture);
        if (!double.IsFinite(value) || value < min || value > max)
        {
            Add(path, ErrorCodes.OutOfRange, $"{_r.Value} is outside {min} to {max}", Convert.ToString(_r.Value, System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        return value;
    }

    private bool? ReadBoolean(JsonPath path)
    {
        if (!Next(path) || _r.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (_r.TokenType != JsonToken.Boolean)
        {
            Mismatch(path, "true or false");
            return null;
        }

        return (bool)_r.Value!;
    }

    private int? ReadVersion()
    {
        if (!Next("version"))
        {
            return null;
        }

        if (_r.TokenType != JsonToken.Integer || _r.Value is not long v || v < 1 || v > int.MaxValue)
        {
            string found = _r.TokenType is JsonToken.Integer or JsonToken.Float or JsonToken.String
                ? Convert.ToString(_r.Value, System.Globalization.CultureInfo.InvariantCulture)!
                : Describe(_r.TokenType);
            Add("version", ErrorCodes.InvalidValue, $"'version' must be a whole number from 1, found {found}", found);
            if (_r.TokenType is JsonToken.StartArray or JsonToken.StartObject)
            {
                _r.Skip();
            }

            return null;
        }

        int version = (int)v;
        if (version > LedgerFile.FormatVersion)
        {
            Add("version", ErrorCodes.UnsupportedVersion,
                $"the file is format version {version}, but this version of ClaimLedger reads format version {LedgerFile.FormatVersion}: upgrade ClaimLedger to read it",
                version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return version;
    }

    private TEnum? ReadEnum<TEnum>(JsonPath path)
        where TEnum : struct, Enum
    {
        string? text = ReadString(path);
        if (text is null)
        {
            return null;
        }

        if (Kebab.TryParse(text, out TEnum value))
        {
            return value;
        }

        Add(path, ErrorCodes.InvalidValue, $"'{text}' is not allowed here: expected one of {Kebab.Allowed<TEnum>()}", text);
        return null;
    }

    private string? ReadId(JsonPath path)
    {
        string? text = ReadString(path);
        return text is not null && CheckId(path, text) ? text : null;
    }

    private bool CheckId(JsonPath path, string text)
    {
        if (Identifier.IsValid(text, out string? error))
        {
            return true;
        }

        Add(path, ErrorCodes.InvalidIdentifier, $"'{text}' is not a valid identifier: {error}", text);
        return false;
    }

    private FuzzyDate? ReadDate(JsonPath path) =>
        ReadParsed(path, ErrorCodes.InvalidDate, _dates, (string text, out FuzzyDate? date, out string? error) => FuzzyDate.TryParse(text, null, out date, out error));

    private Quantity? ReadQuantity(JsonPath path) => ReadParsed(path, ErrorCodes.InvalidQuantity, _quantities, Quantity.TryParse);

    private Term? ReadTerm(JsonPath path) => ReadParsed(path, ErrorCodes.InvalidTerm, _terms, Term.TryParse);

    /// <summary>
    /// Reads a string and parses it; text that does not parse is a problem with the parser's own message. Files
    /// repeat the same dates, figures and terms many times, and the values are immutable, so each distinct text is
    /// parsed once and its value shared.
    /// </summary>
    private T? ReadParsed<T>(JsonPath path, string code, Dictionary<string, T> parsed, TryParse<T> parse)
        where T : class
    {
        string? text = ReadString(path);
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

        Add(path, code, error ?? $"'{text}' cannot be read here", text);
        return null;
    }

    private T? Required<T>(JsonPath path, T? value)
        where T : class
    {
        if (value is null && !_problems.Any(p => p.Path == path.ToString()))
        {
            Add(path, ErrorCodes.Required, $"'{path.Name}' is required here");
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
            throw Fail(path, ErrorCodes.Syntax, "the document ends early: it is truncated or not closed");
        }
    }

    private void Mismatch(JsonPath path, string expected)
    {
        string found = Describe(_r.TokenType);
        string? value = _r.TokenType is JsonToken.String or JsonToken.Integer or JsonToken.Float or JsonToken.Boolean
            ? Convert.ToString(_r.Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
        Add(path, ErrorCodes.Syntax, $"expected {expected}, found {found}{(value is null ? string.Empty : $" '{value}'")}", value);
        if (_r.TokenType is JsonToken.StartArray or JsonToken.StartObject)
        {
            _r.Skip();
        }
    }

    private void Add(JsonPath path, string code, string message, string? value = null) =>
        _problems.Add(new ValidationProblem(path.ToString(), code, message, value)
        {
            Line = _r.LineNumber == 0 ? null : _r.LineNumber,
            // Newtonsoft counts a position of 0 at the start of a line; positions here are 1-based.
            Position = _r.LineNumber == 0 ? null : Math.Max(1, _r.LinePosition),
        });

    private StopReading Fail(JsonPath path, string code, string message, string? value = null)
    {
        Add(path, code, message, value);
        return new StopReading();
    }


    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.String => "a string",
        JsonToken.Integer or JsonToken.Float => "a number",
        JsonToken.Boolean => "a boolean",
        JsonToken.Null => "null",
        _ => token.ToString(),
    };

    private static DefaultJsonNameTable CreateNameTable()
    {
        var table = new DefaultJsonNameTable();
        string[] names =
        [
            "format", "version", "title", "description", "parties", "sources", "places", "predicates", "incidents", "claims",
            "id", "name", "aliases", "aligned", "variants", "kind", "party", "reliability", "note", "parent", "coordinates",
            "latitude", "longitude", "label", "cardinality", "quantity", "opposites", "entails", "predicate", "negated",
            "when", "tags", "summary", "incident", "attribution", "proposition", "stance", "credibility", "voice", "speaker",
            "relays", "stated", "statedAfter", "quote", "citation", "subject", "object", "place", "time",
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

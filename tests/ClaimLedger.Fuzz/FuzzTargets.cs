using System.Collections.Immutable;
using System.Text;
using ClaimLedger.Credibility;
using ClaimLedger.Interop.Csv;
using ClaimLedger.Interop.SchemaOrg;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Fuzz;

/// <summary>
/// What the fuzzers feed: the loader and every parser. Each target returns quietly for every documented outcome (a
/// value, a false from a TryParse, a <see cref="LedgerValidationException"/>, a <see cref="FormatException"/>) and
/// throws <see cref="FuzzFindingException"/> or lets any other exception escape, which is what a fuzzer reports.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Gets the names of the targets, as the command line takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["load", "date", "quantity", "term", "grade", "csv", "claimreview"];

    /// <summary>Runs a target on one input.</summary>
    /// <param name="target">One of <see cref="Names"/>.</param>
    /// <param name="input">The input's bytes; the text targets read them as UTF-8.</param>
    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        switch (target)
        {
            case "load": Load(input); break;
            case "date": Date(Encoding.UTF8.GetString(input)); break;
            case "quantity": Quantity(Encoding.UTF8.GetString(input)); break;
            case "term": Term(Encoding.UTF8.GetString(input)); break;
            case "grade": Grade(Encoding.UTF8.GetString(input)); break;
            case "csv": Csv(Encoding.UTF8.GetString(input)); break;
            case "claimreview": ClaimReview(Encoding.UTF8.GetString(input)); break;
            default: throw new ArgumentException($"Unknown target '{target}'; expected one of {string.Join(", ", Names)}.", nameof(target));
        }
    }

    /// <summary>Loads bytes as a ledger file with both unknown-field policies; a loaded ledger must save and load back equal.</summary>
    public static void Load(ReadOnlySpan<byte> input)
    {
        byte[] bytes = input.ToArray();
        foreach (UnknownFieldPolicy policy in new[] { UnknownFieldPolicy.Error, UnknownFieldPolicy.Ignore })
        {
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                Ledger ledger = LedgerFile.Load(stream, new LedgerFileOptions { UnknownFields = policy, MaxStringLength = 10_000 });
                string json = LedgerFile.ToJson(ledger);
                Check(LedgerFile.ToJson(LedgerFile.Parse(json)) == json, "a loaded ledger does not save and load back to the same text");
            }
            catch (LedgerValidationException ex)
            {
                Check(!ex.Problems.IsEmpty, "a refusal without problems");
                foreach (ValidationProblem problem in ex.Problems)
                {
                    CheckMessage(problem.Message);
                }
            }
        }
    }

    /// <summary>Parses a date with and without a default year; what parses must print back to an equal value.</summary>
    public static void Date(string text)
    {
        foreach (int? year in new int?[] { null, 2022 })
        {
            if (FuzzyDate.TryParse(text, year, out FuzzyDate? date, out string? error))
            {
                Check(FuzzyDate.Parse(date.ToString()).Equals(date), $"FuzzyDate.Parse(d.ToString()) differs from d for '{date}'");
            }
            else
            {
                CheckMessage(error);
                Expect<FormatException>(() => FuzzyDate.Parse(text, year));
            }
        }
    }

    /// <summary>Parses a quantity; what parses must print back to an equal value.</summary>
    public static void Quantity(string text)
    {
        if (ClaimLedger.Quantity.TryParse(text, out Quantity? quantity, out string? error))
        {
            Check(ClaimLedger.Quantity.Parse(quantity.ToString()).Equals(quantity), $"Quantity.Parse(q.ToString()) differs from q for '{quantity}'");
        }
        else
        {
            CheckMessage(error);
            Expect<FormatException>(() => ClaimLedger.Quantity.Parse(text));
        }
    }

    /// <summary>Parses a term; what parses must print back to an equal term.</summary>
    public static void Term(string text)
    {
        if (ClaimLedger.Term.TryParse(text, out Term? term, out string? error))
        {
            Check(ClaimLedger.Term.Parse(term.ToString()).Equals(term), $"Term.Parse(t.ToString()) differs from t for '{term}'");
        }
        else
        {
            CheckMessage(error);
            Expect<FormatException>(() => ClaimLedger.Term.Parse(text));
        }
    }

    /// <summary>Parses an Admiralty grade and an identifier.</summary>
    public static void Grade(string text)
    {
        if (AdmiraltyGrade.TryParse(text, out AdmiraltyGrade grade, out string? error))
        {
            Check(AdmiraltyGrade.Parse(grade.ToString()) == grade, $"AdmiraltyGrade.Parse(g.ToString()) differs from g for '{grade}'");
        }
        else
        {
            CheckMessage(error);
            Expect<FormatException>(() => AdmiraltyGrade.Parse(text));
        }

        _ = PartyId.IsValid(text);
    }

    /// <summary>Imports text as a claims CSV; what imports must export and import back to the same claims.</summary>
    public static void Csv(string text)
    {
        Ledger world = new LedgerBuilder()
            .AddParty(WellKnownParties.All)
            .AddSource(new Source("ru-mod", "Russian Ministry of Defence", SourceKind.Military) { Party = "russia" }, new Source("tass", "TASS", SourceKind.StateMedia))
            .AddPlace(new Place("parukh", "Parukh"))
            .AddIncident(new Incident("parukh-2022", "Parukh"))
            .Build();
        if (LedgerCsv.TryImport(new CsvImportFiles(CsvInput.FromText("claims.csv", text)), out Ledger? ledger, out ImmutableArray<CsvProblem> problems, world))
        {
            var exported = new StringWriter();
            LedgerCsv.WriteClaims(ledger.Claims, exported);
            Ledger back = LedgerCsv.Import(new CsvImportFiles(CsvInput.FromText("claims.csv", exported.ToString())), world);
            Check(back.Claims.SequenceEqual(ledger.Claims), "imported claims do not export and import back the same");
        }
        else
        {
            Check(!problems.IsEmpty, "a refusal without problems");
            foreach (CsvProblem problem in problems)
            {
                CheckMessage(problem.Message);
                CheckMessage(problem.ToString());
            }
        }
    }

    /// <summary>Imports text as ClaimReview markup or a fact-check API response.</summary>
    public static void ClaimReview(string text)
    {
        try
        {
            Ledger ledger = ClaimReviewImport.Import(text, Ledger.Empty, new ClaimReviewImportOptions("incident"));
            Check(ledger.Claims.Count > 0, "an import without claims");
        }
        catch (LedgerValidationException ex)
        {
            Check(!ex.Problems.IsEmpty, "a refusal without problems");
            foreach (ValidationProblem problem in ex.Problems)
            {
                CheckMessage(problem.Message);
            }
        }
    }

    private static void Expect<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (TException ex)
        {
            CheckMessage(ex.Message);
            return;
        }

        throw new FuzzFindingException("Parse accepted what TryParse refused");
    }

    /// <summary>A message must be one bounded line: no control characters, no lone surrogates, no bidirectional overrides.</summary>
    private static void CheckMessage(string message)
    {
        Check(message.Length <= 2000, $"a message of {message.Length} characters");
        for (int i = 0; i < message.Length; i++)
        {
            char c = message[i];
            if (char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]))
            {
                i++;
                continue;
            }

            Check(!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\u202E' or '\u2028' or '\u2029'), $"a message holds U+{(int)c:X4}");
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzFindingException(what);
        }
    }
}

using System.Diagnostics;
using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Benchmarks.Generation;
using ClaimLedger.Credibility;

namespace ClaimLedger.Benchmarks.BookAuthor;

/// <summary>
/// The truth-discovery benchmark (<c>--book-author FOLDER</c>): exact match on the golden books for
/// <see cref="TruthDiscovery"/> with defaults and with each documented option, majority vote, TruthFinder and
/// Investment on the identical claims, and the time of each run; then (<c>--truth-scale N</c>) the time of one run
/// over N synthetic claims.
/// </summary>
public static class BookAuthorRun
{
    /// <summary>Runs the accuracy and speed measurements on the Book-Author files in a folder.</summary>
    /// <param name="folder">The folder holding <c>book.txt</c> and <c>book_golden.txt</c>.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string folder)
    {
        var watch = Stopwatch.StartNew();
        BookAuthorData data = BookAuthorData.Load(folder);
        double load = watch.Elapsed.TotalSeconds;
        watch.Restart();
        Ledger ledger = data.ToLedger();
        double build = watch.Elapsed.TotalSeconds;
        var triples = new Triples(ledger);
        Console.WriteLine($"Book-Author: {data.Rows:N0} rows, {ledger.Claims.Count:N0} claims after dropping unusable and repeated listings, "
            + $"{triples.Sources:N0} stores, {triples.SubjectText.Length:N0} books, {data.Golden.Count} golden books. Read {load:N2} s, ledger built {build:N2} s.");

        var golden = data.Golden.ToDictionary(g => BookAuthorData.Book(g.Key).Value, g => g.Value);
        var claimed = triples.ValueText.Select((v, i) => (Subject: triples.SubjectText[triples.SubjectOf[i]], Value: v)).ToHashSet();
        double ceiling = (double)golden.Count(g => claimed.Contains((g.Key, g.Value))) / golden.Count;
        Console.WriteLine($"Ceiling (golden list among the claimed values): {ceiling:0.00}");
        Console.WriteLine();
        Console.WriteLine("| Method | Exact match | Time |");
        Console.WriteLine("|---|---:|---:|");

        Row("Majority vote", golden, () => MajorityVote.Run(triples));
        Row("TruthFinder (Yin et al. 2007)", golden, () => TruthFinderBaseline.Run(triples));
        Row("Investment (Pasternack and Roth 2010)", golden, () => InvestmentBaseline.Run(triples));
        // A fresh ledger, so that the timed run includes reading the claims into votes (cached per ledger afterwards).
        TruthDiscovery.Default.Run(data.ToLedger(BookAuthorData.WrittenBy with { Label = "warm-up" }));
        TruthDiscoveryResult result = Discover("`TruthDiscovery`, defaults (first run on the ledger)", golden, ledger, TruthDiscoveryOptions.Default);
        Discover("`TruthDiscovery`, defaults (again)", golden, ledger, TruthDiscoveryOptions.Default);
        Discover("  copying not looked for (`CopyDiscount = 0`)", golden, ledger, new TruthDiscoveryOptions { CopyDiscount = 0 });
        Discover("  no similarity (`SimilarityWeight = 0`)", golden, ledger, new TruthDiscoveryOptions { SimilarityWeight = 0 });
        Discover("  containment only (`Similarity = ValueSimilarity.Containment`)", golden, ledger, new TruthDiscoveryOptions { Similarity = ValueSimilarity.Containment });
        Discover("  neither copying nor similarity", golden, ledger, new TruthDiscoveryOptions { CopyDiscount = 0, SimilarityWeight = 0 });
        Discover("  `PriorWeight = 0`", golden, ledger, new TruthDiscoveryOptions { PriorWeight = 0 });
        Discover("  `CopyPrior = 0.5`", golden, ledger, new TruthDiscoveryOptions { CopyPrior = 0.5 });
        Discover("  `FalseValues = 10`", golden, ledger, new TruthDiscoveryOptions { FalseValues = 10 });
        Discover("  `FalseValues = 1000`", golden, ledger, new TruthDiscoveryOptions { FalseValues = 1000 });

        Console.WriteLine();
        Console.WriteLine($"Defaults: {result.Iterations} rounds, converged {result.Converged}; {result.Dependencies.Length:N0} pairs of stores taken to copy "
            + $"(of {ledger.Claims.Select(c => c.Speaker).Distinct().Count():N0} stores); warnings: {result.Warnings.Length}.");
        var lists = ledger.Claims.GroupBy(c => c.Speaker).ToDictionary(g => g.Key, g => g.GroupBy(c => c.Proposition.Subject.Value).ToDictionary(b => b.Key, b => b.First().Proposition.Object!.Value));
        int disagreeing = result.Dependencies.Count(d => SharedSame(lists, d) == 0);
        Console.WriteLine($"Copy pairs that never give the same list on a shared book: {disagreeing:N0}.");
        int low = golden.Keys.Count(g => result.AnswerTo(BookAuthorData.WrittenBy.Id, Term.Text(g))?.Favoured is { Belief: <= 0.5 });
        Console.WriteLine($"Golden books whose favoured list has a belief of at most 0.5 (still reported as favoured): {low}.");

        Ledger many = data.ToLedger(BookAuthorData.WrittenBy with { Cardinality = PredicateCardinality.Many });
        TruthDiscoveryResult undeclared = TruthDiscovery.Default.Run(many);
        Console.WriteLine($"With the predicate left at many values per subject: {undeclared.Questions.Count(q => q.IsContested)} contested questions, warning: "
            + (undeclared.Warnings.IsEmpty ? "(none)" : undeclared.Warnings[0]));
        return 0;
    }

    /// <summary>Times one run of <see cref="TruthDiscovery"/> over a synthetic ledger.</summary>
    /// <param name="claims">The number of claims.</param>
    /// <returns>The process exit code.</returns>
    public static int Scale(int claims)
    {
        var watch = Stopwatch.StartNew();
        Ledger ledger = LedgerGenerator.Generate(claims).Build();
        Console.WriteLine($"Synthetic ledger of {claims:N0} claims generated and built in {watch.Elapsed.TotalSeconds:N1} s.");
        watch.Restart();
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);
        double seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"TruthDiscovery.Default.Run: {seconds:N1} s (target < 60 s), {result.Iterations} rounds, converged {result.Converged}, "
            + $"{result.Questions.Length:N0} questions ({result.Questions.Count(q => q.IsContested):N0} contested), {result.Sources.Length:N0} sources, "
            + $"{result.Dependencies.Length:N0} copy pairs.");
        return 0;
    }

    /// <summary>The books on which two stores give the same author list.</summary>
    private static int SharedSame(Dictionary<SourceId, Dictionary<string, string>> lists, SourceDependence d)
    {
        Dictionary<string, string> first = lists[d.First], second = lists[d.Second];
        return first.Count(b => second.TryGetValue(b.Key, out string? v) && v == b.Value);
    }

    private static void Row(string name, Dictionary<string, string> golden, Func<Dictionary<string, string>> run)
    {
        run();
        var watch = Stopwatch.StartNew();
        Dictionary<string, string> answers = run();
        double seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"| {name} | {Score(golden, s => answers.GetValueOrDefault(s)):0.00} | {seconds * 1000:N0} ms |");
    }

    private static TruthDiscoveryResult Discover(string name, Dictionary<string, string> golden, Ledger ledger, TruthDiscoveryOptions options)
    {
        var estimator = new TruthDiscovery(options);
        var watch = Stopwatch.StartNew();
        TruthDiscoveryResult result = estimator.Run(ledger);
        double seconds = watch.Elapsed.TotalSeconds;
        double score = Score(golden, s => result.AnswerTo(BookAuthorData.WrittenBy.Id, Term.Text(s))?.Favoured?.Value?.Value);
        Console.WriteLine($"| {name} | {score:0.00} | {seconds * 1000:N0} ms |");
        return result;
    }

    private static double Score(Dictionary<string, string> golden, Func<string, string?> answer) =>
        (double)golden.Count(g => answer(g.Key) == g.Value) / golden.Count;
}

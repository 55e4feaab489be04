using System.Text.Json;
using ClaimLedger.Contradictions;
using ClaimLedger.Serialization;

namespace ClaimLedger.Tests.TestBed;

/// <summary>
/// One real incident of the test bed: a ledger file encoded claim by claim from public reporting, and beside it the
/// findings its encoder expects (contradictions and look-alikes, each with a one-line why), written before the
/// engine was run on it.
/// </summary>
internal sealed class TestBedCase
{
    private TestBedCase(string name, Ledger ledger, ImmutableArray<Expectation> contradictions, ImmutableArray<Expectation> lookalikes, ImmutableArray<Expectation> revisions)
    {
        Name = name;
        Ledger = ledger;
        Contradictions = contradictions;
        Lookalikes = lookalikes;
        Revisions = revisions;
        Found = ledger.FindContradictions();
    }

    internal static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles("TestBed", "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order(StringComparer.Ordinal)];

    internal string Name { get; }

    internal Ledger Ledger { get; }

    internal ImmutableArray<Expectation> Contradictions { get; }

    internal ImmutableArray<Expectation> Lookalikes { get; }

    /// <summary>Gets the revisions expected: one speaker's figures for one measure said one after another.</summary>
    internal ImmutableArray<Expectation> Revisions { get; }

    internal ImmutableArray<Contradiction> Found { get; }

    internal static TestBedCase Load(string name)
    {
        Ledger ledger = LedgerFile.Load(Path.Combine("TestBed", name + ".json"));
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine("TestBed", name + ".expected.json")));
        return new TestBedCase(name, ledger, Read(expected.RootElement, "contradictions"), Read(expected.RootElement, "lookalikes"), Read(expected.RootElement, "revisions"));
    }

    /// <summary>The finding that holds two of the claims (or parts of their statements) cannot both be true, or null.</summary>
    internal Contradiction? Separating(Expectation expectation) =>
        Found.FirstOrDefault(c =>
            expectation.Claims.Any(a => expectation.Claims.Any(b => a != b && InConflict(c, a, b))));

    private static bool InConflict(Contradiction c, string a, string b) =>
        c.Claims.Where(x => IsNamed(x, a)).Any(x => c.Claims.Where(y => IsNamed(y, b)).Any(y => c.AreInConflict(x.Id, y.Id)));

    // A part of a statement speaks for the statement, which the expectations name by its first part's id; an
    // expectation may also name one part by its own id, and then means that part.
    private static bool IsNamed(Claim claim, string id) => StatementOf(claim) == id || claim.Id.Value == id;

    internal static string StatementOf(Claim claim) => (claim.PartOf ?? claim.Id).Value;

    private static ImmutableArray<Expectation> Read(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement items)
            ? [.. items.EnumerateArray().Select(e => new Expectation(
                [.. e.GetProperty("claims").EnumerateArray().Select(c => c.GetString()!)],
                e.TryGetProperty("kind", out JsonElement kind) ? kind.GetString() : null,
                e.GetProperty("why").GetString()!))]
            : [];

    /// <summary>An expected finding: the claims it joins, the kind the encoder named, and why.</summary>
    internal sealed record Expectation(ImmutableArray<string> Claims, string? Kind, string Why)
    {
        public override string ToString() => $"{string.Join(" / ", Claims)}: {Why}";
    }
}

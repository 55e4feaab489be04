using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

/// <summary>
/// Who commands each of nine units, a predicate with one value at a time. A wire names impostors for units 7 to 9,
/// and two copy desks repeat it word for word. Four monitors work on their own: monitor k names a rumoured commander
/// for unit k and the true one for every other unit; monitors 3 and 4 say nothing of unit 9. So on unit 9 the wrong
/// name has three votes (the wire and its copies) against the true name's two, and majority voting picks it.
/// </summary>
internal static class CopyDesks
{
    internal static readonly Predicate CommandedBy = new("commanded-by", "commanded by") { Cardinality = PredicateCardinality.OneObjectPerSubject };

    internal static readonly string[] Group = ["copy-1", "copy-2", "wire"];
    internal static readonly string[] Monitors = ["monitor-1", "monitor-2", "monitor-3", "monitor-4"];

    internal static readonly Source[] Sources =
    [
        new("wire", "Wire", SourceKind.IndependentMedia),
        new("copy-1", "Copy desk 1", SourceKind.IndependentMedia),
        new("copy-2", "Copy desk 2", SourceKind.IndependentMedia),
        new("monitor-1", "Monitor 1", SourceKind.Ngo),
        new("monitor-2", "Monitor 2", SourceKind.Ngo),
        new("monitor-3", "Monitor 3", SourceKind.Ngo),
        new("monitor-4", "Monitor 4", SourceKind.Ngo),
    ];

    internal static readonly Claim[] Claims =
    [
        .. Group.SelectMany(g => Enumerable.Range(1, 9).Select(u => Says($"{g}-{u}", g, u, u >= 7 ? $"impostor {u}" : $"officer {u}"))),
        .. Enumerable.Range(1, 4).SelectMany(k => Enumerable.Range(1, 9).Where(u => u < 9 || k <= 2)
            .Select(u => Says($"monitor-{k}-{u}", $"monitor-{k}", u, u == k ? $"rumour {k}" : $"officer {u}"))),
    ];

    internal static Ledger Ledger { get; } = new LedgerBuilder().Add(World).AddPredicate(CommandedBy).AddSource(Sources).AddClaim(Claims).Build();

    internal static Term Unit(int i) => Term.Text($"unit {i}");

    internal static Term Officer(int i) => Term.Text($"officer {i}");

    internal static Claim Says(string id, string source, int unit, string commander) =>
        Claim(id, source, $"text:unit {unit}", "commanded-by", $"text:{commander}", "hadrut-2020");
}

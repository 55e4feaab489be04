using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

/// <summary>
/// A wire and three desks that copy it word for word outnumber three independent monitors on every question, so
/// majority voting sides with the copies. No source has a party, so only copying makes them dependent.
/// </summary>
internal static class Copiers
{
    internal static readonly string[] Group = ["copy-1", "copy-2", "copy-3", "wire"];
    internal static readonly string[] Independents = ["monitor-1", "monitor-2", "monitor-3"];
    internal static readonly string[] Convoys = ["convoy 1", "convoy 2", "convoy 3"];

    internal static readonly Source[] Sources =
    [
        new("wire", "Wire", SourceKind.IndependentMedia),
        new("copy-1", "Copy desk 1", SourceKind.IndependentMedia),
        new("copy-2", "Copy desk 2", SourceKind.IndependentMedia),
        new("copy-3", "Copy desk 3", SourceKind.IndependentMedia),
        new("monitor-1", "Monitor 1", SourceKind.Ngo),
        new("monitor-2", "Monitor 2", SourceKind.Ngo),
        new("monitor-3", "Monitor 3", SourceKind.Ngo),
    ];

    // Each monitor denies two of the three, so no two monitors share two answers and none looks like a copy.
    private static readonly (string Monitor, string[] Denied)[] Denials =
    [
        ("monitor-1", ["convoy 1", "convoy 2"]),
        ("monitor-2", ["convoy 1", "convoy 3"]),
        ("monitor-3", ["convoy 2", "convoy 3"]),
    ];

    internal static readonly Claim[] Claims =
    [
        .. Group.SelectMany(g => Convoys.Select((c, i) => Claim($"{g}-{i + 1}", g, $"text:{c}", "attacked", "place:hadrut", "hadrut-2020"))),
        .. Denials.SelectMany(d => d.Denied.Select(c => Claim($"{d.Monitor}-{c.Replace(' ', '-')}", d.Monitor, $"text:{c}", "attacked", "place:hadrut", "hadrut-2020", stance: Stance.Denies))),
    ];

    internal static Ledger Ledger { get; } = new LedgerBuilder().Add(World).AddSource(Sources).AddClaim(Claims).Build();

    internal static Proposition Attacked(string convoy) => new(Term.Text(convoy), "attacked", Term.Place("hadrut"));
}

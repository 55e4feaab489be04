namespace ClaimLedger.Tests;

/// <summary>Small hand-built ledgers and a terse way to write claims, for tests.</summary>
internal static class TestData
{
    internal static LedgerBatch World { get; } = new()
    {
        Parties = WellKnownParties.All,
        Sources =
        [
            new Source("ru-mod", "Russian Ministry of Defence", SourceKind.Military) { Party = "russia", NameVariants = ["Russian defence ministry", "Russian Defense Ministry"] },
            new Source("az-mod", "Azerbaijani Ministry of Defence", SourceKind.Military) { Party = "azerbaijan" },
            new Source("artsakh-gov", "Artsakh authorities", SourceKind.Government) { Party = "artsakh" },
            new Source("beglaryan", "Artak Beglaryan", SourceKind.Individual) { Party = "artsakh" },
            new Source("yeni-safak", "Yeni Şafak", SourceKind.PartisanMedia) { Party = "turkey" },
            new Source("tass", "TASS", SourceKind.StateMedia) { Party = "russia" },
            new Source("ria", "RIA Novosti", SourceKind.StateMedia) { Party = "russia" },
            new Source("reuters", "Reuters", SourceKind.IndependentMedia),
            new Source("ru-peacekeepers", "Russian peacekeeping contingent", SourceKind.Military) { Party = "russia" },
            new Source("armenian-media", "Armenian media", SourceKind.Collective) { Party = "armenia" },
            new Source("unnamed", "Unnamed reports", SourceKind.Unknown),
        ],
        Places =
        [
            new Place("nagorno-karabakh", "Nagorno-Karabakh") { Kind = "region", Aliases = ["Karabakh"] },
            new Place("hadrut", "Hadrut") { Kind = "town", Parent = "nagorno-karabakh" },
            new Place("hin-tagher", "Hin Tagher") { Kind = "village", Aliases = ["Kohne Taghlar"], Parent = "hadrut" },
            new Place("parukh", "Parukh") { Kind = "village", Aliases = ["Farrukh"], Parent = "nagorno-karabakh" },
            new Place("stepanakert", "Stepanakert") { Kind = "city", Aliases = ["Khankendi", "Xankəndi"], Parent = "nagorno-karabakh" },
            new Place("rtjmc", "Russian-Turkish Joint Monitoring Centre") { Aliases = ["RTJMC"] },
            new Place("katirci-hill", "Katırcı") { Kind = "test" },
        ],
        Incidents =
        [
            new Incident("parukh-2022", "Parukh") { When = FuzzyDate.Parse("24-25 March 2022"), Places = ["parukh"] },
            new Incident("hadrut-2020", "Hadrut clashes") { When = FuzzyDate.Parse("mid-December 2020"), Places = ["hadrut"] },
            new Incident("deployment-2020", "Deployment") { When = FuzzyDate.Parse("November 2020"), Places = ["nagorno-karabakh"] },
            new Incident("sarybaba-2023", "Sarybaba advance") { When = FuzzyDate.Parse("25 March 2023") },
        ],
    };

    internal static Ledger Build(params Claim[] claims) => new LedgerBuilder().Add(World).AddClaim(claims).Build();

    /// <summary>A claim from terse parts: "party:azerbaijan", "withdrew-from", "place:parukh".</summary>
    internal static Claim Claim(
        string id,
        string speaker,
        string subject,
        string predicate,
        string? obj = null,
        string incident = "parukh-2022",
        Stance stance = Stance.Affirms,
        string? time = null,
        string? stated = null,
        string? quantity = null,
        string[]? relays = null,
        string? statedAfter = null,
        string? quote = null) =>
        new(id, incident,
            new Attribution(speaker)
            {
                Stated = stated is null ? null : FuzzyDate.Parse(stated),
                Relays = relays is null ? [] : [.. relays.Select(r => new SourceId(r))],
                StatedAfter = statedAfter is null ? (ClaimId?)null : new ClaimId(statedAfter),
                Quote = quote,
            },
            new Proposition(Term.Parse(subject), predicate, obj is null ? null : Term.Parse(obj)) { Time = time is null ? null : FuzzyDate.Parse(time) },
            stance)
        {
            Quantity = quantity is null ? null : Quantity.Parse(quantity),
        };
}

namespace ClaimLedger.Tests.Contradictions;

/// <summary>
/// A small made-up conflict with nothing of the seed's, for testing the vocabulary's semantics: two sides, their
/// ministries, a wire service, and places within places (two villages in a district in a province).
/// </summary>
internal static class Generic
{
    internal static LedgerBatch World { get; } = new()
    {
        Parties = [new Party("north", "North"), new Party("south", "South")],
        Sources =
        [
            new Source("north-mod", "North's Ministry of Defence", SourceKind.Military) { Party = "north" },
            new Source("north-army", "North's army", SourceKind.Military) { Party = "north" },
            new Source("south-mod", "South's Ministry of Defence", SourceKind.Military) { Party = "south" },
            new Source("wire", "Wire service", SourceKind.IndependentMedia),
            new Source("monitor", "Monitoring mission", SourceKind.InternationalBody),
        ],
        Places =
        [
            new Place("province", "Border Province") { Kind = "province" },
            new Place("district", "Valley District") { Kind = "district", Parent = "province" },
            new Place("village-a", "Alder") { Kind = "village", Parent = "district" },
            new Place("village-b", "Birch") { Kind = "village", Parent = "district" },
            new Place("elsewhere", "Far Town") { Kind = "town" },
        ],
        Incidents = [new Incident("clash", "Border clash") { When = FuzzyDate.Parse("3 March 2021"), Places = ["district"] }],
    };

    internal static Ledger Build(params Claim[] claims) => new LedgerBuilder().Add(World).AddClaim(claims).Build();

    internal static Ledger Build(IEnumerable<Predicate> predicates, params Claim[] claims) =>
        new LedgerBuilder().Add(World).AddPredicate([.. predicates]).AddClaim(claims).Build();

    /// <summary>A claim from terse parts: "party:north", "attacked", "party:south".</summary>
    internal static Claim Claim(
        string id,
        string speaker,
        string subject,
        string predicate,
        string? obj = null,
        Stance stance = Stance.Affirms,
        string? place = null,
        string? time = null,
        string? stated = null,
        string? quantity = null) =>
        new(id, "clash",
            new Attribution(speaker) { Stated = stated is null ? null : FuzzyDate.Parse(stated) },
            new Proposition(Term.Parse(subject), predicate, obj is null ? null : Term.Parse(obj))
            {
                Place = place is null ? (PlaceId?)null : new PlaceId(place),
                Time = time is null ? null : FuzzyDate.Parse(time),
            },
            stance)
        {
            Quantity = quantity is null ? null : Quantity.Parse(quantity),
        };
}

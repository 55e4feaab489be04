namespace ClaimLedger.Text;

/// <summary>
/// The vague wordings reports use instead of numbers, and the ranges this library reads them as.
/// The table is the single source for <see cref="Quantity.Vague"/>'s docs, parsing and printing.
/// </summary>
internal static class QuantityWordings
{
    /// <summary>Known wordings, longest first so "several dozen" wins over "several".</summary>
    internal static readonly IReadOnlyList<Entry> All = new Entry[]
    {
        // Plural wordings read naturally with "of" before the unit: "hundreds of people".
        new("hundreds of thousands", 200_000m, 999_999m, TakesOf: true),
        new("tens of thousands", 20_000m, 99_999m, TakesOf: true),
        new("several thousand", 3_000m, 9_000m, TakesOf: false),
        new("several hundred", 300m, 900m, TakesOf: false),
        new("a few thousand", 2_000m, 5_000m, TakesOf: false),
        new("a few hundred", 200m, 500m, TakesOf: false),
        new("several dozen", 36m, 108m, TakesOf: false),
        new("a few dozen", 24m, 60m, TakesOf: false),
        new("thousands", 2_000m, 9_999m, TakesOf: true),
        new("hundreds", 200m, 999m, TakesOf: true),
        new("several", 3m, 9m, TakesOf: false),
        new("dozens", 24m, 144m, TakesOf: true),
        new("a few", 2m, 5m, TakesOf: false),
    }.OrderByDescending(e => e.Wording.Length).ToArray();

    /// <summary>Finds a known wording ignoring case, or returns null.</summary>
    internal static Entry? Find(string wording) =>
        All.FirstOrDefault(e => string.Equals(e.Wording, wording, StringComparison.OrdinalIgnoreCase));

    /// <summary>A known wording, the range it is read as, and whether "of" joins it to the unit.</summary>
    internal sealed record Entry(string Wording, decimal Low, decimal High, bool TakesOf);
}

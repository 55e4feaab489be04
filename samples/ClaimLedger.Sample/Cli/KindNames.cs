using ClaimLedger.Contradictions;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// Contradiction kinds as the command line and the JSON write them: <c>IncompatibleValues</c> is
/// <c>incompatible-values</c>, as in the library's file format.
/// </summary>
/// <remarks>
/// The library spells its enums this way in files but keeps the helper internal, so the sample spells them out.
/// <c>Custom</c> is left out of what <c>--kind</c> accepts: the sample runs only the built-in rules.
/// </remarks>
internal static class KindNames
{
    private static readonly ImmutableArray<(ContradictionKind Kind, string Name)> Names =
    [
        (ContradictionKind.Denial, "denial"),
        (ContradictionKind.Retraction, "retraction"),
        (ContradictionKind.Reversal, "reversal"),
        (ContradictionKind.IncompatibleValues, "incompatible-values"),
        (ContradictionKind.MutualBlame, "mutual-blame"),
        (ContradictionKind.IncompatibleQuantities, "incompatible-quantities"),
        (ContradictionKind.OppositeCharacterisations, "opposite-characterisations"),
    ];

    /// <summary>Gets the names <c>--kind</c> accepts, in the enum's order.</summary>
    public static ImmutableArray<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>Gets the kebab-case name of a kind.</summary>
    public static string Of(ContradictionKind kind) =>
        Names.FirstOrDefault(n => n.Kind == kind).Name ?? "custom";

    /// <summary>Gets the kind with a kebab-case name; the name must be one of <see cref="All"/>.</summary>
    public static ContradictionKind Parse(string name) => Names.Single(n => n.Name == name).Kind;

    /// <summary>Gets a kind as a reader would say it: "incompatible quantities".</summary>
    public static string Words(ContradictionKind kind) => Of(kind).Replace('-', ' ');
}

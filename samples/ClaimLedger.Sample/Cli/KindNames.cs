using ClaimLedger.Contradictions;

namespace ClaimLedger.Sample.Cli;

/// <summary>The contradiction kinds <c>--kind</c> accepts, named by the library (<see cref="ContradictionKindNames"/>).</summary>
/// <remarks><c>Custom</c> is left out of what <c>--kind</c> accepts: the sample runs only the built-in rules.</remarks>
internal static class KindNames
{
    // The order of the help text: the kinds of one proposition first, then those between values.
    private static readonly ContradictionKind[] Offered =
    [
        ContradictionKind.Denial, ContradictionKind.Retraction, ContradictionKind.Reversal, ContradictionKind.IncompatibleValues,
        ContradictionKind.MutualBlame, ContradictionKind.IncompatibleQuantities, ContradictionKind.OppositeCharacterisations,
    ];

    /// <summary>Gets the names <c>--kind</c> accepts.</summary>
    public static ImmutableArray<string> All { get; } = [.. Offered.Select(k => k.ToKebabCase())];

    /// <summary>Gets the kebab-case name of a kind.</summary>
    public static string Of(ContradictionKind kind) => kind.ToKebabCase();

    /// <summary>Gets the kind with a kebab-case name in any case; the name must be one of <see cref="All"/>.</summary>
    public static ContradictionKind Parse(string name) =>
        ContradictionKindNames.TryParse(name.ToLowerInvariant(), out ContradictionKind kind) ? kind : throw new ArgumentException($"'{name}' is not a contradiction kind", nameof(name));
}

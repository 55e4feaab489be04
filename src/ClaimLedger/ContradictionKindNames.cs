using ClaimLedger.Contradictions;
using ClaimLedger.Internal;
using ClaimLedger.Serialization;

namespace ClaimLedger;

/// <summary>
/// The names of a <see cref="ContradictionKind"/>: in words for readers ("incompatible values") and in kebab case for
/// files, command lines and JSON ("incompatible-values"), with parsing of the kebab name. Every display uses these,
/// so a kind is named the same way everywhere.
/// </summary>
public static class ContradictionKindNames
{
    /// <summary>Gets a kind in kebab case, as files write it: <c>IncompatibleValues</c> is "incompatible-values".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToKebabCase(this ContradictionKind kind) => Kebab.Of(kind);

    /// <summary>Gets a kind as a reader would say it, in lower case: "incompatible values".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind in words.</returns>
    public static string ToWords(this ContradictionKind kind) => Kebab.Of(kind).Replace('-', ' ');

    /// <summary>Reads a kind from its kebab-case name, such as "mutual-blame".</summary>
    /// <param name="name">The name, exactly as <see cref="ToKebabCase"/> writes it.</param>
    /// <param name="kind">The kind, when the name is one.</param>
    /// <returns>Whether the name is a kind's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryParse(string name, out ContradictionKind kind) => Kebab.TryParse(Preconditions.CheckNotNull(name), out kind);
}

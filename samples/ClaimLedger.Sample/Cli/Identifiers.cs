namespace ClaimLedger.Sample.Cli;

/// <summary>
/// Whether user text can be an identifier. The id types throw for text that cannot be one ("Kohne Taghlar"), and the
/// library keeps its own check internal, so the sample repeats the rule to look a name up by id only when it can be one.
/// </summary>
internal static class Identifiers
{
    private const int MaxLength = 200;

    /// <summary>1 to 200 ASCII letters, digits, '-', '_', '.' or ':', as the library's id types require.</summary>
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= MaxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}

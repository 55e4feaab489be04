using System.Globalization;
using ClaimLedger.Internal;

namespace ClaimLedger.Validation;

/// <summary>
/// What every text field of a ledger must be: well-formed UTF-16 (no lone surrogate, which no file can hold and
/// which cannot be saved as UTF-8) without control characters other than tab, carriage return and line feed (which
/// would reach terminals and reports as commands rather than text).
/// </summary>
internal static class TextCheck
{
    /// <summary>Whether the text is clean; null counts as clean (absence is checked elsewhere).</summary>
    internal static bool IsClean(string? text) => text is null || FirstBad(text) < 0;

    /// <summary>Whether every text is clean; a default array counts as clean.</summary>
    internal static bool AllClean(ImmutableArray<string> texts)
    {
        if (texts.IsDefault)
        {
            return true;
        }

        foreach (string text in texts)
        {
            if (!IsClean(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a term's words are clean (entity terms are identifiers, checked as such).</summary>
    internal static bool IsClean(Term? term) => term is null || term.Kind != TermKind.Text || IsClean(term.Value);

    /// <summary>Whether a quantity's unit and wording are clean.</summary>
    internal static bool IsClean(Quantity? quantity) => quantity is null || (IsClean(quantity.Unit) && IsClean(quantity.Wording));

    /// <summary>Says what is wrong with text that is not clean, naming the character and where it is.</summary>
    internal static string Describe(string text)
    {
        int at = FirstBad(text);
        if (at < 0)
        {
            return "the text is well-formed";
        }

        char c = text[at];
        string where = (at + 1).ToString(CultureInfo.InvariantCulture);
        string code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return char.IsSurrogate(c)
            ? $"the text is not valid Unicode: it has a lone surrogate U+{code} at character {where}, which no file can hold"
            : $"the text has the control character U+{code} at character {where}; only tab, carriage return and line feed are allowed";
    }

    /// <summary>The index of the first lone surrogate or disallowed control character, or -1.</summary>
    private static int FirstBad(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The echo of text in a message about it: bounded and escaped.</summary>
    internal static string Echo(string text) => UserText.Echo(text);
}

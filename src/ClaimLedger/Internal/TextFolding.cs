using System.Globalization;
using System.Text;

namespace ClaimLedger.Internal;

/// <summary>
/// Folds names to a lookup key that ignores case, diacritics, dashes and spacing, so that
/// "Katirci" finds "Katırcı" and "kohne  taghlar" finds "Kohne Taghlar".
/// </summary>
internal static class TextFolding
{
    internal static string Fold(string text)
    {
        Preconditions.CheckNotNull(text);

        // Normalize throws on invalid UTF-16; a key for lookup can stand a lone surrogate in as U+FFFD instead
        // (validation refuses such text in a ledger, but a term or a search must not throw for it).
        string decomposed = WellFormed(text).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char raw in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(raw) || category is UnicodeCategory.DashPunctuation || raw is '_' or '\'' or '’' or '‘' or '`' or '"' or '“' or '”' or '.' or ',')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(builder, char.ToLowerInvariant(raw));
        }

        return builder.ToString();
    }

    private static string WellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (int j = 0; j < source.Length; j++)
                    {
                        bool pair = char.IsHighSurrogate(source[j]) && j + 1 < source.Length && char.IsLowSurrogate(source[j + 1]);
                        if (pair)
                        {
                            span[j] = source[j];
                            span[j + 1] = source[j + 1];
                            j++;
                        }
                        else
                        {
                            span[j] = char.IsSurrogate(source[j]) ? '\uFFFD' : source[j];
                        }
                    }
                });
            }
        }

        return text;
    }

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ı': builder.Append('i'); break;
            case 'ə': builder.Append('e'); break;
            case 'ø': builder.Append('o'); break;
            case 'ł': builder.Append('l'); break;
            case 'đ': builder.Append('d'); break;
            case 'ħ': builder.Append('h'); break;
            case 'æ': builder.Append("ae"); break;
            case 'œ': builder.Append("oe"); break;
            case 'ß': builder.Append("ss"); break;
            default: builder.Append(c); break;
        }
    }
}

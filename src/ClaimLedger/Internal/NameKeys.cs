using System.Text;
using AnyAscii;

namespace ClaimLedger.Internal;

/// <summary>
/// The lookup keys of a place's name: its folded form (<see cref="TextFolding.Fold"/>) and the folded forms of its
/// transliterations to ASCII, so that "Шуша", "Şuşa" and "Shusha" meet. Cyrillic and Armenian go through AnyAscii;
/// Azerbaijani Latin, which AnyAscii only strips of accents ("Şuşa" to "Susa"), also gets the English spellings
/// journalists use (ş to sh, ç to ch, ğ to gh, x to kh, c to j, and ə to a or e, both being common).
/// </summary>
internal static class NameKeys
{
    // Letters that mark a name as Azerbaijani (or Turkish) Latin rather than English.
    private const string AzerbaijaniMarkers = "əƏşŞçÇğĞıİ";

    /// <summary>Returns the distinct lookup keys of a name, the plain folded form first.</summary>
    internal static IReadOnlyList<string> For(string name)
    {
        string folded = TextFolding.Fold(name);
        if (IsAscii(name))
        {
            return [folded];
        }

        var keys = new List<string>(4) { folded };
        AddKey(keys, TextFolding.Fold(Transliterate(name)));
        if (name.AsSpan().IndexOfAny(AzerbaijaniMarkers) >= 0)
        {
            AddKey(keys, TextFolding.Fold(Transliterate(Azerbaijani(name, 'a'))));
            AddKey(keys, TextFolding.Fold(Transliterate(Azerbaijani(name, 'e'))));
        }

        return keys;
    }

    private static void AddKey(List<string> keys, string key)
    {
        if (key.Length > 0 && !keys.Contains(key, StringComparer.Ordinal))
        {
            keys.Add(key);
        }
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c > '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Transliterates every character outside ASCII. The apostrophes AnyAscii writes for Armenian aspirates and the
    /// Russian soft sign ("Step'anakert", "Nakhichevan'") are dropped: folding would read them as word breaks and no
    /// one types them. Armenian "ու" is the vowel u, which AnyAscii spells letter by letter ("ow").
    /// </summary>
    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c <= '\u007f')
            {
                builder.Append(c);
                continue;
            }

            if (c is 'ո' or 'Ո' && i + 1 < text.Length && text[i + 1] == 'ւ')
            {
                builder.Append(c == 'Ո' ? 'U' : 'u');
                i++;
                continue;
            }

            int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            string ascii = text.Substring(i, length).Transliterate();
            foreach (char a in ascii)
            {
                if (a is not ('\'' or '"'))
                {
                    builder.Append(a);
                }
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    private static string Azerbaijani(string text, char schwa)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                'ş' => "sh",
                'Ş' => "Sh",
                'ç' => "ch",
                'Ç' => "Ch",
                'ğ' => "gh",
                'Ğ' => "Gh",
                'x' => "kh",
                'X' => "Kh",
                'c' => "j",
                'C' => "J",
                'ı' => "i",
                'İ' => "I",
                'ə' => schwa.ToString(),
                'Ə' => char.ToUpperInvariant(schwa).ToString(),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}

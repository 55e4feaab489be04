using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimLedger.Benchmarks.BookAuthor;

/// <summary>
/// The benchmark's usual rule for comparing author lists: lower case, accents and punctuation removed, each author
/// reduced to "last first-given-name", the authors sorted. The same rule is applied to every listing and to the
/// golden answers, so a listing matches when it names the same people in any order and format.
/// </summary>
/// <remarks>
/// Listings come in many formats: "Knuth, Donald E.", "Donald E. Knuth", "Aho, Alfred V.; Sethi, Ravi",
/// "Ron Goldman, Richard P. Gabriel", "By (author) Calvert, Kenneth L. By (author) Donahoo, Michael J.",
/// "Kaplan, Joseph E. (Author) Dunn, Ryan (Author)", HTML entities. Authors are split on ';', '/', '&amp;', " and " and
/// on role marks; a comma either separates "last, first" or separates authors: when the comma-separated parts come in
/// pairs whose first part is one word, they are "last, first" pairs, otherwise each part is a whole name
/// ("first ... last").
/// </remarks>
public static partial class AuthorNames
{
    private static readonly string[] Suffixes = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "dr", "prof", "mr", "mrs", "ms"];

    /// <summary>Normalises an author list; null when it names nobody ("Not Available", empty, or only marks).</summary>
    /// <param name="raw">The list as the listing gives it.</param>
    /// <returns>Such as "aho alfred; sethi ravi; ullman jeffrey", or null.</returns>
    public static string? Normalise(string raw)
    {
        string text = Fold(WebUtility.HtmlDecode(raw ?? string.Empty)).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(text) || text.Trim() is "not available" or "n/a" or "na" or "unknown")
        {
            return null;
        }

        text = RoleMark().Replace(text, ";");
        text = Parenthetical().Replace(text, ";");
        text = Separator().Replace(text, ";");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string group in text.Split(';'))
        {
            foreach (string name in NamesIn(group))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static IEnumerable<string> NamesIn(string group)
    {
        List<string[]> parts = [.. group.Split(',').Select(Words).Where(w => w.Length > 0)];
        if (parts.Count == 0)
        {
            yield break;
        }

        bool pairs = parts.Count >= 2 && Enumerable.Range(0, parts.Count / 2).All(k => parts[2 * k].Length == 1);
        if (pairs)
        {
            for (int k = 0; k + 1 < parts.Count; k += 2)
            {
                yield return $"{parts[k][0]} {parts[k + 1][0]}";
            }

            if (parts.Count % 2 == 1)
            {
                yield return Whole(parts[^1]);
            }

            yield break;
        }

        foreach (string[] whole in parts)
        {
            yield return Whole(whole);
        }
    }

    // "first ... last": the last word and the first given name; a lone word is a surname.
    private static string Whole(string[] words) => words.Length == 1 ? words[0] : $"{words[^1]} {words[0]}";

    // Initials are words ("j.n." is "j n"); other punctuation joins ("conry-murray", "o'reilly"); titles and suffixes go.
    private static string[] Words(string part)
    {
        var clean = new StringBuilder(part.Length);
        foreach (char c in part.Replace('.', ' '))
        {
            if (char.IsLetter(c) || c == ' ')
            {
                clean.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                clean.Append(' ');
            }
        }

        return [.. clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w))];
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\bby\s*\(\s*author\s*\)|^\s*by\s+|\((?:joint\s+)?(?:author|editor|illustrator|translator|contributor|compiler)s?\)")]
    private static partial Regex RoleMark();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[;/&|]|\band\b|\bwith\b")]
    private static partial Regex Separator();
}

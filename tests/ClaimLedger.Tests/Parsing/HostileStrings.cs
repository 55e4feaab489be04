using FsCheck;
using FsCheck.Fluent;

namespace ClaimLedger.Tests.Parsing;

/// <summary>
/// Strings as hostile hands make them: any UTF-16 (lone surrogates, NULs, control characters), digits of other
/// scripts, every kind of white space, and soups of the parsers' own words, so that both the failure paths and the
/// success paths (where round trips can break) are reached.
/// </summary>
internal static class HostileStrings
{
    private static readonly string[] Tokens =
    [
        // Dates.
        "27", "3", "31", "30", "2022", "0001", "9999", "10000", "2020-03-27", "March", "mar.", "Sept", "December", "between",
        "and", "-", "\u2013", "\u2014", "\u2212", "to", "until", "through", "mid", "mid-", "early", "late", "of", "since", "by", "around", "circa", "~",
        "00:00", "7:00", "23:59:59.5", "24:00", "at", "Moscow Time", "UTC", "(Europe/Kyiv)", "Europe/Moscow", "(Nowhere/Land)",
        "evening", "morning", "the", "on", "in", "th", "st", ",", ".", ";", ":",
        // Digits that are not 0-9.
        "\uFF12", "\uFF10\uFF12\uFF12", "\u0661\u0662", "\u06F5", "\u0966", "\u1040", "\U0001D7D8",
        // Quantities.
        "several", "dozen", "dozens", "a few", "hundreds", "thousands", "tens of thousands", "thousand", "million", "billion", "hundred",
        "about", "approx.", "some", "at least", "over", "more than", "up to", "at most", "fewer than", "nearly", "a total of", "exactly",
        "5", "0", "1,000", "1,00", "1.5", "0.0000000000000000000000000001", "79228162514264337593543950335", "99999999999999999999999999999",
        "+", "(", ")", "(3-5)", "(40\u201310)", "men", "servicemen", "a", "an", "five", "twenty", "one", "zero", "nineteen", "-5", "\u22125",
        // Terms, grades and identifiers.
        "party:", "place:", "text:", "source:", "incident:", "az", "B2", "b2", "F6", "G7", "ru-mod",
        // White space and worse.
        " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2028", "\u3000", "\0", "\u001B[31m", "\uFEFF", "\u202E", "\uD800", "\uDC00", "\uD83D\uDE00",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "\n", "  ", "-", ","];

    /// <summary>Gets hostile strings of up to a few dozen characters.</summary>
    internal static Arbitrary<string> Any { get; } = Arb.From(Gen.OneOf(RandomUtf16(), TokenSoup(), TokenSoup(), Mutated()));

    private static Gen<string> RandomUtf16() =>
        from chars in Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf()
        select new string(chars);

    private static Gen<string> TokenSoup() =>
        from count in Gen.Choose(1, 8)
        from parts in Gen.Elements(Tokens).ArrayOf(count)
        from separators in Gen.Elements(Separators).ArrayOf(count)
        select string.Concat(parts.Zip(separators, (p, s) => p + s)).TrimEnd(' ');

    private static Gen<string> Mutated() =>
        from text in TokenSoup()
        from position in Gen.Choose(0, 1000)
        from c in Gen.Choose(0, 0xFFFF)
        from kind in Gen.Choose(0, 2)
        select Mutate(text, position % (text.Length + 1), (char)c, kind);

    private static string Mutate(string text, int position, char c, int kind) => kind switch
    {
        0 => text.Insert(position, c.ToString()),
        1 when position < text.Length => text.Remove(position, 1),
        _ when position < text.Length => string.Concat(text.AsSpan(0, position), c.ToString(), text.AsSpan(position + 1)),
        _ => text + c,
    };
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimLedger;

/// <summary>
/// Reads quantities as reports word them: a vague wording, or an optional bound, a number (or a
/// range of two), then the unit. Errors are reasons; <see cref="Quantity.TryParse"/> wraps them in a
/// message that quotes the text.
/// </summary>
internal static partial class QuantityParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>Bound phrases, longest first so "no more than" wins over "more than".</summary>
    private static readonly (string Phrase, QuantityBound Bound)[] Bounds = new (string, QuantityBound)[]
    {
        ("approximately", QuantityBound.About), ("approx.", QuantityBound.About), ("approx", QuantityBound.About),
        ("about", QuantityBound.About), ("around", QuantityBound.About), ("roughly", QuantityBound.About),
        ("some", QuantityBound.About), ("an estimated", QuantityBound.About), ("estimated", QuantityBound.About),
        ("circa", QuantityBound.About),
        ("at least", QuantityBound.AtLeast), ("no fewer than", QuantityBound.AtLeast), ("no less than", QuantityBound.AtLeast),
        ("a minimum of", QuantityBound.AtLeast),
        ("over", QuantityBound.MoreThan), ("more than", QuantityBound.MoreThan), ("above", QuantityBound.MoreThan),
        ("upwards of", QuantityBound.MoreThan), ("in excess of", QuantityBound.MoreThan),
        ("at most", QuantityBound.AtMost), ("up to", QuantityBound.AtMost), ("no more than", QuantityBound.AtMost),
        ("a maximum of", QuantityBound.AtMost),
        ("fewer than", QuantityBound.FewerThan), ("less than", QuantityBound.FewerThan), ("under", QuantityBound.FewerThan),
        ("below", QuantityBound.FewerThan),
        ("nearly", QuantityBound.Nearly), ("almost", QuantityBound.Nearly), ("close to", QuantityBound.Nearly),
        ("just under", QuantityBound.Nearly),
        ("between", QuantityBound.Between), ("from", QuantityBound.Between),
        ("a total of", QuantityBound.Exact), ("exactly", QuantityBound.Exact),
    }.OrderByDescending(b => b.Item1.Length).ToArray();

    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    };

    private enum Last
    {
        None,
        Article,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Dozen,
    }

    internal static bool TryParse(string text, [NotNullWhen(true)] out Quantity? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        string s = text.Trim();
        if (s.Length == 0)
        {
            error = QuantityErrors.Empty;
            return false;
        }

        Match custom = CustomVague().Match(s);
        if (custom.Success)
        {
            if (!TryDigits(custom.Groups["lo"].Value, out decimal lo, out error)
                || !TryDigits(custom.Groups["hi"].Value, out decimal hi, out error))
            {
                return false;
            }

            return Build(() => Quantity.Vague(custom.Groups["w"].Value, lo, hi, custom.Groups["unit"].Value), lo, hi, out result, out error);
        }

        foreach (QuantityWordings.Entry entry in QuantityWordings.All)
        {
            if (StartsWithPhrase(s, entry.Wording))
            {
                string unit = s[entry.Wording.Length..].TrimStart();
                if (entry.TakesOf && unit.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
                {
                    unit = unit[3..];
                }

                result = Quantity.Vague(entry.Wording, entry.Low, entry.High, unit);
                error = null;
                return true;
            }
        }

        QuantityBound bound = QuantityBound.Exact;
        bool boundWritten = false;
        int position = 0;
        foreach ((string phrase, QuantityBound b) in Bounds)
        {
            if (StartsWithPhrase(s, phrase))
            {
                bound = b;
                boundWritten = true;
                position = phrase.Length;
                break;
            }
        }

        if (!TryReadNumber(s, ref position, out decimal value, out error))
        {
            error ??= QuantityErrors.NoNumber(text);
            return false;
        }

        // A range: "between 10 and 20", "from 10 to 20", "10-20", "10 to 20". Other bounds take one number.
        if (bound == QuantityBound.Between || !boundWritten)
        {
            Match separator = (bound == QuantityBound.Between ? BetweenSeparator() : RangeSeparator()).Match(s, position);
            if (separator.Success && separator.Index == position)
            {
                int afterSeparator = position + separator.Length;
                if (TryReadNumber(s, ref afterSeparator, out decimal high, out error))
                {
                    string rangeUnit = s[afterSeparator..];
                    decimal low = value;
                    return Build(() => Quantity.Between(low, high, rangeUnit), low, high, out result, out error);
                }

                if (error is not null)
                {
                    return false;
                }
            }

            if (bound == QuantityBound.Between)
            {
                error = QuantityErrors.NoSecondNumber(text);
                return false;
            }

            // "300+" is how reports write "300 or more".
            if (position < s.Length && s[position] == '+')
            {
                bound = QuantityBound.AtLeast;
                position++;
            }
        }
        else
        {
            // "about 10-20": a hedge on a range has no single reading, so say so rather than guess.
            Match separator = RangeSeparator().Match(s, position);
            int afterSeparator = position + separator.Length;
            if (separator.Success && separator.Index == position && TryReadNumber(s, ref afterSeparator, out _, out _))
            {
                error = QuantityErrors.BoundOnRange(text);
                return false;
            }
        }

        string rest = s[position..];
        QuantityBound final = bound;
        decimal number = value;
        return Build(() => final switch
        {
            QuantityBound.About => Quantity.About(number, rest),
            QuantityBound.AtLeast => Quantity.AtLeast(number, rest),
            QuantityBound.MoreThan => Quantity.MoreThan(number, rest),
            QuantityBound.AtMost => Quantity.AtMost(number, rest),
            QuantityBound.FewerThan => Quantity.FewerThan(number, rest),
            QuantityBound.Nearly => Quantity.Nearly(number, rest),
            _ => Quantity.Exactly(number, rest),
        }, number, number, out result, out error);
    }

    private static bool Build(Func<Quantity> make, decimal low, decimal high, [NotNullWhen(true)] out Quantity? result, [NotNullWhen(false)] out string? error)
    {
        if (low > high)
        {
            result = null;
            error = QuantityErrors.RangeBackwards(low, high);
            return false;
        }

        try
        {
            result = make();
            error = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            // "fewer than 0" and similar: the factory's guard explains it.
            result = null;
            error = ex.Message.TrimEnd('.');
            return false;
        }
    }

    private static bool StartsWithPhrase(string s, string phrase) =>
        s.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
        && (s.Length == phrase.Length || char.IsWhiteSpace(s[phrase.Length]));

    /// <summary>
    /// Reads a number at <paramref name="position"/>, skipping leading spaces, and moves past it.
    /// Returns false with a null error when there is no number there.
    /// </summary>
    private static bool TryReadNumber(string s, ref int position, out decimal value, out string? error)
    {
        value = 0;
        error = null;
        int start = position;
        while (start < s.Length && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        Match digits = Digits().Match(s, start);
        if (digits.Success && digits.Index == start)
        {
            int end = start + digits.Length;
            if (end + 1 < s.Length && s[end] is ',' or '.' && char.IsDigit(s[end + 1]))
            {
                error = QuantityErrors.MalformedNumber(s[start..].Split(' ')[0]);
                return false;
            }

            if (!TryDigits(digits.Value, out value, out error))
            {
                return false;
            }

            Match scale = ScaleAfterDigits().Match(s, end);
            if (scale.Success && scale.Index == end)
            {
                string scaleWord = scale.Groups["s"].Value;
                decimal factor = scaleWord.Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100m
                    : scaleWord.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? 12m
                    : Scales[scaleWord];
                try
                {
                    value *= factor;
                }
                catch (OverflowException)
                {
                    error = QuantityErrors.TooLarge(s[start..(end + scale.Length)]);
                    return false;
                }

                end += scale.Length;
            }

            position = end;
            return true;
        }

        return TryReadWords(s, start, ref position, out value);
    }

    private static bool TryReadWords(string s, int start, ref int position, out decimal value)
    {
        decimal total = 0;
        decimal current = 0;
        Last last = Last.None;
        int committed = -1;
        int cursor = start;
        bool pendingAnd = false;

        while (true)
        {
            Match word = Word().Match(s, cursor);
            if (!word.Success || word.Index != cursor)
            {
                break;
            }

            string w = word.Groups["w"].Value;
            int next = cursor + word.Length;
            bool groupOpen = last is Last.None or Last.Hundred or Last.Scale;

            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && !pendingAnd && last is Last.Hundred or Last.Scale)
            {
                pendingAnd = true;
            }
            else if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && last == Last.None)
            {
                current = 1;
                last = Last.Article;
            }
            else if (Small.TryGetValue(w, out int small) && (groupOpen || (last == Last.Tens && small is > 0 and < 10)))
            {
                if (small == 0 && last != Last.None)
                {
                    break;
                }

                current += small;
                last = small < 10 ? Last.Unit : Last.Teen;
            }
            else if (Tens.TryGetValue(w, out int tens) && groupOpen)
            {
                current += tens;
                last = Last.Tens;
            }
            else if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && last is Last.Article or Last.Unit or Last.Teen or Last.Tens && current < 100)
            {
                current *= 100;
                last = Last.Hundred;
            }
            else if (Scales.TryGetValue(w, out decimal scale) && last is Last.Article or Last.Unit or Last.Teen or Last.Tens or Last.Hundred && current > 0)
            {
                total += current * scale;
                current = 0;
                last = Last.Scale;
            }
            else if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase) && last is Last.Article or Last.Unit or Last.Teen or Last.Tens)
            {
                total += current * 12;
                current = 0;
                last = Last.Dozen;
            }
            else
            {
                break;
            }

            if (w.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                cursor = next;
                continue;
            }

            pendingAnd = false;
            cursor = next;
            if (last != Last.Article)
            {
                committed = cursor;
            }

            if (last == Last.Dozen)
            {
                break;
            }
        }

        // A trailing "and" or a lone article adds nothing to the value, and is left for the unit.
        value = total + current;
        if (committed < 0)
        {
            value = 0;
            return false;
        }

        position = committed;
        return true;
    }

    private static bool TryDigits(string written, out decimal value, [NotNullWhen(false)] out string? error)
    {
        if (decimal.TryParse(written.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        error = QuantityErrors.TooLarge(written);
        return false;
    }

    [GeneratedRegex(@"^(?<w>[^\d()]+?)\s*\(\s*(?<lo>[\d,]+(?:\.\d+)?)\s*(?:-|\u2013|\u2014|to)\s*(?<hi>[\d,]+(?:\.\d+)?)\s*\)(?:\s+(?<unit>.*))?$", Options | RegexOptions.Singleline)]
    private static partial Regex CustomVague();

    [GeneratedRegex(@"\G(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", Options)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G\s+(?<s>hundred|thousand|million|billion|dozen)\b", Options)]
    private static partial Regex ScaleAfterDigits();

    [GeneratedRegex(@"\G[\s-]*(?<w>[a-z]+)\b", Options)]
    private static partial Regex Word();

    [GeneratedRegex(@"\G\s*(?:-|\u2013|\u2014|\s+to\s+)\s*", Options)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\G\s*(?:-|\u2013|\u2014|\s+to\s+|\s+and\s+)\s*", Options)]
    private static partial Regex BetweenSeparator();
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimLedger.Text;

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
        if (!TryRead(text, out result, out error))
        {
            return false;
        }

        // A value that would not survive being written and read back would change silently on the next save of a
        // ledger ("9999to 1,000 men" is 9,999 of "to 1,000 men", printed "9,999 to 1,000 men", which is a range).
        // Such text is refused, with the reason, rather than stored.
        if (!TryRead(result.ToString(), out Quantity? again, out _) || !again.Equals(result))
        {
            error = QuantityErrors.NotRoundTrip(result.Unit ?? result.Wording ?? string.Empty, result.ToString());
            result = null;
            return false;
        }

        return true;
    }

    private static bool TryRead(string text, [NotNullWhen(true)] out Quantity? result, [NotNullWhen(false)] out string? error)
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
            if (MatchPhrase(s, 0, entry.Wording) is int length and > 0)
            {
                string unit = s[length..].TrimStart();
                if (entry.TakesOf && MatchPhrase(unit, 0, "of") is int of and > 0 && of < unit.Length)
                {
                    unit = unit[of..].TrimStart();
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
            if (MatchPhrase(s, 0, phrase) is int length and > 0)
            {
                bound = b;
                boundWritten = true;
                position = length;
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
            if (separator.Success && separator.Index == position)
            {
                if (TryReadNumber(s, ref afterSeparator, out _, out string? secondError))
                {
                    error = QuantityErrors.BoundOnRange(text);
                    return false;
                }

                // A second number that cannot be read ("about 10 - -5") is refused as it is without a bound, so
                // that the printed form, which may have no bound, reads the same.
                if (secondError is not null)
                {
                    error = secondError;
                    return false;
                }
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
            // "fewer than 0" and similar: the factory's guard explains it. Its message is ours up to the first
            // line break; .NET appends the parameter name and the value after it.
            result = null;
            string message = ex.Message;
            int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            int line = message.IndexOfAny(['\r', '\n']);
            int cut = parameter >= 0 ? parameter : line >= 0 ? line : message.Length;
            error = message[..cut].TrimEnd('.');
            return false;
        }
    }

    /// <summary>
    /// Matches a phrase at <paramref name="start"/>, ignoring case, where each space of the phrase stands for any run
    /// of white space ("several\ndozen" is "several dozen"); the phrase must end at white space or at the end.
    /// Returns the length matched, or -1.
    /// </summary>
    /// <remarks>
    /// Reading a line break or a double space as a space keeps <c>Parse(q.ToString())</c> equal to <c>q</c>: the
    /// printed form has single spaces, so the parse of the original text must not depend on which white space it had.
    /// </remarks>
    private static int MatchPhrase(string s, int start, string phrase)
    {
        int i = start;
        foreach (string word in phrase.Split(' '))
        {
            if (i > start)
            {
                int spaces = i;
                while (i < s.Length && char.IsWhiteSpace(s[i]))
                {
                    i++;
                }

                if (i == spaces)
                {
                    return -1;
                }
            }

            if (i + word.Length > s.Length || string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return -1;
            }

            i += word.Length;
        }

        return i == s.Length || char.IsWhiteSpace(s[i]) ? i - start : -1;
    }

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

        if (start < s.Length && char.IsDigit(s[start]) && !char.IsAsciiDigit(s[start]))
        {
            error = QuantityErrors.NonAsciiDigit(s[start]);
            return false;
        }

        if (start + 1 < s.Length && s[start] is '-' or '\u2212' && char.IsAsciiDigit(s[start + 1]))
        {
            error = QuantityErrors.NegativeNumber(FirstWord(s, start));
            return false;
        }

        Match digits = Digits().Match(s, start);
        if (digits.Success && digits.Index == start)
        {
            int end = start + digits.Length;
            if (end + 1 < s.Length && s[end] is ',' or '.' && char.IsAsciiDigit(s[end + 1]))
            {
                error = QuantityErrors.MalformedNumber(FirstWord(s, start));
                return false;
            }

            if (!TryDigits(digits.Value, out value, out error))
            {
                return false;
            }

            return TryScales(s, start, end, ref value, ref position, out error);
        }

        if (!TryReadWords(s, start, ref position, out value))
        {
            return false;
        }

        return TryScales(s, start, position, ref value, ref position, out error);
    }

    /// <summary>
    /// Multiplies by every scale word that follows the number ("1 hundred thousand", "a dozen thousand"), so that
    /// the unit never starts with one: the printed form has the number in digits, and a scale word after digits
    /// would be read as part of it.
    /// </summary>
    private static bool TryScales(string s, int start, int end, ref decimal value, ref int position, out string? error)
    {
        error = null;
        for (Match scale = ScaleAfterDigits().Match(s, end); scale.Success && scale.Index == end; scale = ScaleAfterDigits().Match(s, end))
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

    private static string FirstWord(string s, int start)
    {
        int end = start;
        while (end < s.Length && !char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        return s[start..end];
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
        string plain = written.Replace(",", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        error = plain.Any(char.IsAsciiDigit) ? QuantityErrors.TooLarge(written) : QuantityErrors.MalformedNumber(written);
        return false;
    }

    [GeneratedRegex(@"^(?<w>[^0-9()]+?)\s*\(\s*(?<lo>[0-9,]+(?:\.[0-9]+)?)\s*(?:-|\u2013|\u2014|to)\s*(?<hi>[0-9,]+(?:\.[0-9]+)?)\s*\)(?:\s+(?<unit>.*))?$", Options | RegexOptions.Singleline)]
    private static partial Regex CustomVague();

    [GeneratedRegex(@"\G(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?", Options)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G\s*(?<s>hundred|thousand|million|billion|dozen)\b", Options)]
    private static partial Regex ScaleAfterDigits();

    [GeneratedRegex(@"\G[\s-]*(?<w>[a-z]+)\b", Options)]
    private static partial Regex Word();

    [GeneratedRegex(@"\G\s*(?:-|\u2013|\u2014|\s+to\s+)\s*", Options)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\G\s*(?:-|\u2013|\u2014|\s+to\s+|\s+and\s+)\s*", Options)]
    private static partial Regex BetweenSeparator();
}

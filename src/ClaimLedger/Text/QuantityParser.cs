using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimLedger.Text;

/// <summary>
/// Reads quantities as reports word them: a vague wording, or an optional bound, a number (or a
/// range of two), then the unit. A failure's error is a reason; <see cref="Quantity.TryParse(string, out Quantity, out string)"/> wraps it in a
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

    internal static ParseResult<Quantity> Parse(string text)
    {
        ParseResult<Quantity> read = Read(text);
        if (!read.Success)
        {
            return read;
        }

        // A value that would not survive being written and read back would change silently on the next save of a
        // ledger ("9999to 1,000 men" is 9,999 of "to 1,000 men", printed "9,999 to 1,000 men", which is a range).
        // Such text is refused, with the reason, rather than stored.
        Quantity result = read.Value;
        ParseResult<Quantity> again = Read(result.ToString());
        if (!again.Success || !again.Value.Equals(result))
        {
            return Fail(() => QuantityErrors.NotRoundTrip(result.Unit ?? result.Wording ?? string.Empty, result.ToString()));
        }

        return read;
    }

    private static ParseResult<Quantity> Read(string text)
    {
        string s = text.Trim();
        if (s.Length == 0)
        {
            return Fail(() => QuantityErrors.Empty);
        }

        Match custom = CustomVague().Match(s);
        if (custom.Success)
        {
            ParseResult<decimal> lo = ReadDigits(custom.Groups["lo"].Value);
            if (!lo.Success)
            {
                return lo.ConvertError<Quantity>();
            }

            ParseResult<decimal> hi = ReadDigits(custom.Groups["hi"].Value);
            if (!hi.Success)
            {
                return hi.ConvertError<Quantity>();
            }

            // The pattern keeps ASCII digits and parentheses out of the wording, but not other digits ("٣ (1-2) men").
            string wording = custom.Groups["w"].Value;
            string customUnit = custom.Groups["unit"].Value;
            Func<string>? badWording = Quantity.IsWording(wording) ? null : () => QuantityErrors.BadWording(wording);
            return Build(() => Quantity.Vague(wording, lo.Value, hi.Value, customUnit), lo.Value, hi.Value, badWording);
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

                return ParseResult<Quantity>.ForValue(Quantity.Vague(entry.Wording, entry.Low, entry.High, unit));
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

        ParseResult<decimal>? number = ReadNumber(s, ref position);
        if (number is null)
        {
            return Fail(() => QuantityErrors.NoNumber(text));
        }

        if (!number.Success)
        {
            return number.ConvertError<Quantity>();
        }

        decimal value = number.Value;

        // A range: "between 10 and 20", "from 10 to 20", "10-20", "10 to 20". Other bounds take one number.
        if (bound == QuantityBound.Between || !boundWritten)
        {
            Match separator = (bound == QuantityBound.Between ? BetweenSeparator() : RangeSeparator()).Match(s, position);
            if (separator.Success && separator.Index == position)
            {
                int afterSeparator = position + separator.Length;
                ParseResult<decimal>? second = ReadNumber(s, ref afterSeparator);
                if (second is { Success: true })
                {
                    string rangeUnit = s[afterSeparator..];
                    decimal low = value, high = second.Value;
                    return Build(() => Quantity.Between(low, high, rangeUnit), low, high, guard: null);
                }

                if (second is not null)
                {
                    return second.ConvertError<Quantity>();
                }
            }

            if (bound == QuantityBound.Between)
            {
                return Fail(() => QuantityErrors.NoSecondNumber(text));
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
                ParseResult<decimal>? second = ReadNumber(s, ref afterSeparator);
                if (second is { Success: true })
                {
                    return Fail(() => QuantityErrors.BoundOnRange(text));
                }

                // A second number that cannot be read ("about 10 - -5") is refused as it is without a bound, so
                // that the printed form, which may have no bound, reads the same.
                if (second is not null)
                {
                    return second.ConvertError<Quantity>();
                }
            }
        }

        string rest = s[position..];
        QuantityBound final = bound;

        // "fewer than 0" and "nearly 0" describe no count; the factory would refuse them.
        Func<string>? noCount = value == 0 && !Quantity.AdmitsZero(final) ? () => Quantity.ZeroProblem(value) : null;
        return Build(() => final switch
        {
            QuantityBound.About => Quantity.About(value, rest),
            QuantityBound.AtLeast => Quantity.AtLeast(value, rest),
            QuantityBound.MoreThan => Quantity.MoreThan(value, rest),
            QuantityBound.AtMost => Quantity.AtMost(value, rest),
            QuantityBound.FewerThan => Quantity.FewerThan(value, rest),
            QuantityBound.Nearly => Quantity.Nearly(value, rest),
            _ => Quantity.Exactly(value, rest),
        }, value, value, noCount);
    }

    /// <summary>
    /// Calls a factory once its guards are known to pass, so that nothing here throws and catches. The numbers read
    /// are never negative (a minus sign is refused where the number is read), so the guards left are a backwards
    /// range, checked here, and the one the caller passes in as <paramref name="guard"/>.
    /// </summary>
    /// <remarks>A guard's text ends with a full stop as an exception message; here it is a reason inside <see cref="QuantityErrors.CannotRead"/>, so it has none.</remarks>
    private static ParseResult<Quantity> Build(Func<Quantity> make, decimal low, decimal high, Func<string>? guard)
    {
        if (low > high)
        {
            return Fail(() => QuantityErrors.RangeBackwards(low, high));
        }

        if (guard is not null)
        {
            return Fail(() => guard().TrimEnd('.'));
        }

        return ParseResult<Quantity>.ForValue(make());
    }

    private static ParseResult<Quantity> Fail(Func<string> error) => ParseResult<Quantity>.ForError(error);

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
    /// Returns null when there is no number there, and a failure when there is one that cannot be read.
    /// </summary>
    private static ParseResult<decimal>? ReadNumber(string s, ref int position)
    {
        int start = position;
        while (start < s.Length && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        if (start < s.Length && char.IsDigit(s[start]) && !char.IsAsciiDigit(s[start]))
        {
            char digit = s[start];
            return ParseResult<decimal>.ForError(() => QuantityErrors.NonAsciiDigit(digit));
        }

        if (start + 1 < s.Length && s[start] is '-' or '\u2212' && char.IsAsciiDigit(s[start + 1]))
        {
            int at = start;
            return ParseResult<decimal>.ForError(() => QuantityErrors.NegativeNumber(FirstWord(s, at)));
        }

        Match digits = Digits().Match(s, start);
        if (digits.Success && digits.Index == start)
        {
            int end = start + digits.Length;
            if (end + 1 < s.Length && s[end] is ',' or '.' && char.IsAsciiDigit(s[end + 1]))
            {
                int at = start;
                return ParseResult<decimal>.ForError(() => QuantityErrors.MalformedNumber(FirstWord(s, at)));
            }

            ParseResult<decimal> read = ReadDigits(digits.Value);
            return read.Success ? ApplyScales(s, start, end, read.Value, ref position) : read;
        }

        if (!TryReadWords(s, start, ref position, out decimal words))
        {
            return null;
        }

        return ApplyScales(s, start, position, words, ref position);
    }

    /// <summary>
    /// Multiplies by every scale word that follows the number ("1 hundred thousand", "a dozen thousand"), so that
    /// the unit never starts with one: the printed form has the number in digits, and a scale word after digits
    /// would be read as part of it.
    /// </summary>
    private static ParseResult<decimal> ApplyScales(string s, int start, int end, decimal value, ref int position)
    {
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
                // Overflow is decided after the product is rounded, so the multiplication itself is the exact test.
                string written = s[start..(end + scale.Length)];
                return ParseResult<decimal>.ForError(() => QuantityErrors.TooLarge(written));
            }

            end += scale.Length;
        }

        position = end;
        return ParseResult<decimal>.ForValue(value);
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

    private static ParseResult<decimal> ReadDigits(string written)
    {
        string plain = written.Replace(",", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            return ParseResult<decimal>.ForValue(value);
        }

        return plain.Any(char.IsAsciiDigit)
            ? ParseResult<decimal>.ForError(() => QuantityErrors.TooLarge(written))
            : ParseResult<decimal>.ForError(() => QuantityErrors.MalformedNumber(written));
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

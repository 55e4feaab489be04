using ClaimLedger.Internal;
using ClaimLedger.Text;
using System.Diagnostics.CodeAnalysis;

namespace ClaimLedger;

/// <content>Reading and writing a <see cref="Quantity"/> as text.</content>
public sealed partial class Quantity
{
    /// <summary>Reads a quantity as reports word it: a bound, a number, then the unit.</summary>
    /// <param name="text">The text, read ignoring case for the bound and number words; the unit keeps its case.</param>
    /// <returns>The quantity the text describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text has no number or wording, a malformed number, or a backwards range; the message quotes the text.</exception>
    /// <remarks>
    /// <para>
    /// Numbers are digits with thousands commas ("25,000"), decimals ("1.5"), digits with a scale word
    /// ("1.5 million", "2 dozen") or words ("three", "thirty-five", "a hundred", "five thousand", "two million", "a dozen").
    /// </para>
    /// <para>
    /// Bounds: "approximately", "about", "around", "roughly", "some", "an estimated", "circa" (About);
    /// "at least", "no fewer than", "no less than", "a minimum of" (AtLeast); "over", "more than", "above",
    /// "upwards of", "in excess of" (MoreThan); a trailing plus, "300+" (AtLeast); "at most", "up to", "no more than", "a maximum of" (AtMost);
    /// "fewer than", "less than", "under", "below" (FewerThan); "nearly", "almost", "close to", "just under"
    /// (Nearly); "between 10 and 20", "from 10 to 20", "10-20", "10–20", "10 to 20" (Between; a hedge on a
    /// range, "about 10-20", is rejected rather than guessed at);
    /// "a total of", "exactly" or nothing (Exact). Vague wordings are listed on <see cref="Vague"/>.
    /// </para>
    /// <para>
    /// Whatever follows the number is the unit, trimmed. Any run of white space (a line break, a tab, a
    /// no-break space) between the words of a bound or wording counts as one space, and scale words after a
    /// number multiply it ("1 hundred thousand" is 100,000). Numbers are written with the digits 0 to 9; a
    /// negative number ("-5 soldiers") is refused, since a count cannot be negative.
    /// </para>
    /// <para>
    /// <c>Parse(q.ToString())</c> equals <c>q</c> for every <c>q</c> this method returns: text whose unit would be
    /// read as part of the number once printed ("9999to 1,000 men") is refused rather than read into a value that
    /// would change when a ledger is saved and loaded. A quantity built with the factories round-trips unless its
    /// unit begins with such words ("thousand", "dozen", "+", "to 20" or "- 5").
    /// </para>
    /// </remarks>
    public static Quantity Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out Quantity? result, out string? error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to read a quantity as reports word it; see <see cref="Parse"/> for the forms read.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The quantity read, or <see langword="null"/> on failure.</param>
    /// <param name="error">Why the text could not be read, quoting it, or <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    /// <remarks>It never throws, whatever the text.</remarks>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? result, [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            result = null;
            error = QuantityErrors.CannotRead("(null)", QuantityErrors.Empty);
            return false;
        }

        ParseResult<Quantity> parsed = QuantityParser.Parse(text);
        if (parsed.Success)
        {
            result = parsed.Value;
            error = null;
            return true;
        }

        result = null;
        error = QuantityErrors.CannotRead(text, parsed.Error);
        return false;
    }

    /// <summary>Tries to read a quantity as reports word it; see <see cref="Parse"/> for the forms read.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The quantity read, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    /// <remarks>It never throws. For why a text could not be read, use the overload with an error.</remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Quantity? result) =>
        TryParse(text, out result, out _);

    /// <summary>Reads a quantity as reports word it, as <see cref="Parse"/> does; the format provider is not used.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: quantities are read in English, whatever the culture.</param>
    /// <returns>The quantity the text describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a quantity; the message quotes it.</exception>
    static Quantity IParsable<Quantity>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to read a quantity as reports word it; the format provider is not used.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="provider">Ignored: quantities are read in English, whatever the culture.</param>
    /// <param name="result">The quantity read, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    static bool IParsable<Quantity>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Quantity result) =>
        TryParse(s, out result);

    /// <summary>Reads a quantity from characters, as <see cref="Parse"/> does; the format provider is not used.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: quantities are read in English, whatever the culture.</param>
    /// <returns>The quantity the text describes.</returns>
    /// <exception cref="FormatException">The text is not a quantity; the message quotes it.</exception>
    static Quantity ISpanParsable<Quantity>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <summary>Tries to read a quantity from characters; the format provider is not used.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: quantities are read in English, whatever the culture.</param>
    /// <param name="result">The quantity read, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    static bool ISpanParsable<Quantity>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Quantity result) =>
        TryParse(s.ToString(), out result);

    /// <summary>Writes the quantity in the canonical form that <see cref="Parse"/> reads back to an equal value.</summary>
    /// <returns>
    /// Text such as "1,960 servicemen", "about 2,000 personnel", "at least 3", "more than 5,000 people",
    /// "at most 50", "fewer than 10", "nearly 400", "between 10 and 20", "several dozen troops",
    /// "hundreds of people" or, for a wording or range not in the table, "scores (40–100) tanks".
    /// </returns>
    public override string ToString()
    {
        string number = Bound switch
        {
            QuantityBound.Exact => FormatNumber(Value),
            QuantityBound.About => "about " + FormatNumber(Value),
            QuantityBound.AtLeast => "at least " + FormatNumber(Value),
            QuantityBound.MoreThan => "more than " + FormatNumber(Value),
            QuantityBound.AtMost => "at most " + FormatNumber(Value),
            QuantityBound.FewerThan => "fewer than " + FormatNumber(Value),
            QuantityBound.Nearly => "nearly " + FormatNumber(Value),
            QuantityBound.Between => $"between {FormatNumber(Value)} and {FormatNumber(UpperValue.GetValueOrDefault())}",
            QuantityBound.Vague => FormatVague(),
            _ => throw new InvalidOperationException("Unknown bound " + Bound),
        };
        return Unit is null ? number : number + " " + Unit;
    }

    private string FormatVague()
    {
        QuantityWordings.Entry? known = QuantityWordings.Find(Wording!);
        if (known is not null && known.Low == Value && known.High == UpperValue)
        {
            return known.TakesOf && Unit is not null ? known.Wording + " of" : known.Wording;
        }

        return $"{Wording} ({FormatNumber(Value)}\u2013{FormatNumber(UpperValue.GetValueOrDefault())})";
    }
}

using ClaimLedger.Internal;
using ClaimLedger.Text;
using System.Globalization;

namespace ClaimLedger;

/// <summary>
/// A number as a report gives it: "1,960 servicemen", "approximately 2,000", "over five thousand",
/// "between 10 and 20", "several dozen troops".
/// </summary>
/// <remarks>
/// <para>
/// A quantity keeps the <see cref="Bound"/> the source used, the number(s), and the free-text
/// <see cref="Unit"/>. <see cref="ToInterval"/> turns it into the interval of true numbers it allows, and
/// <see cref="IsCompatibleWith"/> asks whether two claims could both be true.
/// </para>
/// <para>
/// Equality is value equality over <see cref="Bound"/>, <see cref="Value"/>, <see cref="UpperValue"/>,
/// <see cref="Unit"/> and <see cref="Wording"/>. Numbers compare by value and are stored without
/// trailing zeros, so 2000 and 2000.0 are equal and print alike. Unit and wording compare ordinally
/// (case matters), because they are the source's words.
/// </para>
/// <para>Values are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Quantity : IEquatable<Quantity>, ISpanParsable<Quantity>
{
    private Quantity(QuantityBound bound, decimal value, decimal? upperValue, string? unit, string? wording)
    {
        Bound = bound;
        Value = value;
        UpperValue = upperValue;
        Unit = unit;
        Wording = wording;
    }

    /// <summary>Gets how the source bounded the number.</summary>
    /// <value>The bound.</value>
    public QuantityBound Bound { get; }

    /// <summary>Gets the number the source gave; for <see cref="QuantityBound.Between"/> and <see cref="QuantityBound.Vague"/>, the low end.</summary>
    /// <value>A number, zero or more, without trailing zeros.</value>
    public decimal Value { get; }

    /// <summary>Gets the high end of a <see cref="QuantityBound.Between"/> or <see cref="QuantityBound.Vague"/> quantity.</summary>
    /// <value>The high end, not below <see cref="Value"/>; <see langword="null"/> for every other bound.</value>
    public decimal? UpperValue { get; }

    /// <summary>Gets what is counted, in the source's words: "servicemen", "displaced Armenians".</summary>
    /// <value>Trimmed text, or <see langword="null"/> when the source gave a bare number.</value>
    public string? Unit { get; }

    /// <summary>Gets the words of a <see cref="QuantityBound.Vague"/> quantity: "several dozen".</summary>
    /// <value>Trimmed text (the known wordings in lower case), or <see langword="null"/> for every other bound.</value>
    public string? Wording { get; }

    /// <summary>Creates an exact quantity: "1,960 servicemen".</summary>
    /// <param name="value">The number, zero or more.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>; trimmed, and blank becomes <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.Exact"/> quantity, interval [N, N].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity Exactly(decimal value, string? unit = null) => Single(QuantityBound.Exact, value, unit);

    /// <summary>Creates a hedged quantity: "approximately 2,000".</summary>
    /// <param name="value">The number, zero or more.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.About"/> quantity, interval [N(1 − t), N(1 + t)] with t = <see cref="QuantityOptions.AboutTolerance"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity About(decimal value, string? unit = null) => Single(QuantityBound.About, value, unit);

    /// <summary>Creates a lower bound that includes the number: "at least three".</summary>
    /// <param name="value">The number, zero or more.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.AtLeast"/> quantity, interval [N, ∞).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity AtLeast(decimal value, string? unit = null) => Single(QuantityBound.AtLeast, value, unit);

    /// <summary>Creates a lower bound that excludes the number: "over 100".</summary>
    /// <param name="value">The number, zero or more.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.MoreThan"/> quantity, interval (N, ∞).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity MoreThan(decimal value, string? unit = null) => Single(QuantityBound.MoreThan, value, unit);

    /// <summary>Creates an upper bound that includes the number: "up to 50".</summary>
    /// <param name="value">The number, zero or more.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.AtMost"/> quantity, interval [0, N].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity AtMost(decimal value, string? unit = null) => Single(QuantityBound.AtMost, value, unit);

    /// <summary>Creates an upper bound that excludes the number: "fewer than 10".</summary>
    /// <param name="value">The number, more than zero (nothing is fewer than zero).</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.FewerThan"/> quantity, interval [0, N).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static Quantity FewerThan(decimal value, string? unit = null) => Single(QuantityBound.FewerThan, value, unit);

    /// <summary>Creates a quantity just short of the number: "nearly 400".</summary>
    /// <param name="value">The number, more than zero (nothing is just short of zero).</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.Nearly"/> quantity, interval [N(1 − t), N) with t = <see cref="QuantityOptions.NearlyTolerance"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static Quantity Nearly(decimal value, string? unit = null) => Single(QuantityBound.Nearly, value, unit);

    /// <summary>Creates an inclusive range: "between 10 and 20".</summary>
    /// <param name="low">The low end, zero or more.</param>
    /// <param name="high">The high end, not below <paramref name="low"/>.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.Between"/> quantity, interval [low, high].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> or <paramref name="high"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="low"/> is more than <paramref name="high"/>.</exception>
    public static Quantity Between(decimal low, decimal high, string? unit = null)
    {
        CheckRange(low, high);
        return new Quantity(QuantityBound.Between, Normalise(low), Normalise(high), NormaliseUnit(unit), null);
    }

    /// <summary>Creates a quantity the source gave only in words, with the range those words are read as.</summary>
    /// <param name="wording">The words, such as "several dozen"; no digits or parentheses. Known wordings are stored in lower case.</param>
    /// <param name="low">The lowest number the words allow, zero or more.</param>
    /// <param name="high">The highest number the words allow, not below <paramref name="low"/>.</param>
    /// <param name="unit">What is counted, or <see langword="null"/>.</param>
    /// <returns>A <see cref="QuantityBound.Vague"/> quantity, interval [low, high].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wording"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="wording"/> is blank or has digits or parentheses, or <paramref name="low"/> is more than <paramref name="high"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> or <paramref name="high"/> is negative.</exception>
    /// <remarks>
    /// <see cref="Parse"/> reads these wordings with these ranges: "a few" [2, 5], "several" [3, 9],
    /// "dozens" [24, 144], "a few dozen" [24, 60], "several dozen" [36, 108], "hundreds" [200, 999],
    /// "a few hundred" [200, 500], "several hundred" [300, 900], "thousands" [2000, 9999],
    /// "a few thousand" [2000, 5000], "several thousand" [3000, 9000], "tens of thousands" [20000, 99999],
    /// "hundreds of thousands" [200000, 999999]. Other wordings or ranges are written with the range
    /// in parentheses ("scores (40–100) of tanks") so they read back unchanged.
    /// </remarks>
    public static Quantity Vague(string wording, decimal low, decimal high, string? unit = null)
    {
        Preconditions.CheckNotNull(wording);
        string trimmed = wording.Trim();
        if (!IsWording(trimmed))
        {
            throw new ArgumentException(QuantityErrors.BadWording(wording), nameof(wording));
        }

        CheckRange(low, high);
        string stored = QuantityWordings.Find(trimmed)?.Wording ?? trimmed;
        return new Quantity(QuantityBound.Vague, Normalise(low), Normalise(high), NormaliseUnit(unit), stored);
    }

    /// <summary>Turns the quantity into the interval of true numbers it allows.</summary>
    /// <param name="options">The tolerances for "about" and "nearly", or <see langword="null"/> for <see cref="QuantityOptions.Default"/>.</param>
    /// <returns>
    /// Exact [N, N]; About [N(1 − t), N(1 + t)]; AtLeast [N, ∞); MoreThan (N, ∞); AtMost [0, N];
    /// FewerThan [0, N); Nearly [N(1 − t), N); Between and Vague [low, high].
    /// </returns>
    public QuantityInterval ToInterval(QuantityOptions? options = null)
    {
        options ??= QuantityOptions.Default;
        return Bound switch
        {
            QuantityBound.Exact => new QuantityInterval(Value, true, Value, true),
            QuantityBound.About => new QuantityInterval(Value * (1 - options.AboutTolerance), true, Value * (1 + options.AboutTolerance), true),
            QuantityBound.AtLeast => new QuantityInterval(Value, true, null, false),
            QuantityBound.MoreThan => new QuantityInterval(Value, false, null, false),
            QuantityBound.AtMost => new QuantityInterval(0m, true, Value, true),
            QuantityBound.FewerThan => new QuantityInterval(0m, true, Value, false),
            QuantityBound.Nearly => new QuantityInterval(Value * (1 - options.NearlyTolerance), true, Value, false),
            QuantityBound.Between or QuantityBound.Vague => new QuantityInterval(Value, true, UpperValue, true),
            _ => throw new InvalidOperationException("Unknown bound " + Bound),
        };
    }

    /// <summary>Determines whether this quantity and another could both be true: whether their intervals overlap.</summary>
    /// <param name="other">The other quantity.</param>
    /// <param name="options">The tolerances for "about" and "nearly", or <see langword="null"/> for <see cref="QuantityOptions.Default"/>.</param>
    /// <returns>
    /// <see langword="true"/> when some number satisfies both: "1,960" and "approximately 2,000" are compatible;
    /// "1,960" and "over five thousand" are not.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <remarks>Units are not compared: they are free words, and whether "servicemen" and "troops" count the same thing is the caller's call.</remarks>
    public bool IsCompatibleWith(Quantity other, QuantityOptions? options = null)
    {
        Preconditions.CheckNotNull(other);
        return ToInterval(options).Overlaps(other.ToInterval(options));
    }

    /// <summary>Determines whether this quantity equals another: same bound, numbers by value, unit and wording.</summary>
    /// <param name="other">The other quantity, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(Quantity? other) =>
        other is not null
        && Bound == other.Bound
        && Value == other.Value
        && UpperValue == other.UpperValue
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
        && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

    /// <summary>Determines whether this quantity equals another object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="Quantity"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Quantity)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Bound, Value, UpperValue, Unit, Wording);

    /// <summary>Compares two quantities for equality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Quantity? left, Quantity? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two quantities for inequality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when the quantities are not equal.</returns>
    public static bool operator !=(Quantity? left, Quantity? right) => !(left == right);

    /// <summary>Removes trailing zeros so that equal numbers have equal representations, hash codes and text.</summary>
    internal static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Formats a number as reports do: "2,000", "1.5".</summary>
    internal static string FormatNumber(decimal value) =>
        Normalise(value).ToString("#,0.############################", CultureInfo.InvariantCulture);

    // The guards' conditions, shared with the parser, which asks them before calling a factory rather than catching.

    /// <summary>Whether words can be a <see cref="Vague"/> wording: not blank, and without digits or parentheses.</summary>
    internal static bool IsWording(string wording)
    {
        string trimmed = wording.Trim();
        return trimmed.Length > 0 && !trimmed.Any(c => char.IsDigit(c) || c is '(' or ')');
    }

    /// <summary>Whether a bound can take zero: "fewer than 0" and "nearly 0" describe no count.</summary>
    internal static bool AdmitsZero(QuantityBound bound) => bound is not (QuantityBound.FewerThan or QuantityBound.Nearly);

    /// <summary>The guard's text for zero with a bound that cannot take it.</summary>
    internal static string ZeroProblem(decimal value) => QuantityErrors.NotPositive(nameof(value), value);

    private static Quantity Single(QuantityBound bound, decimal value, string? unit)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, QuantityErrors.Negative(nameof(value), value));
        }

        if (value == 0 && !AdmitsZero(bound))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, ZeroProblem(value));
        }

        return new Quantity(bound, Normalise(value), null, NormaliseUnit(unit), null);
    }

    private static void CheckRange(decimal low, decimal high)
    {
        if (low < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, QuantityErrors.Negative(nameof(low), low));
        }

        if (high < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, QuantityErrors.Negative(nameof(high), high));
        }

        if (low > high)
        {
            throw new ArgumentException(QuantityErrors.Inverted(low, high), nameof(high));
        }
    }

    private static string? NormaliseUnit(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
}

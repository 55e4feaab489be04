using ClaimLedger.Text;
using System.Globalization;

namespace ClaimLedger;

/// <summary>
/// An interval of numbers with open or closed ends, either of which may be unbounded: what a
/// <see cref="Quantity"/> allows the true number to be.
/// </summary>
/// <remarks>
/// <para>
/// A <see langword="null"/> end is unbounded and always counts as open, so <c>(5000, ∞)</c> has
/// <see cref="High"/> <see langword="null"/> and <see cref="HighInclusive"/> <see langword="false"/>.
/// The default value is the whole number line, (−∞, ∞).
/// </para>
/// <para>
/// Equality compares numbers by value (2000 equals 2000.0) and the inclusiveness of each end.
/// An interval such as [5, 5) is empty: it contains and overlaps nothing.
/// </para>
/// </remarks>
public readonly record struct QuantityInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="low">The low end, or <see langword="null"/> for unbounded below.</param>
    /// <param name="lowInclusive">Whether <paramref name="low"/> itself is in the interval; ignored when <paramref name="low"/> is <see langword="null"/>.</param>
    /// <param name="high">The high end, or <see langword="null"/> for unbounded above.</param>
    /// <param name="highInclusive">Whether <paramref name="high"/> itself is in the interval; ignored when <paramref name="high"/> is <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="low"/> is above <paramref name="high"/>.</exception>
    public QuantityInterval(decimal? low, bool lowInclusive, decimal? high, bool highInclusive)
    {
        if (low is { } l && high is { } h && l > h)
        {
            throw new ArgumentException(QuantityErrors.IntervalInverted(l, h), nameof(low));
        }

        Low = low is { } lo ? Quantity.Normalise(lo) : null;
        LowInclusive = low is not null && lowInclusive;
        High = high is { } hi ? Quantity.Normalise(hi) : null;
        HighInclusive = high is not null && highInclusive;
    }

    /// <summary>Gets the low end, or <see langword="null"/> when unbounded below.</summary>
    /// <value>The low end.</value>
    public decimal? Low { get; }

    /// <summary>Gets a value indicating whether <see cref="Low"/> itself is in the interval.</summary>
    /// <value><see langword="true"/> for a closed low end; always <see langword="false"/> when <see cref="Low"/> is <see langword="null"/>.</value>
    public bool LowInclusive { get; }

    /// <summary>Gets the high end, or <see langword="null"/> when unbounded above.</summary>
    /// <value>The high end.</value>
    public decimal? High { get; }

    /// <summary>Gets a value indicating whether <see cref="High"/> itself is in the interval.</summary>
    /// <value><see langword="true"/> for a closed high end; always <see langword="false"/> when <see cref="High"/> is <see langword="null"/>.</value>
    public bool HighInclusive { get; }

    /// <summary>Gets a value indicating whether the interval contains no number, as [5, 5) does.</summary>
    /// <value><see langword="true"/> when empty.</value>
    public bool IsEmpty => Low is { } l && High is { } h && l == h && !(LowInclusive && HighInclusive);

    /// <summary>Determines whether a number lies in the interval, respecting open and closed ends.</summary>
    /// <param name="value">The number.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is in the interval.</returns>
    public bool Contains(decimal value) =>
        (Low is not { } l || value > l || (value == l && LowInclusive))
        && (High is not { } h || value < h || (value == h && HighInclusive));

    /// <summary>Determines whether the two intervals share at least one number, exactly, respecting open and closed ends.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>
    /// <see langword="true"/> when some number lies in both: [0, 100) and [100, 200] do not overlap;
    /// [0, 100] and [100, 200] do.
    /// </returns>
    public bool Overlaps(QuantityInterval other)
    {
        // The intersection runs from the higher low end to the lower high end; it is non-empty unless those cross.
        (decimal? low, bool lowInclusive) = (Low, other.Low) switch
        {
            (null, _) => (other.Low, other.LowInclusive),
            (_, null) => (Low, LowInclusive),
            ({ } a, { } b) when a > b => (Low, LowInclusive),
            ({ } a, { } b) when a < b => (other.Low, other.LowInclusive),
            _ => (Low, LowInclusive && other.LowInclusive),
        };
        (decimal? high, bool highInclusive) = (High, other.High) switch
        {
            (null, _) => (other.High, other.HighInclusive),
            (_, null) => (High, HighInclusive),
            ({ } a, { } b) when a < b => (High, HighInclusive),
            ({ } a, { } b) when a > b => (other.High, other.HighInclusive),
            _ => (High, HighInclusive && other.HighInclusive),
        };

        return low is not { } l || high is not { } h || l < h || (l == h && lowInclusive && highInclusive);
    }

    /// <summary>Writes the interval in mathematical notation: "[1800, 2200]", "(5000, ∞)", "[0, 10)".</summary>
    /// <returns>The interval as text, with numbers in invariant culture and no digit grouping.</returns>
    public override string ToString()
    {
        string low = Low is { } l ? (LowInclusive ? "[" : "(") + l.ToString(CultureInfo.InvariantCulture) : "(-\u221e";
        string high = High is { } h ? h.ToString(CultureInfo.InvariantCulture) + (HighInclusive ? "]" : ")") : "\u221e)";
        return low + ", " + high;
    }
}

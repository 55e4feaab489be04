using ClaimLedger.Text;

namespace ClaimLedger;

/// <summary>How wide the hedged bounds "about" and "nearly" are when a <see cref="Quantity"/> becomes an interval.</summary>
/// <remarks>
/// Instances are immutable once built (the properties are init-only) and safe to share between threads.
/// A ledger should use one set of options for every comparison so that results stay consistent.
/// </remarks>
public sealed class QuantityOptions
{
    private readonly decimal _aboutTolerance = 0.10m;
    private readonly decimal _nearlyTolerance = 0.10m;

    /// <summary>Gets the default options: ±10% for "about" and 10% below for "nearly".</summary>
    /// <value>A shared instance.</value>
    public static QuantityOptions Default { get; } = new();

    /// <summary>Gets the fraction either side of N that "about N" covers: [N × (1 − t), N × (1 + t)].</summary>
    /// <value>A fraction from 0 to 1; the default 0.10 means ±10%.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 0 or above 1.</exception>
    public decimal AboutTolerance
    {
        get => _aboutTolerance;
        init => _aboutTolerance = Check(value, nameof(AboutTolerance));
    }

    /// <summary>Gets the fraction below N that "nearly N" covers: [N × (1 − t), N), never reaching N.</summary>
    /// <value>A fraction from 0 to 1; the default 0.10 means up to 10% short. At 0, "nearly N" covers no number.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 0 or above 1.</exception>
    public decimal NearlyTolerance
    {
        get => _nearlyTolerance;
        init => _nearlyTolerance = Check(value, nameof(NearlyTolerance));
    }

    private static decimal Check(decimal value, string name) =>
        value is < 0m or > 1m
            ? throw new ArgumentOutOfRangeException(name, value, QuantityErrors.Tolerance(name, value))
            : value;
}

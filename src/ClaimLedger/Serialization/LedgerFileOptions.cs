using ClaimLedger.Internal;

namespace ClaimLedger.Serialization;

/// <summary>Limits and policies for loading ledger files. The defaults suit files from untrusted hands.</summary>
/// <remarks>
/// Each value is checked when it is set, as with the other options types, so options that exist are valid; a value
/// out of range throws <see cref="ArgumentOutOfRangeException"/> with a message that names the allowed range.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record LedgerFileOptions
{
    /// <summary>The deepest nesting <see cref="MaxDepth"/> accepts.</summary>
    public const int MaxDepthLimit = 1_000;

    /// <summary>Gets the default options.</summary>
    public static LedgerFileOptions Default { get; } = new();

    /// <summary>Gets what to do with properties the format does not define. Default: <see cref="UnknownFieldPolicy.Error"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a named <see cref="UnknownFieldPolicy"/>.</exception>
    public UnknownFieldPolicy UnknownFields { get; init => field = Preconditions.CheckDefined(value, nameof(UnknownFields)); } = UnknownFieldPolicy.Error;

    /// <summary>Gets the deepest nesting of JSON objects and arrays accepted. Default 32; the format itself needs 5.</summary>
    /// <value>From 1 to <see cref="MaxDepthLimit"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above <see cref="MaxDepthLimit"/>.</exception>
    public int MaxDepth { get; init => field = Preconditions.CheckInRange(value, 1, MaxDepthLimit, nameof(MaxDepth)); } = 32;

    /// <summary>Gets the largest document accepted, in bytes. Default 1 GiB.</summary>
    /// <value>At least 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public long MaxBytes { get; init => field = Preconditions.CheckInRange(value, 1L, long.MaxValue, nameof(MaxBytes)); } = 1L << 30;

    /// <summary>
    /// Gets the longest string accepted, in characters: every string value (in arrays too, such as aliases and tags),
    /// property name and number. Default 1,000,000.
    /// </summary>
    /// <value>At least 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxStringLength { get; init => field = Preconditions.CheckInRange(value, 1, int.MaxValue, nameof(MaxStringLength)); } = 1_000_000;
}

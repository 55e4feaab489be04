namespace ClaimLedger.Serialization;

/// <summary>Limits and policies for loading ledger files. The defaults suit files from untrusted hands.</summary>
public sealed record LedgerFileOptions
{
    /// <summary>Gets the default options.</summary>
    public static LedgerFileOptions Default { get; } = new();

    /// <summary>Gets what to do with properties the format does not define. Default: <see cref="UnknownFieldPolicy.Error"/>.</summary>
    public UnknownFieldPolicy UnknownFields { get; init; } = UnknownFieldPolicy.Error;

    /// <summary>Gets the deepest nesting of JSON objects and arrays accepted. Default 32; the format itself needs 5.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Gets the largest document accepted, in bytes. Default 1 GiB.</summary>
    public long MaxBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Gets the longest string accepted, in characters: every string value (in arrays too, such as aliases and tags),
    /// property name and number. Default 1,000,000.
    /// </summary>
    public int MaxStringLength { get; init; } = 1_000_000;
}

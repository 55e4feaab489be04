namespace ClaimLedger.Validation;

/// <summary>The stable codes of <see cref="ValidationProblem"/>. Codes never change meaning between versions.</summary>
public static class ErrorCodes
{
    /// <summary>A required value is missing or empty.</summary>
    public const string Required = "required";

    /// <summary>An identifier is not of the allowed form.</summary>
    public const string InvalidIdentifier = "invalid-identifier";

    /// <summary>Two items of the same kind share an identifier.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names an item that the ledger does not define.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A quote is present but empty or white space.</summary>
    public const string EmptyQuote = "empty-quote";

    /// <summary>A relay chain names the same outlet twice or names the speaker, or statements are each said to come after the other.</summary>
    public const string RelayLoop = "relay-loop";

    /// <summary>A date cannot be read or does not exist (30 February).</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A quantity cannot be read, is negative, or its range is inverted.</summary>
    public const string InvalidQuantity = "invalid-quantity";

    /// <summary>A quantity is given to a predicate that takes none, or missing where one is required.</summary>
    public const string QuantityMismatch = "quantity-mismatch";

    /// <summary>A term cannot be read.</summary>
    public const string InvalidTerm = "invalid-term";

    /// <summary>A value is outside its allowed range.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A value is not one of the allowed words.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>A place is its own ancestor.</summary>
    public const string ParentLoop = "parent-loop";

    /// <summary>A file is not valid JSON, or a value has the wrong JSON type.</summary>
    public const string Syntax = "syntax";

    /// <summary>A file's format version is not supported.</summary>
    public const string UnsupportedVersion = "unsupported-version";

    /// <summary>A file exceeds a documented limit (size, nesting depth, string length).</summary>
    public const string LimitExceeded = "limit-exceeded";

    /// <summary>A file has a property the format does not define (only under the strict unknown-field policy).</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>
    /// Text holds what no text field may: invalid UTF-16 (a lone surrogate) or a control character other than tab,
    /// carriage return and line feed.
    /// </summary>
    public const string InvalidText = "invalid-text";

    /// <summary>
    /// Closes a report cut short: more problems were found than a report lists (1,000 for a file); the message says
    /// how many more.
    /// </summary>
    public const string TooManyProblems = "too-many-problems";
}

namespace ClaimLedger.Text;

/// <summary>
/// What a parser returns: the value read, or why the text could not be read. Failing is an ordinary
/// outcome of reading a report's text, so the parsers return it rather than throw, and nothing inside
/// them throws and catches (as NodaTime's <c>ParseResult</c>).
/// </summary>
/// <remarks>
/// The error is held as a function and built only when <see cref="Error"/> is read: a parser tries
/// several forms, and a reason that is passed over, or a failure that a caller only tests, then costs
/// no message (the messages echo the user's text, which takes some work).
/// </remarks>
/// <typeparam name="T">The type of the value read.</typeparam>
internal sealed class ParseResult<T>
    where T : notnull
{
    private readonly T? value;
    private readonly Func<string>? error;

    private ParseResult(T? value, Func<string>? error)
    {
        this.value = value;
        this.error = error;
    }

    /// <summary>Gets a value indicating whether the text was read.</summary>
    internal bool Success => error is null;

    /// <summary>Gets the value read; reading it after a failure is a bug in the parser, so it throws.</summary>
    internal T Value => error is null
        ? value!
        : throw new InvalidOperationException("The text was not read, so there is no value: " + error());

    /// <summary>Gets why the text could not be read, built now; reading it after a success throws.</summary>
    internal string Error => error is not null
        ? error()
        : throw new InvalidOperationException("The text was read, so there is no error.");

    internal static ParseResult<T> ForValue(T value) => new(value, null);

    internal static ParseResult<T> ForError(Func<string> error) => new(default, error);

    /// <summary>Passes a failure on as the failure of a parse of another type, keeping the unbuilt error.</summary>
    internal ParseResult<TOther> ConvertError<TOther>()
        where TOther : notnull =>
        error is not null
            ? ParseResult<TOther>.ForError(error)
            : throw new InvalidOperationException("The text was read, so there is no error to pass on.");
}

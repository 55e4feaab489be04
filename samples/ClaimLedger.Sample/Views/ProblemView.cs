namespace ClaimLedger.Sample.Views;

/// <summary>One problem <c>validate</c> found, with the library's <c>ValidationProblem</c> fields.</summary>
/// <param name="Path">Where it is, as a JSON path.</param>
/// <param name="Code">The stable error code, such as "unknown-reference".</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="AttemptedValue">The offending value, or null.</param>
/// <param name="Line">The 1-based line, or null.</param>
/// <param name="Position">The 1-based position in the line, or null.</param>
/// <param name="Text">The problem on one line, as the library words it.</param>
internal sealed record ProblemView(string Path, string Code, string Message, string? AttemptedValue, int? Line, int? Position, string Text);

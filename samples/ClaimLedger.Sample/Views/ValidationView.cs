namespace ClaimLedger.Sample.Views;

/// <summary>The result of <c>validate</c>.</summary>
/// <param name="File">The file checked, as given.</param>
/// <param name="Valid">Whether it loaded without problems.</param>
/// <param name="Counts">What it holds when valid, or null.</param>
/// <param name="Problems">Every problem found; empty when valid.</param>
/// <param name="Notes">For a valid ledger, the predicates of its own that nothing links to any other, and those that replace a built-in, in words.</param>
internal sealed record ValidationView(string File, bool Valid, CountsView? Counts, ImmutableArray<ProblemView> Problems, ImmutableArray<string> Notes);

using ClaimLedger.Validation;

namespace ClaimLedger.Sample.Cli;

/// <summary>Every error text of the sample, in one place: what was wrong, where, and what was expected.</summary>
internal static class Messages
{
    public static string NoSuchFile(string path) => $"error: cannot read '{path}': there is no such file.";

    public static string CannotRead(string path, string reason) => $"error: cannot read '{path}': {reason}";

    public static string CannotWrite(string path, string reason) => $"error: cannot write '{path}': {reason}";

    public static string EmptyPath(string what) => $"error: {what} needs a file path, but the path given is empty.";

    public static string ReadDirectory(string path) =>
        $"error: '{path}' is a directory, not a ledger file; give the path of a .json file in it.";

    public static string WriteDirectory(string path) =>
        $"error: --out '{path}' is a directory; give the path of the file to write, such as '{System.IO.Path.Combine(path, "ledger.json")}'.";

    public static string NoSuchDirectory(string path) =>
        $"error: cannot write '{path}': its folder does not exist; create it first or choose another path.";

    public static string NotWritable(string path) => $"error: cannot write '{path}': permission denied.";

    public static string NotALedger(string path, int problems) =>
        $"error: '{path}' is not a ledger the library can load ({Count(problems, "problem")}):";

    /// <summary>One problem of a file, prefixed with the file so that each line stands alone (as compilers do).</summary>
    public static string Problem(string path, ValidationProblem problem) => $"{path}: {problem}";

    public static string UnknownIncident(string id, IEnumerable<string> nearby)
    {
        string[] near = [.. nearby.Take(5)];
        string hint = near.Length > 0
            ? $"did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?"
            : "'report' lists every incident with its id.";
        return $"error: the ledger has no incident '{id}'; {hint}";
    }

    public static string UnknownParty(string name, IEnumerable<string> known) =>
        $"error: the ledger has no party '{name}' (by id, name or alias); its parties are {string.Join(", ", known)}.";

    public static string UnknownPlace(string name) =>
        $"error: the ledger has no place '{name}' (by id, name or alias); 'places' lists them.";

    public static string TooManyParties(int given) =>
        $"error: --party was given {given} times; give it once for one party, or twice for a pair.";

    public static string NotOneOf(string option, string value, IEnumerable<string> allowed) =>
        $"{option}: '{value}' is not one of {string.Join(", ", allowed)}.";

    public static string UnreadableDate(string option, string error) => $"{option}: {error}";

    public static string OpenDate(string option, string text) =>
        $"{option}: '{text}' has no {(option == "--from" ? "start" : "end")}; give a day, month or year such as 'March 2022'.";

    public static string FromAfterTo(string from, string to) => $"error: --from '{from}' is after --to '{to}'.";

    public static string LedgerWithValidate =>
        "error: 'validate' checks the file given as its argument; leave out --ledger.";

    public static string ExportFormat(string format) =>
        $"error: 'export' writes the ledger file format (JSON) to stdout, so --format {format} does not apply; "
        + "leave out --format, or add --out <file> to get a summary in that format.";

    public static string FormatNotHere(string format, string command) =>
        $"error: '{command}' cannot write --format {format}: csv is for 'contradictions' and 'export', claimledger for 'export', claimreview for 'export' and 'import'.";

    public static string ReviewNeeds(string option) =>
        $"error: --format claimreview needs {option} (the page that hosts the review and who publishes it).";

    public static string ReviewOnly(string option) => $"error: {option} applies only to --format claimreview.";

    public static string ReviewImportNeedsIncident =>
        "error: 'import --format claimreview' needs --incident <id>: the incident the reviewed claims are about.";

    public static string UnknownClaim(string id) => $"error: the ledger has no claim '{id}'.";

    public static string UnknownContradiction(string id) => $"error: no contradiction has the id '{id}'; 'contradictions' lists them.";

    public static string BadReviewOption(string option, string reason) => $"error: {option}: {reason}";

    public static string NotImported(int problems) =>
        $"error: nothing was imported: the CSV has {Count(problems, "problem")}:";

    public static string CsvProblem(ClaimLedger.Interop.Csv.CsvProblem problem) => $"error: {problem}";

    public static string Unrecognized(string token, IReadOnlyList<string> near) => near.Count switch
    {
        0 => $"error: '{token}' is not a command or option here.",
        1 => $"error: '{token}' is not a command or option here; did you mean '{near[0]}'?",
        _ => $"error: '{token}' is not a command or option here; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?",
    };

    public static string UsageHint(string commandPath) => $"Run '{commandPath} --help' for usage.";

    public static string Internal(Exception ex) =>
        $"error: the sample failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report it.";

    public static string Count(int n, string noun, string? plural = null) => n == 1 ? $"1 {noun}" : $"{n} {plural ?? noun + "s"}";
}

using ClaimLedger.Internal;

namespace ClaimLedger.Interop.Csv;

/// <summary>The messages of the CSV import, in one place.</summary>
internal static class CsvErrors
{
    internal static string Malformed(CsvHelper.CsvMalformedReason reason) => reason switch
    {
        CsvHelper.CsvMalformedReason.StrayQuote => "the row's quoting is broken: a quote inside a cell that does not start with one (double it, and quote the cell)",
        CsvHelper.CsvMalformedReason.TextAfterClosingQuote => "the row's quoting is broken: text after a cell's closing quote",
        CsvHelper.CsvMalformedReason.UnterminatedQuote => "the row's quoting is broken: a quoted cell that never ends",
        _ => $"the row is malformed ({reason})",
    };

    internal const string NeedsUrlOrTitle = "a citation needs a url or a title";

    internal static string NoHeader(IEnumerable<string> columns) => $"the file is empty: expected a header row of {string.Join(",", columns)}";

    internal static string UnknownColumn(string name, IEnumerable<string> columns) =>
        $"there is no column '{UserText.Echo(name)}': expected some of {string.Join(", ", columns)}";

    internal static string DuplicateColumn(string name) => $"the column '{UserText.Echo(name)}' is given twice";

    internal static string MissingColumn(string name) => $"the file has no '{name}' column, which is required";

    internal static string TooManyCells(int cells, int columns) => $"the row has {cells} cells but the header names {columns} columns";

    internal static string Required(string column) => $"the '{column}' cell must not be empty";

    internal static string NotAllowed(string value, string allowed) => $"'{UserText.Echo(value)}' is not allowed here: expected {allowed}";

    internal static string NotANumber(string value, string expected) => $"'{UserText.Echo(value)}' is not {expected}";

    internal static string NotIsoDate(string value) => $"'{UserText.Echo(value)}' is not an ISO date such as 2022-03-27";
}

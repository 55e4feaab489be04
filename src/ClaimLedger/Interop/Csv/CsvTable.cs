using System.Globalization;
using ClaimLedger.Internal;
using ClaimLedger.Validation;
using CsvHelper;

namespace ClaimLedger.Interop.Csv;

/// <summary>
/// One CSV file read into rows of named cells, with every problem of its shape (header, columns, quoting) and of its
/// cells collected, each with the file, the row as a spreadsheet numbers it and the column.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string file, ImmutableArray<string> header, List<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    internal string File { get; }

    internal ImmutableArray<string> Header { get; }

    internal List<CsvRow> Rows { get; }

    /// <summary>Reads a file; problems of its shape go into <paramref name="problems"/>. Returns null when there is nothing to read.</summary>
    internal static CsvTable? Read(CsvInput input, ImmutableArray<string> columns, ImmutableArray<string> required, List<CsvProblem> problems)
    {
        string file = input.Name;
        var badRows = new HashSet<long>();
        CsvReaderOptions options = CsvReaderOptions.Default with
        {
            // A spreadsheet numbers blank rows too, so they are read (and left out) rather than skipped unseen.
            Separator = ',',
            SkipEmptyLines = false,
            DetectSeparatorHint = false,
            OnMalformedRecord = record =>
            {
                if (badRows.Add(record.RecordNumber))
                {
                    problems.Add(new CsvProblem(file, (int)record.RecordNumber, null, ErrorCodes.Syntax, CsvErrors.Malformed(record.Reason), UserText.Echo(record.RawRecord)));
                }
            },
        };

        using TextReader text = input.Open();
        using CsvReader csv = CsvReader.Create(text, options, leaveOpen: false);
        csv.ReadHeader();
        ImmutableArray<string> header = [.. csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF'))];
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            problems.Add(new CsvProblem(file, 0, null, ErrorCodes.Required, CsvErrors.NoHeader(columns)));
            return null;
        }

        var known = new HashSet<string>(columns, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (!known.Contains(header[i]))
            {
                // The name is the file's text: echoed, so that a control character in it cannot reach a terminal.
                problems.Add(new CsvProblem(file, 1, UserText.Echo(header[i]), ErrorCodes.UnknownField, CsvErrors.UnknownColumn(header[i], columns), UserText.Echo(header[i])));
            }
            else if (!seen.Add(header[i]))
            {
                problems.Add(new CsvProblem(file, 1, header[i], ErrorCodes.DuplicateId, CsvErrors.DuplicateColumn(header[i]), header[i]));
            }
        }

        foreach (string column in required.Where(c => !seen.Contains(c)))
        {
            problems.Add(new CsvProblem(file, 1, column, ErrorCodes.Required, CsvErrors.MissingColumn(column)));
        }

        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            // The header is row 1, as a spreadsheet shows it.
            int row = (int)csv.RowNumber + 1;
            int count = csv.FieldCount;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            bool extra = false;
            for (int i = 0; i < count; i++)
            {
                string value = csv.GetString(i).Trim();
                if (i >= header.Length)
                {
                    extra |= value.Length > 0;
                }
                else if (value.Length > 0 && known.Contains(header[i]))
                {
                    cells.TryAdd(header[i], value);
                }
            }

            if (extra)
            {
                problems.Add(new CsvProblem(file, row, null, ErrorCodes.Syntax, CsvErrors.TooManyCells(count, header.Length)));
            }

            if (cells.Count > 0)
            {
                rows.Add(new CsvRow(file, row, cells, problems));
            }
        }

        return new CsvTable(file, header, rows);
    }
}

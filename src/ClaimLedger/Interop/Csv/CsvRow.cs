using System.Globalization;
using ClaimLedger.Internal;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Interop.Csv;

/// <summary>
/// One row's cells by column, and the readers of each kind of cell: a cell that cannot be read is a problem with
/// the file, row, column and value, and reads as null.
/// </summary>
internal sealed class CsvRow(string file, int number, Dictionary<string, string> cells, List<CsvProblem> problems)
{
    private readonly int _problemsBefore = problems.Count;

    internal int RowNumber => number;

    internal string File => file;

    /// <summary>Gets whether any cell of this row had a problem so far.</summary>
    internal bool HasProblems => problems.Skip(_problemsBefore).Any(p => p.File == file && p.Row == number);

    internal string? Cell(string column) => cells.GetValueOrDefault(column);

    internal string? Text(string column) => Cell(column);

    internal string? RequiredText(string column)
    {
        string? value = Cell(column);
        if (value is null)
        {
            Add(column, ErrorCodes.Required, CsvErrors.Required(column));
        }

        return value;
    }

    internal string? Id(string column, bool required = false)
    {
        string? value = required ? RequiredText(column) : Cell(column);
        if (value is null)
        {
            return null;
        }

        if (Identifier.IsValid(value, out string? error))
        {
            return value;
        }

        Add(column, ErrorCodes.InvalidIdentifier, $"'{UserText.Echo(value)}' is not a valid identifier: {error}", value);
        return null;
    }

    internal ImmutableArray<string> List(string column) =>
        Cell(column) is { } value ? [.. value.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0)] : [];

    internal ImmutableArray<string> Ids(string column)
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (string value in List(column))
        {
            if (Identifier.IsValid(value, out string? error))
            {
                ids.Add(value);
            }
            else
            {
                Add(column, ErrorCodes.InvalidIdentifier, $"'{UserText.Echo(value)}' is not a valid identifier: {error}", value);
            }
        }

        return ids.ToImmutable();
    }

    internal FuzzyDate? Date(string column)
    {
        string? value = Cell(column);
        if (value is null)
        {
            return null;
        }

        if (FuzzyDate.TryParse(value, null, out FuzzyDate? date, out string? error))
        {
            return date;
        }

        Add(column, ErrorCodes.InvalidDate, error, value);
        return null;
    }

    internal LocalDate? IsoDate(string column)
    {
        string? value = Cell(column);
        if (value is null)
        {
            return null;
        }

        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(value);
        if (result.Success)
        {
            return result.Value;
        }

        Add(column, ErrorCodes.InvalidDate, CsvErrors.NotIsoDate(value), value);
        return null;
    }

    internal Quantity? Quantity(string column)
    {
        string? value = Cell(column);
        if (value is null)
        {
            return null;
        }

        if (ClaimLedger.Quantity.TryParse(value, out Quantity? quantity, out string? error))
        {
            return quantity;
        }

        Add(column, ErrorCodes.InvalidQuantity, error, value);
        return null;
    }

    internal Term? Term(string column, bool required = false)
    {
        string? value = required ? RequiredText(column) : Cell(column);
        if (value is null)
        {
            return null;
        }

        if (ClaimLedger.Term.TryParse(value, out Term? term, out string? error))
        {
            return term;
        }

        Add(column, ErrorCodes.InvalidTerm, error, value);
        return null;
    }

    internal TEnum? Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        string? value = Cell(column);
        if (value is null)
        {
            return null;
        }

        if (Kebab.TryParse(value, out TEnum result))
        {
            return result;
        }

        Add(column, ErrorCodes.InvalidValue, CsvErrors.NotAllowed(value, Kebab.Allowed<TEnum>()), value);
        return null;
    }

    internal double? Number(string column, double min, double max)
    {
        string? value = Cell(column);
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) && number >= min && number <= max)
        {
            return number;
        }

        Add(column, ErrorCodes.OutOfRange, CsvErrors.NotANumber(value, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}"), value);
        return null;
    }

    internal void Add(string? column, string code, string message, string? value = null) =>
        problems.Add(new CsvProblem(file, number, column, code, message, value is null ? null : UserText.Echo(value)));
}

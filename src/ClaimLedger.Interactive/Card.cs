using System.Globalization;
using System.Text;

namespace ClaimLedger.Interactive;

/// <summary>
/// What a notebook shows of one result: a title, a few facts in words and an optional table. One card renders both as
/// HTML and as plain text, so the two never say different things.
/// </summary>
internal sealed record Card(string Class, string Title)
{
    internal List<(string Label, string Value)> Facts { get; } = [];

    internal string[]? Headers { get; private set; }

    internal List<string[]> Rows { get; } = [];

    internal Card Fact(string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Facts.Add((label, value));
        }

        return this;
    }

    internal Card Table(params string[] headers)
    {
        Headers = headers;
        return this;
    }

    internal Card Row(params string?[] cells)
    {
        Rows.Add([.. cells.Select(c => c ?? "—")]);
        return this;
    }

    /// <summary>A share from 0 to 1 as a percentage: "44 %".</summary>
    internal static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal string ToHtml()
    {
        var html = new Html().Open("div", LedgerHtml.ContainerStyle, $"class=\"claimledger-{Class}\"");
        html.Element("strong", Title);
        if (Facts.Count > 0)
        {
            html.Open("table", Html.TableStyle).Open("tbody");
            foreach ((string label, string value) in Facts)
            {
                html.Open("tr").Element("th", label, Html.HeadStyle).Cell(value).Close("tr");
            }

            html.Close("tbody").Close("table");
        }

        if (Headers is not null)
        {
            html.Open("table", Html.TableStyle).HeaderRow(Headers).Open("tbody");
            foreach (string[] row in Rows.Take(LedgerHtml.MaxRows))
            {
                html.Open("tr");
                foreach (string cell in row)
                {
                    html.Cell(cell);
                }

                html.Close("tr");
            }

            html.Close("tbody").Close("table");
            if (Rows.Count > LedgerHtml.MaxRows)
            {
                html.Element("div", $"… and {Rows.Count - LedgerHtml.MaxRows} more", Html.MutedStyle);
            }
        }

        return html.Close("div").ToString();
    }

    internal string ToText()
    {
        var text = new StringBuilder(Title);
        foreach ((string label, string value) in Facts)
        {
            text.Append('\n').Append(label).Append(": ").Append(value);
        }

        if (Headers is not null)
        {
            int[] widths = [.. Headers.Select((h, i) => Rows.Select(r => i < r.Length ? r[i].Length : 0).Append(h.Length).Max())];
            text.Append('\n').Append(Line(Headers, widths));
            foreach (string[] row in Rows)
            {
                text.Append('\n').Append(Line(row, widths));
            }
        }

        return text.ToString();
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}

using System.Net;
using System.Text;

namespace ClaimLedger.Interactive;

/// <summary>A small HTML writer: every text goes through <see cref="Text"/>, so data can never inject markup.</summary>
internal sealed class Html
{
    // Inline styles, because notebook front ends differ in which style sheets they keep.
    internal const string TableStyle = "border-collapse:collapse;margin:0.3em 0;font-size:0.95em";
    internal const string CellStyle = "border:1px solid #ccc;padding:0.25em 0.5em;text-align:left;vertical-align:top";
    internal const string HeadStyle = CellStyle + ";background:#f2f2f2";
    internal const string MutedStyle = "color:#666;font-size:0.9em";

    private readonly StringBuilder _text = new();

    internal Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    internal Html Text(string? text)
    {
        _text.Append(WebUtility.HtmlEncode(text ?? string.Empty));
        return this;
    }

    internal Html Element(string tag, string? text, string? style = null)
    {
        Open(tag, style);
        Text(text);
        return Close(tag);
    }

    internal Html Open(string tag, string? style = null, string? attributes = null)
    {
        _text.Append('<').Append(tag);
        if (style is not null)
        {
            _text.Append(" style=\"").Append(style).Append('"');
        }

        if (attributes is not null)
        {
            _text.Append(' ').Append(attributes);
        }

        _text.Append('>');
        return this;
    }

    internal Html Close(string tag)
    {
        _text.Append("</").Append(tag).Append('>');
        return this;
    }

    internal Html HeaderRow(params string[] headings)
    {
        Open("thead").Open("tr");
        foreach (string heading in headings)
        {
            Element("th", heading, HeadStyle);
        }

        return Close("tr").Close("thead");
    }

    internal Html Cell(string? text, string? extraStyle = null, int rowSpan = 1)
    {
        Open("td", extraStyle is null ? CellStyle : CellStyle + ";" + extraStyle, rowSpan > 1 ? $"rowspan=\"{rowSpan}\"" : null);
        Text(text);
        return Close("td");
    }

    public override string ToString() => _text.ToString();
}

using System.Text;

namespace ClaimLedger.Sample.Rendering;

/// <summary>
/// Passes text through, dropping spaces at the ends of lines. Spectre.Console pads table cells to the column width;
/// the padding at a line's end is invisible in a terminal but noise in files, diffs and pasted README snippets.
/// </summary>
internal sealed class TrailingSpaceTrimmer(TextWriter inner) : TextWriter
{
    private int _pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (value)
        {
            case ' ':
                _pendingSpaces++;
                return;
            case '\n':
                _pendingSpaces = 0;
                break;
            default:
                inner.Write(new string(' ', _pendingSpaces));
                _pendingSpaces = 0;
                break;
        }

        inner.Write(value);
    }

    public override void Write(string? value)
    {
        foreach (char ch in value ?? string.Empty)
        {
            Write(ch);
        }
    }

    public override void Flush() => inner.Flush();
}

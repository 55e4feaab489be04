using System.Globalization;
using System.Text;

namespace ClaimLedger.Internal;

/// <summary>
/// Puts text that users brought into error messages safely: at most <see cref="MaxEchoLength"/> characters, then
/// <see cref="Ellipsis"/>, with control characters, lone surrogates and bidirectional overrides escaped as <c>\n</c>,
/// <c>\u0000</c> and the like. A message then stays one short line on any terminal, whatever the input held.
/// </summary>
internal static class UserText
{
    /// <summary>The most characters of one value a message quotes.</summary>
    internal const int MaxEchoLength = 200;

    /// <summary>What follows a value cut short.</summary>
    internal const string Ellipsis = "...";

    /// <summary>Returns the text as a message may quote it: bounded and with unsafe characters escaped.</summary>
    internal static string Echo(string? text)
    {
        if (text is null)
        {
            return "(null)";
        }

        if (text.Length <= MaxEchoLength && !NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxEchoLength) + 16);
        int i = 0;
        for (; i < text.Length && i < MaxEchoLength; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Never cut a pair in two: that would itself make a lone surrogate.
                if (i + 1 >= MaxEchoLength)
                {
                    break;
                }

                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsUnsafe(c))
            {
                AppendEscaped(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        if (i < text.Length)
        {
            builder.Append(Ellipsis);
        }

        return builder.ToString();
    }

    /// <summary>Returns one character as a message may quote it.</summary>
    internal static string Echo(char c) => IsUnsafe(c) ? AppendEscaped(new StringBuilder(6), c).ToString() : c.ToString();

    /// <summary>Escapes unsafe characters in text that is already bounded (a whole message), without cutting it.</summary>
    internal static string EscapeAll(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                AppendEscaped(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    // Control characters (C0, DEL, C1), lone surrogates, and the characters that reorder or hide text on a terminal.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static StringBuilder AppendEscaped(StringBuilder builder, char c) => c switch
    {
        '\n' => builder.Append("\\n"),
        '\r' => builder.Append("\\r"),
        '\t' => builder.Append("\\t"),
        '\0' => builder.Append("\\0"),
        _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
    };
}

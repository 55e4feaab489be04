using System.Text;

namespace ClaimLedger.Serialization;

/// <summary>Enum values as the file writes them: <c>StateMedia</c> is <c>state-media</c>.</summary>
internal static class Kebab
{
    internal static string Of<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    internal static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (T candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    internal static string Allowed<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => $"'{Of(v)}'"));
}

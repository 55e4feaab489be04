using System.Text;

namespace ClaimLedger.Serialization;

/// <summary>Enum values as the file writes them: <c>StateMedia</c> is <c>state-media</c>.</summary>
/// <remarks>
/// Every claim has a voice and a stance, so the words are made once per enum type and looked up after that: making
/// each word again for every candidate of every claim was a twentieth of a load.
/// </remarks>
internal static class Kebab
{
    internal static string Of<T>(T value)
        where T : struct, Enum =>
        Words<T>.ByValue.TryGetValue(value, out string? word) ? word : Make(value.ToString());

    internal static bool TryParse<T>(string text, out T value)
        where T : struct, Enum =>
        Words<T>.ByWord.TryGetValue(text, out value);

    internal static string Allowed<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => $"'{Of(v)}'"));

    private static string Make(string name)
    {
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

    private static class Words<T>
        where T : struct, Enum
    {
        internal static readonly Dictionary<T, string> ByValue = CreateByValue();

        // The first value with a word wins, as the scan over the values in declaration order did before.
        internal static readonly Dictionary<string, T> ByWord = CreateByWord();

        private static Dictionary<T, string> CreateByValue()
        {
            var words = new Dictionary<T, string>();
            foreach (T value in Enum.GetValues<T>())
            {
                words.TryAdd(value, Make(value.ToString()));
            }

            return words;
        }

        private static Dictionary<string, T> CreateByWord()
        {
            var values = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (T value in Enum.GetValues<T>())
            {
                values.TryAdd(ByValue[value], value);
            }

            return values;
        }
    }
}

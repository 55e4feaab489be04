using System.Text;

namespace ClaimLedger.Fuzz;

/// <summary>
/// A small in-process mutation fuzzer: from a corpus, a fixed seed and a fixed number of inputs it makes the same
/// inputs on every run (bit flips, byte and token insertions, deletions, duplications and splices), so that a short
/// pass can run in CI and a finding reproduces from its seed and index.
/// </summary>
public sealed class MutationFuzzer(IReadOnlyList<byte[]> corpus, int seed)
{
    // Bytes and tokens that hostile files are made of: JSON punctuation and leniencies, escapes, huge numbers,
    // non-ASCII digits, control characters and the parsers' own words.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "{", "}", "[", "]", ",", ":", "\"", "'", "/*c*/", "//c\n", "\0", "\\u0000", "\\ud800", "\\udc00", "\\u001b", "\\\"", "\\x",
            "null", "true", "false", "NaN", "-0", "01", "1e400", "-1e-400", "100000000000000000000000", "9223372036854775808", "1.5",
            "\"claims\":", "\"stance\":\"denies\"", "\"version\":", "\"format\":\"claimledger\"", "\"x\":", ",]", ",}",
            "２０２２", "١٢", " March 2022", "mid-", "between ", " and ", "00:00", " Moscow Time", "several\ndozen", "-5 ", "thousand",
            "text:", "party:", "\r\n", "\t", "\u00A0", "\uFEFF", "\u202E",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    private readonly Random _random = new(seed);

    /// <summary>Makes the next input.</summary>
    /// <returns>The bytes of a mutated corpus entry.</returns>
    public byte[] Next()
    {
        var input = new List<byte>(corpus[_random.Next(corpus.Count)]);
        int mutations = 1 + _random.Next(4);
        for (int m = 0; m < mutations; m++)
        {
            Mutate(input);
        }

        return [.. input];
    }

    /// <summary>Runs a target over a number of inputs and returns each one that it failed on, with the failure.</summary>
    /// <param name="target">One of <see cref="FuzzTargets.Names"/>.</param>
    /// <param name="count">How many inputs to make.</param>
    /// <returns>The failing inputs and their exceptions, in the order found.</returns>
    public IReadOnlyList<(byte[] Input, Exception Failure)> Run(string target, int count)
    {
        var failures = new List<(byte[], Exception)>();
        for (int i = 0; i < count; i++)
        {
            byte[] input = Next();
            try
            {
                FuzzTargets.Run(target, input);
            }
#pragma warning disable CA1031 // A fuzzer reports every exception a target lets out.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add((input, ex));
            }
        }

        return failures;
    }

    private void Mutate(List<byte> input)
    {
        int at = input.Count == 0 ? 0 : _random.Next(input.Count + 1);
        switch (_random.Next(7))
        {
            case 0 when input.Count > 0:
                int flip = _random.Next(input.Count);
                input[flip] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                input.Insert(at, (byte)_random.Next(256));
                break;
            case 2 when input.Count > 0:
                int start = _random.Next(input.Count);
                input.RemoveRange(start, Math.Min(input.Count - start, 1 + _random.Next(16)));
                break;
            case 3 when input.Count > 0:
                int from = _random.Next(input.Count);
                int length = Math.Min(input.Count - from, 1 + _random.Next(64));
                input.InsertRange(at, input.GetRange(from, length));
                break;
            case 4:
                byte[] other = corpus[_random.Next(corpus.Count)];
                if (other.Length > 0)
                {
                    int take = _random.Next(other.Length);
                    input.InsertRange(at, other.Skip(take).Take(1 + _random.Next(128)));
                }

                break;
            default:
                input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}

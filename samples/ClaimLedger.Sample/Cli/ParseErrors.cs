using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// Words a failed parse as the sample's other errors are worded ("error: ..."), keeping System.CommandLine's typo
/// corrections ("did you mean 'contradictions'?") and leaving out the echo of an unknown option's value: for
/// <c>--partie russia</c> only <c>--partie</c> is the mistake.
/// </summary>
internal static partial class ParseErrors
{
    public static IEnumerable<string> Lines(ParseResult parse, IReadOnlyList<string> args)
    {
        IReadOnlyDictionary<string, string[]> suggestions = Suggestions(parse);
        var unmatched = new HashSet<string>(parse.UnmatchedTokens, StringComparer.Ordinal);
        // After the first mistake, the words that follow are its values or arguments ("--partie russia",
        // "incidnt parukh-2022"): reporting them too would only repeat it.
        var echoes = new HashSet<string>(StringComparer.Ordinal);
        bool afterMistake = false;
        foreach (string arg in args)
        {
            if (!unmatched.Contains(arg))
            {
                continue;
            }

            if (afterMistake && !arg.StartsWith('-'))
            {
                echoes.Add(arg);
            }

            afterMistake = true;
        }

        foreach (string message in parse.Errors.Select(e => e.Message).Distinct())
        {
            if (Unrecognized().Match(message) is { Success: true } match)
            {
                string token = match.Groups["token"].Value;
                if (echoes.Contains(token))
                {
                    continue;
                }

                if (token is "--ledger" or "-l" && parse.CommandResult.Command.Name == "validate")
                {
                    yield return Messages.LedgerWithValidate;
                    continue;
                }

                yield return suggestions.TryGetValue(token, out string[]? near) && near.Length > 0
                    ? Messages.Unrecognized(token, near)
                    : Messages.Unrecognized(token, []);
                continue;
            }

            yield return $"error: {message}";
        }
    }

    /// <summary>
    /// Runs System.CommandLine's own error action into a buffer and reads its typo corrections back: the library does
    /// not expose them otherwise, and its wording of the errors themselves does not match the sample's.
    /// </summary>
    private static Dictionary<string, string[]> Suggestions(ParseResult parse)
    {
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (parse.Action is not ParseErrorAction action)
        {
            return found;
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        using var buffer = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = buffer, Error = buffer });
        string[] lines = buffer.ToString().Split('\n', StringSplitOptions.TrimEntries);
        for (int i = 0; i < lines.Length; i++)
        {
            if (NotMatched().Match(lines[i]) is { Success: true } match)
            {
                string[] near = [.. lines.Skip(i + 1).TakeWhile(l => l.Length > 0 && !l.Contains(' ', StringComparison.Ordinal))];
                found[match.Groups["token"].Value] = near;
            }
        }

        return found;
    }

    [GeneratedRegex("^Unrecognized command or argument '(?<token>.*)'\\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("^'(?<token>.*)' was not matched\\. Did you mean one of the following\\?$")]
    private static partial Regex NotMatched();
}

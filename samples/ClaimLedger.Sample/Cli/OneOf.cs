using System.CommandLine;
using System.CommandLine.Parsing;

namespace ClaimLedger.Sample.Cli;

/// <summary>
/// Restricts an option to a set of words, ignoring case ("JSON" is json), with an error on one line that names the
/// option, the word and what is allowed (System.CommandLine's own <c>AcceptOnlyFromAmong</c> lists the values over
/// several lines).
/// </summary>
internal static class OneOf
{
    public static void Restrict(Option option, IReadOnlyCollection<string> allowed) =>
        option.Validators.Add(result =>
        {
            foreach (Token token in result.Tokens.Where(t => !allowed.Contains(t.Value, StringComparer.OrdinalIgnoreCase)))
            {
                result.AddError(Messages.NotOneOf(option.Name, token.Value, allowed));
            }
        });
}

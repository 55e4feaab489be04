using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace ClaimLedger.Interactive;

/// <summary>
/// Registers HTML formatters for ledgers, views of a ledger's claims and incidents (<see cref="LedgerView"/>), incidents, claims, contradictions and lists of them,
/// and HTML and plain-text formatters for every other public result (sources, parties, places, the party matrix, scores, beliefs, suggestions...). .NET Interactive loads
/// this extension by itself when a notebook references the ClaimLedger package, so notebooks need no setup code.
/// </summary>
public sealed class ClaimLedgerKernelExtension : IKernelExtension
{
    /// <summary>Registers the formatters.</summary>
    /// <param name="kernel">The kernel the package was loaded into.</param>
    /// <returns>A completed task.</returns>
    public Task OnLoadAsync(Kernel kernel)
    {
        RegisterFormatters();
        return Task.CompletedTask;
    }

    /// <summary>Registers the formatters with <see cref="Formatter"/>; safe to call more than once.</summary>
    public static void RegisterFormatters()
    {
        Register<Ledger>(LedgerHtml.Render);
        Register<Incident>(LedgerHtml.Render);
        Register<Claim>(LedgerHtml.Render);
        Register<Contradiction>(LedgerHtml.Render);
        Register<LedgerView>(LedgerHtml.Render);
        Register<IEnumerable<Incident>>(LedgerHtml.Render);
        Register<IEnumerable<Claim>>(LedgerHtml.Render);
        Register<IEnumerable<Contradiction>>(LedgerHtml.Render);

        // Every other public result, as a card in HTML and in plain text: never a raw object tree.
        RegisterCard<Source>(Cards.Of);
        RegisterCard<Party>(Cards.Of);
        RegisterCard<Place>(Cards.Of);
        RegisterCard<PartyMatrix>(Cards.Of);
        RegisterCard<PartyPair>(Cards.Of);
        RegisterCard<SourceScore>(Cards.Of);
        RegisterCard<ScoreContribution>(Cards.Of);
        RegisterCard<Corroboration>(Cards.Of);
        RegisterCard<StanceSupport>(Cards.Of);
        RegisterCard<CredibilitySuggestion>(Cards.Of);
        RegisterCard<TruthDiscoveryResult>(Cards.Of);
        RegisterCard<PropositionBelief>(Cards.Of);
        RegisterCard<BeliefVote>(Cards.Of);
        RegisterCard<SourceDependence>(Cards.Of);
        RegisterCard<ContradictedClaim>(Cards.Of);
        RegisterCard<Revision>(Cards.Of);
        RegisterCard<Agreement>(Cards.Of);
        RegisterCard<ContradictionSide>(Cards.Of);
        RegisterCard<Voice>(Cards.Of);
        RegisterCard<Quantity>(Cards.Of);
        RegisterCard<QuantityInterval>(Cards.Of);
    }

    private static void RegisterCard<T>(Func<T, Card> card)
    {
        Register<T>(value => card(value).ToHtml());
        Formatter.Register<T>(
            (value, context) =>
            {
                context.Writer.Write(card(value).ToText());
                return true;
            },
            PlainTextFormatter.MimeType);
    }

    private static void Register<T>(Func<T, string> render) =>
        Formatter.Register<T>(
            (value, context) =>
            {
                context.Writer.Write(render(value));
                return true; // handled: no other formatter need try
            },
            HtmlFormatter.MimeType);
}

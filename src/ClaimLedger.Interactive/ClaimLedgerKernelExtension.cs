using ClaimLedger.Contradictions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace ClaimLedger.Interactive;

/// <summary>
/// Registers HTML formatters for ledgers, views of a ledger's claims and incidents (<see cref="LedgerView"/>), incidents, claims, contradictions and lists of them. .NET Interactive loads
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

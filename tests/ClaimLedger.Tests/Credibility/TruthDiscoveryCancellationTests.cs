using ClaimLedger.Credibility;
using ClaimLedger.Data;

namespace ClaimLedger.Tests.Credibility;

public class TruthDiscoveryCancellationTests
{
    [Fact]
    public void Run_WithATokenNotCancelled_GivesWhatRunGives()
    {
        TruthDiscoveryResult withToken = TruthDiscovery.Default.Run(BundledLedgers.NagornoKarabakh, CancellationToken.None);
        TruthDiscoveryResult without = TruthDiscovery.Default.Run(BundledLedgers.NagornoKarabakh);

        withToken.Should().BeEquivalentTo(without);
    }

    [Fact]
    public void Run_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Action act = () => TruthDiscovery.Default.Run(BundledLedgers.NagornoKarabakh, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}

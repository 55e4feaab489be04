using ClaimLedger.Contradictions;
using ClaimLedger.Data;

namespace ClaimLedger.Tests.Contradictions;

public class ContradictionEngineCancellationTests
{
    [Fact]
    public void FindAll_WithATokenNotCancelled_FindsWhatFindAllFinds() =>
        ContradictionEngine.Default.FindAll(BundledLedgers.NagornoKarabakh, CancellationToken.None)
            .Should().Equal(ContradictionEngine.Default.FindAll(BundledLedgers.NagornoKarabakh));

    [Fact]
    public void FindAll_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Action act = () => ContradictionEngine.Default.FindAll(BundledLedgers.NagornoKarabakh, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}

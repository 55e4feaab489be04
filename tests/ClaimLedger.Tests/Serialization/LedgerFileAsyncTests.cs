using ClaimLedger.Data;
using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Serialization;

public class LedgerFileAsyncTests
{
    [Fact]
    public async Task LoadAsync_SavedLedger_LoadsWhatLoadLoads()
    {
        byte[] bytes = Bytes(BundledLedgers.NagornoKarabakh);

        Ledger loaded = await LedgerFile.LoadAsync(new MemoryStream(bytes), CancellationToken.None);

        LedgerFile.ToJson(loaded).Should().Be(LedgerFile.ToJson(LedgerFile.Load(new MemoryStream(bytes))));
        loaded.Claims.Should().HaveCount(BundledLedgers.NagornoKarabakh.Claims.Count);
    }

    [Fact]
    public async Task LoadAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Func<Task> act = () => LedgerFile.LoadAsync(new MemoryStream(Bytes(BundledLedgers.NagornoKarabakh)), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task LoadAsync_LargerThanMaxBytes_IsRefusedWhileReading()
    {
        var options = new LedgerFileOptions { MaxBytes = 1000 };

        Func<Task> act = () => LedgerFile.LoadAsync(new MemoryStream(Bytes(BundledLedgers.NagornoKarabakh)), options);

        (await act.Should().ThrowAsync<LedgerValidationException>()).Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(ErrorCodes.LimitExceeded);
    }

    [Fact]
    public async Task LoadAsync_BadDocument_ReportsItsProblemsAsLoadDoes()
    {
        byte[] bytes = "{\"format\": \"claimledger\", \"version\": 2, \"parties\": [{\"id\": \"bad id\", \"name\": \"X\"}]}"u8.ToArray();

        Func<Task> act = () => LedgerFile.LoadAsync(new MemoryStream(bytes));

        var problems = (await act.Should().ThrowAsync<LedgerValidationException>()).Which.Problems;
        problems.Should().Equal(FluentActions.Invoking(() => LedgerFile.Load(new MemoryStream(bytes))).Should().Throw<LedgerValidationException>().Which.Problems);
    }

    private static byte[] Bytes(Ledger ledger)
    {
        using var stream = new MemoryStream();
        LedgerFile.Write(ledger, stream);
        return stream.ToArray();
    }
}

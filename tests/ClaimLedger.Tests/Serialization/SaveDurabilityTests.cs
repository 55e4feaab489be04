using System.Diagnostics;
using ClaimLedger.Data;
using ClaimLedger.Serialization;

namespace ClaimLedger.Tests.Serialization;

/// <summary>
/// Saving under a kill and under concurrency: a child process that saves in a loop is killed at random points, and
/// readers load while a writer saves. The file is always the old ledger or the new one, whole; each test runs in seconds.
/// </summary>
public sealed class SaveDurabilityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("claimledger-save-").FullName;

    // The two ledgers the save loop of ClaimLedger.Fuzz writes in turn.
    private static readonly string Small = LedgerFile.ToJson(new LedgerBuilder { Title = "small" }.Build());
    private static readonly string Large = LedgerFile.ToJson(BundledLedgers.NagornoKarabakh);

    [Fact]
    public async Task Save_ChildKilledAtRandomPoints_LeavesTheOldOrTheNewFileWhole()
    {
        string path = Path.Combine(_directory, "ledger.json");
        var random = new Random(15);
        int kills = 0;
        for (int round = 0; round < 8; round++)
        {
            using Process child = StartSaveLoop(path);
            string? ready = await child.StandardOutput.ReadLineAsync();
            ready.Should().Be("saving");
            await Task.Delay(random.Next(5, 120));
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            kills++;

            if (File.Exists(path))
            {
                File.ReadAllText(path).Should().BeOneOf([Small, Large], "a save killed part way must leave a whole file (round {0})", round);
            }
        }

        kills.Should().Be(8);

        // The next save of the same target removes what the killed saves left behind.
        LedgerFile.Save(BundledLedgers.NagornoKarabakh, path);
        Directory.GetFiles(_directory).Should().Equal(path);
        File.ReadAllText(path).Should().Be(Large);
    }

    [Fact]
    public async Task LoadWhileSaving_ReadersAndAWriter_EveryLoadIsOneLedgerWhole()
    {
        string path = Path.Combine(_directory, "ledger.json");
        Ledger small = LedgerFile.Parse(Small);
        Ledger large = BundledLedgers.NagornoKarabakh;
        LedgerFile.Save(small, path);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        // Dedicated threads: on two cores, pool tasks that never yield would run one after another, not together.
        Task<int> writer = Task.Factory.StartNew(() =>
        {
            int saves = 0;
            while (!stop.IsCancellationRequested)
            {
                LedgerFile.Save(saves++ % 2 == 0 ? large : small, path);
            }

            return saves;
        }, TaskCreationOptions.LongRunning);
        Task<int>[] readers = [.. Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
        {
            int loads = 0;
            while (!stop.IsCancellationRequested)
            {
                Ledger loaded = LedgerFile.Load(path);
                loaded.Claims.Count.Should().BeOneOf(0, large.Claims.Count);
                loads++;
            }

            return loads;
        }, TaskCreationOptions.LongRunning))];

        int saves = await writer;
        int[] loads = await Task.WhenAll(readers);

        saves.Should().BeGreaterThan(1);
        loads.Should().OnlyContain(n => n > 0);
        Directory.GetFiles(_directory).Should().Equal(path);
    }

    [Fact]
    public void Save_StaleTemporaryOfTheSameTarget_IsRemovedButOthersAreKept()
    {
        string path = Path.Combine(_directory, "ledger.json");
        string stale = Path.Combine(_directory, $".ledger.json.{Guid.NewGuid():N}.tmp");
        string inUse = Path.Combine(_directory, $".ledger.json.{Guid.NewGuid():N}.tmp");
        string otherTarget = Path.Combine(_directory, $".other.json.{Guid.NewGuid():N}.tmp");
        string notOurs = Path.Combine(_directory, ".ledger.json.backup.tmp");
        foreach (string file in new[] { stale, inUse, otherTarget, notOurs })
        {
            File.WriteAllText(file, "partial");
        }

        using (new FileStream(inUse, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            LedgerFile.Save(BundledLedgers.NagornoKarabakh, path);
        }

        Directory.GetFiles(_directory).Order(StringComparer.Ordinal).Should().Equal(new[] { path, inUse, otherTarget, notOurs }.Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Process StartSaveLoop(string path)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimLedger.Fuzz.dll"));
        start.ArgumentList.Add("save-loop");
        start.ArgumentList.Add(path);
        return Process.Start(start) ?? throw new InvalidOperationException("The save loop did not start.");
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ClaimLedger.Sample.Tests;

/// <summary>
/// The built sample run as a real process (<c>dotnet ClaimLedger.Sample.dll</c>), as the README runs it: the real
/// Main, the real console, stdout and stderr redirected.
/// </summary>
public class ProcessTests
{
    [Fact]
    public async Task NoArguments_PrintsTheReportInPlainTextAndExitsZero()
    {
        SampleRun run = await RunAsync();

        run.ExitCode.Should().Be(0);
        run.Err.Should().BeEmpty();
        run.Out.Should().StartWith(Expected.Title + "\n");
        run.Out.Should().Contain("208 claims").And.Contain("Yeni Şafak", "quotes and names keep their letters in UTF-8");
        run.Out.Should().NotContain("\u001b[", "redirected output has no colour codes");
        run.Out.Split('\n').Should().OnlyContain(line => line.Length <= 100);
        run.Flat.Should().Contain(Expected.ParukhExplanation);
    }

    [Fact]
    public async Task ContradictionsAsJson_ParsesAndHasTheParukhDenial()
    {
        SampleRun run = await RunAsync("contradictions", "--format", "json", "--incident", "parukh-2022");

        run.ExitCode.Should().Be(0);
        run.Err.Should().BeEmpty();
        run.Json.EnumerateArray().Select(c => c.GetProperty("explanation").GetString()).Should().Contain(Expected.ParukhExplanation);
    }

    [Fact]
    public async Task UnknownIncident_PrintsOneLineOnStderrAndExitsTwo()
    {
        SampleRun run = await RunAsync("incident", "nowhere-2020");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Err.Should().Be("error: the ledger has no incident 'nowhere-2020'; 'report' lists every incident with its id.\n");
    }

    [Fact]
    public async Task MissingLedgerFile_ExitsThreeWithoutAStackTrace()
    {
        SampleRun run = await RunAsync("--ledger", "/nonexistent/ledger.json");

        run.ExitCode.Should().Be(3);
        run.Out.Should().BeEmpty();
        run.Err.Should().Be("error: cannot read '/nonexistent/ledger.json': there is no such file.\n");
    }

    [Theory]
    [InlineData("80")]
    [InlineData("200")]
    public async Task Piped_HonoursColumns_AndBreaksNoIncidentId(string columns)
    {
        SampleRun run = await RunWithAsync(new Dictionary<string, string> { ["COLUMNS"] = columns }, "incident", "parukh-2022");

        run.ExitCode.Should().Be(0);
        int width = int.Parse(columns, System.Globalization.CultureInfo.InvariantCulture);
        string[] lines = run.Out.Split('\n');
        lines.Should().OnlyContain(line => line.Length <= width);
        lines.Should().Contain(line => line.Length > 100 || width == 80, "a wide terminal's COLUMNS is used, not the fixed 100");
        run.Out.Should().Contain("parukh-ru-mod-drone-strikes", "an id is never broken across lines");
        run.Out.Should().Contain("(no party): the speaker belongs to none of the ledger's parties", "one line says what (no party) means");
    }

    private static Task<SampleRun> RunAsync(params string[] args) => RunWithAsync(new Dictionary<string, string>(), args);

    private static async Task<SampleRun> RunWithAsync(Dictionary<string, string> environment, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ClaimLedger.Sample.dll");
        File.Exists(dll).Should().BeTrue($"the test project copies the sample to {AppContext.BaseDirectory}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // The test runner's own COLUMNS must not leak in: a run without it gets the stable width.
        start.Environment.Remove("COLUMNS");
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new SampleRun(process.ExitCode, await stdout, await stderr);
    }
}

using System.Diagnostics;
using System.Text;

namespace ClaimLedger.Package.Tests;

/// <summary>Runs the dotnet CLI as a user would, with the output captured for failure messages.</summary>
internal static class DotNet
{
    public sealed record Result(int ExitCode, string Output, string CommandLine)
    {
        public Result ShouldSucceed()
        {
            ExitCode.Should().Be(0, $"'{CommandLine}' should succeed; it printed:\n{Output}");
            return this;
        }
    }

    public static Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args) =>
        ExecAsync("dotnet", workingDirectory, timeout, args);

    /// <summary>Runs a program (such as an installed tool's command) with the same environment as the dotnet CLI gets.</summary>
    public static async Task<Result> ExecAsync(string program, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // dotnet test sets MSBuild variables for its own build; a child build must find its own SDK and tasks.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        // No MSBuild nodes or compiler servers left behind holding this process's output pipes open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";

        string commandLine = $"{program} {string.Join(' ', args)} (in {workingDirectory})";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout}; it printed:\n{Text(output)}");
        }

        return new Result(process.ExitCode, Text(output), commandLine);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

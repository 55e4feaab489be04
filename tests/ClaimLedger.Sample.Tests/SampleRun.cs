using System.Text.Json;

namespace ClaimLedger.Sample.Tests;

/// <summary>What one run of the sample printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Everything written to stdout.</param>
/// <param name="Err">Everything written to stderr.</param>
public sealed record SampleRun(int ExitCode, string Out, string Err)
{
    /// <summary>Runs the sample in-process, as a redirected process would run: plain text, 100 columns.</summary>
    public static SampleRun Of(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr);
        return new SampleRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Gets stdout with every run of whitespace made one space, so that wrapped text reads as written.</summary>
    public string Flat => Flatten(Out);

    /// <summary>Gets stdout parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;

    /// <summary>Gets stderr's lines, without the empty one after the last newline.</summary>
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts a successful run that printed nothing on stderr.</summary>
    public SampleRun ShouldSucceed()
    {
        Err.Should().BeEmpty();
        ExitCode.Should().Be(0);
        return this;
    }

    /// <summary>Asserts a failed run: the exit code, nothing on stdout, a message on stderr and no stack trace.</summary>
    public SampleRun ShouldFail(int exitCode)
    {
        ExitCode.Should().Be(exitCode);
        Out.Should().BeEmpty();
        Err.Should().StartWith("error: ").And.NotContain("   at ").And.NotContain("Exception");
        return this;
    }

    public static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Text;
using ClaimLedger.Sample.Cli;

/// <summary>The sample's entry point, public so that end-to-end tests can run it in-process.</summary>
public static class Program
{
    /// <summary>Runs the sample on the process's console.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 ok, 1 problems found by <c>validate</c>, 2 a usage error, 3 a file that cannot be read or loaded.</returns>
    public static int Main(string[] args)
    {
        // Quotes hold names such as "Yeni Şafak"; a terminal or pipe gets them in UTF-8 whatever the platform's default.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return SampleApp.Run(args, Console.Out, Console.Error, OutputSettings.Detect());
    }

    /// <summary>
    /// Runs the sample with the given writers as stdout and stderr, in plain text of a fixed width (no colour): what a
    /// redirected process prints, so tests see exactly what a pipe would.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code, as for <see cref="Main"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        SampleApp.Run(args, stdout, stderr, OutputSettings.Plain);
}

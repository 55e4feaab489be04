using System.Text;

namespace ClaimLedger.Tests.Serialization.Reliability;

/// <summary>The minimized reproducers of issue 15, copied beside this file and to the output's Reliability folder.</summary>
internal static class ReproducerFiles
{
    /// <summary>Gets the path of a reproducer in the test output.</summary>
    internal static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Reliability", name);

    /// <summary>Gets a reproducer's text: UTF-8, no trailing newline added.</summary>
    internal static string Text(string name) => Encoding.UTF8.GetString(File.ReadAllBytes(PathOf(name)));
}

using System.Xml.Linq;

namespace ClaimLedger.Package.Tests;

/// <summary>Where the repository is and what it says about itself.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>Gets the folder that holds ClaimLedger.sln, found by walking up from the test's output folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Gets the version written in Directory.Build.props, the one place it lives.</summary>
    public static string VersionPrefix =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value.Trim();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimLedger.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ClaimLedger.sln above '{AppContext.BaseDirectory}'.");
    }
}

using System.Xml.Linq;

namespace ClaimLedger.Package.Tests;

/// <summary>Where the repository is and what it says about itself.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>Gets the folder that holds ClaimLedger.sln, found by walking up from the test's output folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Gets the version written in Directory.Build.props, the one place it lives.</summary>
    public static string VersionPrefix => Property("VersionPrefix");

    /// <summary>Gets the project's address, written once in Directory.Build.props.</summary>
    public static string RepositoryUrl => Property("RepositoryUrl");

    /// <summary>Gets where the package README's links point: a file in the repository's default branch.</summary>
    public static string LinkBase => $"{RepositoryUrl}/blob/{Property("RepositoryDocsBranch")}/";

    /// <summary>Gets where the package README's images come from: the raw file, from a host package galleries show.</summary>
    public static string ImageBase =>
        $"{RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal)}/{Property("RepositoryDocsBranch")}/";

    /// <summary>Gets the library's dependencies and the versions it declares (its floors), from its project file.</summary>
    public static IReadOnlyDictionary<string, string> LibraryDependencies =>
        XDocument.Load(PathOf("src", "ClaimLedger", "ClaimLedger.csproj")).Descendants("PackageReference")
            .Where(r => r.Attribute("PrivateAssets")?.Value != "all")
            .ToDictionary(r => r.Attribute("Include")!.Value, r => r.Attribute("Version")!.Value);

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Property(string name) =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants(name).Single().Value.Trim();

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

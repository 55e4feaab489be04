using System.Text.RegularExpressions;

namespace ClaimLedger.Package.Tests;

/// <summary>
/// The committed notebooks reference the version the repository builds next, floating ("0.1.0-*"): the newest pack in
/// the local feed while it is in the making, and the release itself once it is out.
/// </summary>
public partial class SampleNotebookFilesTests
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(Repository.PathOf("samples", "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void Folder_HasAtLeastThreeNotebooks_AndANuGetConfigWithALocalFeedAndNuGetOrg()
    {
        Notebooks().Count.Should().BeGreaterThanOrEqualTo(3);
        string config = File.ReadAllText(Repository.PathOf("samples", "notebooks", "nuget.config"));
        config.Should().Contain("<clear />").And.Contain("https://api.nuget.org/v3/index.json");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_ReferencesTheNewestBuildOfTheVersionInDirectoryBuildProps(string notebook)
    {
        string text = File.ReadAllText(Repository.PathOf("samples", "notebooks", notebook));

        PackageReference().Matches(text).Select(m => m.Groups[1].Value).Should().Equal(Repository.VersionPrefix + "-*");
        text.Should().Contain("\"cell_type\": \"markdown\"", "each notebook explains itself");
    }

    [GeneratedRegex(@"#r \\""nuget: ClaimLedger, ([^\\""]+)\\""")]
    private static partial Regex PackageReference();
}

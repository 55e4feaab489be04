using System.IO.Compression;
using System.Xml.Linq;

namespace ClaimLedger.Package.Tests;

/// <summary>The sample console packed as a .NET tool, installed from the local feed and run by its command name.</summary>
[Collection(PackedPackageCollection.Name)]
public class ToolTests(PackedPackage package)
{
    [Fact]
    public async Task Tool_InstalledFromTheLocalFeed_RunsClaimledgerContradictions()
    {
        string version = await package.PackToolAsync();
        string home = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "tool-user")).FullName;
        string tools = Path.Combine(home, "tools");
        package.WriteNuGetConfig(home);

        DotNet.Result install = (await DotNet.RunAsync(home, TimeSpan.FromMinutes(5),
            "tool", "install", PackedPackage.ToolPackageId, "--version", version, "--tool-path", tools)).ShouldSucceed();
        install.Output.Should().Contain("claimledger");

        DotNet.Result run = (await DotNet.ExecAsync(Path.Combine(tools, "claimledger"), home, TimeSpan.FromMinutes(1),
            "contradictions", "--incident", "parukh-2022")).ShouldSucceed();
        run.Output.Should().Contain("contradictions match incident parukh-2022.")
            .And.Contain("Artak Beglaryan said on 30 March 2022 that Azerbaijan controls Parukh");

        DotNet.Result shown = (await DotNet.ExecAsync(Path.Combine(tools, "claimledger"), home, TimeSpan.FromMinutes(1), "--version")).ShouldSucceed();
        shown.Output.Should().StartWith(version + "+", "the tool's DLLs are the build that was packed, under the package's version");
    }

    [Fact]
    public async Task ToolPackage_IsADotnetTool_WithTheIconAndTheGalleryReadme()
    {
        string version = await package.PackToolAsync();
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(package.Feed, $"{PackedPackage.ToolPackageId}.{version}.nupkg"));

        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "icon.png", "tools/net10.0/any/ClaimLedger.Sample.dll", "tools/net10.0/any/ClaimLedger.dll"]);
        using var nuspec = new StreamReader(zip.GetEntry($"{PackedPackage.ToolPackageId}.nuspec")!.Open());
        XElement metadata = XDocument.Parse(nuspec.ReadToEnd()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value.Should().Be("DotnetTool");
        metadata.Elements().Single(e => e.Name.LocalName == "icon").Value.Should().Be("icon.png");
        metadata.Elements().Single(e => e.Name.LocalName == "version").Value.Should().Be(version);
    }
}

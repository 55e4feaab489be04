using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ClaimLedger.Package.Tests;

[Collection(PackedPackageCollection.Name)]
public partial class PackageContentsTests(PackedPackage package)
{
    /// <summary>The folders whose contents NuGet selects by target framework, and where in the path the framework is.</summary>
    private static readonly Dictionary<string, int> FrameworkFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lib"] = 1,
        ["ref"] = 1,
        ["build"] = 1,
        ["buildTransitive"] = 1,
        ["buildMultiTargeting"] = 1,
        ["tools"] = 1,
        ["contentFiles"] = 2,
    };

    [Fact]
    public void Nupkg_HoldsLibraryDocsReadmeIconDataSchemaAndKernelExtension()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);

        zip.Entries.Select(e => e.FullName).Should().Contain(
        [
            "ClaimLedger.nuspec",
            "README.md",
            "icon.png",
            "lib/net10.0/ClaimLedger.dll",
            "lib/net10.0/ClaimLedger.xml",
            "contentFiles/any/net10.0/data/nagorno-karabakh.json",
            "contentFiles/any/net10.0/schema/ledger.schema.json",
            "interactive-extensions/dotnet/ClaimLedger.Interactive.dll",
        ]);
        zip.Entries.Should().NotContain(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal), "symbols go in the .snupkg");
        Read(zip, "contentFiles/any/net10.0/data/nagorno-karabakh.json").Should().Be(File.ReadAllText(Repository.PathOf("src", "ClaimLedger", "Data", "nagorno-karabakh.json")));
        Read(zip, "contentFiles/any/net10.0/schema/ledger.schema.json").Should().Contain("\"$schema\"");
    }

    [Fact]
    public void Nupkg_PutsEveryFrameworkSelectedFileUnderNet10_SoNoOtherFrameworkLooksCompatible()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);

        var selected = zip.Entries.Select(e => e.FullName.Split('/'))
            .Where(parts => parts.Length > 1 && FrameworkFolders.ContainsKey(parts[0]))
            .Select(parts => (Path: string.Join('/', parts), Framework: parts.Length > FrameworkFolders[parts[0]] + 1 ? parts[FrameworkFolders[parts[0]]] : "(none)"))
            .ToList();

        selected.Should().NotBeEmpty();
        selected.Where(s => s.Framework != "net10.0").Select(s => s.Path).Should().BeEmpty(
            "a file under any/ or no framework fits every framework, so NuGet would install the package where it cannot work (contentFiles/any/any did)");
    }

    [Fact]
    public void Readme_IsTheRepositoryReadmeWithEveryLinkAndImageAbsolute()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        string packed = Read(zip, "README.md");
        string source = File.ReadAllText(Repository.PathOf("README.md"));

        string[] targets = [.. Links(packed).Select(l => l.Target)];
        targets.Should().NotBeEmpty().And.OnlyContain(t => t.StartsWith("https://", StringComparison.Ordinal) || t.StartsWith('#'),
            "a package gallery shows the README away from the repository, where a relative link leads nowhere");
        Links(packed).Where(l => l.IsImage).Select(l => l.Target).Should()
            .Contain(Repository.ImageBase + "samples/notebooks/images/parukh-contradiction.png", "images come from the raw file, which galleries render");
        Links(packed).Where(l => !l.IsImage).Select(l => l.Target).Should().Contain(Repository.LinkBase + "samples/notebooks/README.md");
        Links(source).Should().Contain(l => !l.Target.StartsWith("https://", StringComparison.Ordinal), "the repository's own README keeps relative links");

        packed.Replace(Repository.ImageBase, "", StringComparison.Ordinal).Replace(Repository.LinkBase, "", StringComparison.Ordinal)
            .Should().Be(source.Replace("\r\n", "\n", StringComparison.Ordinal), "only the links change");
    }

    [Fact]
    public void Icon_IsA128PixelSquarePng()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        Metadata(zip, "icon").Should().Be("icon.png");

        using var png = new MemoryStream();
        using (Stream entry = zip.GetEntry("icon.png")!.Open())
        {
            entry.CopyTo(png);
        }

        byte[] bytes = png.ToArray();
        bytes.AsSpan(0, 8).ToArray().Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))).Should().Be((128, 128));
    }

    [Fact]
    public void ReleaseNotes_AreTheChangelogSectionOfTheVersionPacked()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        string notes = Metadata(zip, "releaseNotes").Replace("\r\n", "\n", StringComparison.Ordinal);

        // A development build is the next release in the making: its notes are what is unreleased so far.
        string changelog = File.ReadAllText(Repository.PathOf("CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string unreleased = UnreleasedSection().Match(changelog).Groups["body"].Value.Trim();
        unreleased.Should().NotBeEmpty();
        notes.Should().StartWith(unreleased).And.EndWith($"Every release: {Repository.LinkBase}CHANGELOG.md");
    }

    [Fact]
    public void Nuspec_DescribesThePackage_WithTheDependencyFloors()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);

        Metadata(zip, "id").Should().Be("ClaimLedger");
        Metadata(zip, "version").Should().Be(package.Version);
        Metadata(zip, "description").Should().Contain("contradict");
        Metadata(zip, "tags").Should().Contain("fact-checking").And.Contain("osint");
        Metadata(zip, "license").Should().Be("MIT");
        Metadata(zip, "readme").Should().Be("README.md");
        Metadata(zip, "projectUrl").Should().Be(Repository.RepositoryUrl);
        XElement metadata = MetadataElement(zip);
        metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")!.Value.Should().Be("expression");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.Should().Be(Repository.RepositoryUrl);

        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);
        dependencies.Should().BeEquivalentTo(Repository.LibraryDependencies, "the package asks for the floors the project declares, and the notebook host supplies .NET Interactive itself");
        metadata.Descendants().Where(e => e.Name.LocalName == "group").Select(g => g.Attribute("targetFramework")!.Value)
            .Should().Equal(["net10.0"]);
    }

    [Fact]
    public void XmlDocs_DocumentEveryPublicType()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        var documented = XDocument.Parse(Read(zip, "lib/net10.0/ClaimLedger.xml")).Descendants("member")
            .Select(m => m.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

        var undocumented = typeof(Ledger).Assembly.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.Contains(id));

        undocumented.Should().BeEmpty();
        documented.Should().Contain("M:ClaimLedger.Ledger.FindPlace(System.String)");
    }

    [Fact]
    public void Snupkg_HoldsThePortablePdb()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.SymbolsPath);

        ZipArchiveEntry pdb = zip.Entries.Should().ContainSingle(e => e.FullName == "lib/net10.0/ClaimLedger.pdb").Subject;
        using var reader = new BinaryReader(pdb.Open());
        reader.ReadBytes(4).Should().Equal("BSJB"u8.ToArray(), "a portable PDB starts with the metadata signature");
    }

    /// <summary>The Markdown links and images outside code blocks.</summary>
    private static List<(bool IsImage, string Target)> Links(string markdown)
    {
        var links = new List<(bool, string)>();
        bool inFence = false;
        foreach (string line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                links.AddRange(MarkdownLink().Matches(line).Select(m => (m.Groups["image"].Success, m.Groups["target"].Value)));
            }
        }

        return links;
    }

    private static XElement MetadataElement(ZipArchive zip) =>
        XDocument.Parse(Read(zip, "ClaimLedger.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static string Metadata(ZipArchive zip, string name) =>
        MetadataElement(zip).Elements().Single(e => e.Name.LocalName == name).Value;

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<image>!)?\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^## \[Unreleased\][^\n]*\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex UnreleasedSection();
}

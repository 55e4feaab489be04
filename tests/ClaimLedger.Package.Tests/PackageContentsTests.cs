using System.IO.Compression;
using System.Xml.Linq;

namespace ClaimLedger.Package.Tests;

[Collection(PackedPackageCollection.Name)]
public class PackageContentsTests(PackedPackage package)
{
    [Fact]
    public void Nupkg_HoldsLibraryDocsReadmeDataSchemaAndKernelExtension()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);

        zip.Entries.Select(e => e.FullName).Should().Contain(
        [
            "ClaimLedger.nuspec",
            "README.md",
            "lib/net10.0/ClaimLedger.dll",
            "lib/net10.0/ClaimLedger.xml",
            "data/nagorno-karabakh.json",
            "contentFiles/any/any/schema/ledger.schema.json",
            "interactive-extensions/dotnet/ClaimLedger.Interactive.dll",
        ]);
        zip.Entries.Should().NotContain(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal), "symbols go in the .snupkg");
        Read(zip, "README.md").Should().Be(File.ReadAllText(Repository.PathOf("README.md")));
        Read(zip, "data/nagorno-karabakh.json").Should().Be(File.ReadAllText(Repository.PathOf("src", "ClaimLedger", "Data", "nagorno-karabakh.json")));
        Read(zip, "contentFiles/any/any/schema/ledger.schema.json").Should().Contain("\"$schema\"");
    }

    [Fact]
    public void Nuspec_DescribesThePackage()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        XElement metadata = XDocument.Parse(Read(zip, "ClaimLedger.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Value("id").Should().Be("ClaimLedger");
        Value("version").Should().Be(package.Version);
        Value("description").Should().Contain("contradict");
        Value("tags").Should().Contain("fact-checking").And.Contain("osint");
        Value("license").Should().Be("MIT");
        metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")!.Value.Should().Be("expression");
        Value("readme").Should().Be("README.md");
        Value("releaseNotes").Should().Contain("CHANGELOG.md");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.Should().StartWith("https://");

        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value);
        dependencies.Should().BeEquivalentTo(["AnyAscii", "FluentValidation", "Newtonsoft.Json", "NodaTime"], "the notebook host supplies .NET Interactive itself");
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

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimLedger.Package.Tests;

/// <summary>Fresh projects outside the solution that reference the package from the local feed, as a user's would.</summary>
[Collection(PackedPackageCollection.Name)]
public partial class ConsumerAppTests(PackedPackage package)
{
    private const string PrintVersion = """

        Console.WriteLine("Version: " + System.Reflection.CustomAttributeExtensions
            .GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(Ledger).Assembly)!.InformationalVersion);
        """;

    [Fact]
    public async Task ConsoleApp_WithTheDependencyFloorsPinned_RestoresThemAndRunsTheQuickStart()
    {
        IReadOnlyDictionary<string, string> floors = Repository.LibraryDependencies;
        floors.Keys.Should().BeEquivalentTo(["AnyAscii", "CsvHelper", "FluentValidation", "Newtonsoft.Json", "NodaTime"]);
        string pins = string.Concat(floors.Select(f => $"""<PackageReference Include="{f.Key}" Version="{f.Value}" />"""));
        string app = WriteApp("floors", "net10.0", $"""<PackageReference Include="ClaimLedger" Version="{package.Version}" />{pins}""", QuickStart() + PrintVersion);

        (await DotNet.RunAsync(app, TimeSpan.FromMinutes(5), "build", "-c", "Release", "--disable-build-servers")).ShouldSucceed();
        DotNet.Result run = (await DotNet.RunAsync(app, TimeSpan.FromMinutes(1), Path.Combine("bin", "Release", "net10.0", "App.dll"))).ShouldSucceed();

        Dictionary<string, string> resolved = Libraries(app);
        resolved.Should().Contain("ClaimLedger", package.Version);
        foreach ((string id, string floor) in floors)
        {
            resolved.Should().Contain(id, floor, $"the app pins {id} at the library's floor, and the library must accept it");
        }

        run.Output.Should().Contain(QuickStartOutput().Split('\n')[0].TrimEnd(), "the README's quick start prints this").And.Contain($"Version: {package.Version}");
    }

    [Fact]
    public async Task Project_OnAnotherTargetFramework_FailsToRestoreWithNU1202NamingNet10()
    {
        string app = WriteApp("net8", "net8.0", $"""<PackageReference Include="ClaimLedger" Version="{package.Version}" />""", "Console.WriteLine();");

        DotNet.Result restore = await DotNet.RunAsync(app, TimeSpan.FromMinutes(5), "restore", "--disable-build-servers");

        restore.ExitCode.Should().NotBe(0, $"a net8.0 project cannot use the package, so its restore must fail; it printed:\n{restore.Output}");
        restore.Output.Should().Contain("error NU1202").And.Contain($"Package ClaimLedger {package.Version} is not compatible with net8.0")
            .And.Contain("supports: net10.0");
    }

    [Fact]
    public async Task PackingAgain_GivesANewerVersion_WhichAFloatingReferenceRestoresAndRuns()
    {
        string second = await package.PackLibraryAsync();

        second.Should().NotBe(package.Version);
        PackedPackage.CompareDevVersions(second, package.Version).Should().BePositive("the later pack must win wherever versions float");

        // The notebooks' reference: the newest build of the next release in the feed, whatever a cache holds.
        string app = WriteApp("repacked", "net10.0", $"""<PackageReference Include="ClaimLedger" Version="{Repository.VersionPrefix}-*" />""",
            "using ClaimLedger;\nConsole.WriteLine(ClaimLedger.Data.BundledLedgers.NagornoKarabakh);" + PrintVersion);
        (await DotNet.RunAsync(app, TimeSpan.FromMinutes(5), "build", "-c", "Release", "--disable-build-servers")).ShouldSucceed();
        DotNet.Result run = (await DotNet.RunAsync(app, TimeSpan.FromMinutes(1), Path.Combine("bin", "Release", "net10.0", "App.dll"))).ShouldSucceed();

        Libraries(app).Should().Contain("ClaimLedger", second);
        run.Output.Should().Contain($"Version: {second}+", "the assembly that ran is the second build, not the first");
    }

    /// <summary>The README's quick start, the first C# block, word for word.</summary>
    private static string QuickStart() => Blocks("csharp").First();

    /// <summary>What the README says the quick start prints, the first text block.</summary>
    private static string QuickStartOutput() => Blocks("text").First();

    private static IEnumerable<string> Blocks(string language) =>
        FencedBlock().Matches(File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal))
            .Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["code"].Value);

    private string WriteApp(string name, string framework, string references, string program)
    {
        string app = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, name)).FullName;
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        package.WriteNuGetConfig(app);
        return app;
    }

    /// <summary>The packages restore chose, by id, from the app's assets file; a project reference would fail the test.</summary>
    private static Dictionary<string, string> Libraries(string app)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")));
        var libraries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            library.Value.GetProperty("type").GetString().Should().Be("package", $"{library.Name} must come from the feed, not a project");
            string[] idAndVersion = library.Name.Split('/');
            libraries[idAndVersion[0]] = idAndVersion[1];
        }

        return libraries;
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]+)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}

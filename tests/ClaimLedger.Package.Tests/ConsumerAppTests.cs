namespace ClaimLedger.Package.Tests;

/// <summary>A fresh console app outside the solution, referencing the package by version from the local feed.</summary>
[Collection(PackedPackageCollection.Name)]
public class ConsumerAppTests(PackedPackage package)
{
    private const string Program = """
        using System.Reflection;
        using ClaimLedger;
        using ClaimLedger.Contradictions;
        using ClaimLedger.Data;

        Ledger ledger = BundledLedgers.NagornoKarabakh;
        Console.WriteLine(ledger);
        Console.WriteLine("Version: " + typeof(Ledger).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
        Place parukh = ledger.FindPlace("Parukh") ?? throw new InvalidOperationException("Parukh is missing");
        foreach (Contradiction c in ledger.FindContradictions(new ContradictionFilter { Place = parukh.Id }))
        {
            Console.WriteLine(c);
        }
        """;

    [Fact]
    public async Task ConsoleApp_ReferencingThePackage_LoadsTheDataSetAndFindsTheParukhDenial()
    {
        string app = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "consumer")).FullName;
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ClaimLedger" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
        package.WriteNuGetConfig(app);

        (await DotNet.RunAsync(app, TimeSpan.FromMinutes(5), "build", "-c", "Release", "--disable-build-servers")).ShouldSucceed();
        DotNet.Result run = (await DotNet.RunAsync(app, TimeSpan.FromMinutes(1), Path.Combine("bin", "Release", "net10.0", "Consumer.dll"))).ShouldSucceed();

        using (var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"))))
        {
            assets.RootElement.GetProperty("libraries").GetProperty($"ClaimLedger/{package.Version}").GetProperty("type").GetString()
                .Should().Be("package", "the app must use the packed package, not a project");
        }

        run.Output.Should().Contain("Ledger: 9 parties").And.Contain($"Version: {package.Version}");
        run.Output.Should().Contain(
            "Denial: Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; "
            + "Ministry of Defence of Azerbaijan denied it in March 2022.");
    }
}

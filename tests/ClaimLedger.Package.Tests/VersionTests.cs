using System.Text.Json;

namespace ClaimLedger.Package.Tests;

/// <summary>Which version a build gets: a new development version for every pack, the plain one only for a release.</summary>
public class VersionTests
{
    [Fact]
    public async Task Pack_GetsADevelopmentSuffixOfThePackTime()
    {
        string version = await PackageVersion("-p:_IsPacking=true");

        version.Should().MatchRegex($@"^{Regex(Repository.VersionPrefix)}-dev\.[0-9]{{14}}$", "dotnet pack sets _IsPacking, and each pack gets the UTC time to the second");
        string stamp = version[^14..];
        DateTime.ParseExact(stamp, "yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task ReleaseBuild_IsThePlainVersion() =>
        (await PackageVersion("-p:_IsPacking=true", "-p:PublicRelease=true")).Should().Be(Repository.VersionPrefix);

    [Fact]
    public async Task OrdinaryBuild_IsADevelopmentVersionThatStaysTheSame_SoBuildsStayIncremental()
    {
        (await PackageVersion()).Should().Be($"{Repository.VersionPrefix}-dev");
        (await PackageVersion("-p:VersionSuffix=rc.1")).Should().Be($"{Repository.VersionPrefix}-rc.1", "a suffix given is kept");
    }

    [Fact]
    public async Task ReleasePack_OfAVersionTheChangelogHasNoSectionFor_FailsNamingTheSection()
    {
        DotNet.Result result = await DotNet.RunAsync(Repository.Root, TimeSpan.FromMinutes(2),
            "msbuild", "src/ClaimLedger/ClaimLedger.csproj", "-t:PreparePackageDocs", "-p:PublicRelease=true", "-p:VersionPrefix=99.0.0", "-nologo");

        result.ExitCode.Should().NotBe(0, $"release notes come from the changelog, so a release it does not describe must not pack; it printed:\n{result.Output}");
        result.Output.Should().Contain("CHANGELOG.md has no section '## [99.0.0]'");
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    private static async Task<string> PackageVersion(params string[] properties)
    {
        DotNet.Result result = (await DotNet.RunAsync(Repository.Root, TimeSpan.FromMinutes(2),
            ["msbuild", "src/ClaimLedger/ClaimLedger.csproj", "-getProperty:PackageVersion", .. properties])).ShouldSucceed();
        string output = result.Output.Trim();
        return output.StartsWith('{') ? JsonDocument.Parse(output).RootElement.GetProperty("Properties").GetProperty("PackageVersion").GetString()! : output;
    }
}

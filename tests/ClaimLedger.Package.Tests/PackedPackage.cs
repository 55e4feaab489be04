namespace ClaimLedger.Package.Tests;

/// <summary>
/// Packs the library once per test run, into a temporary local feed, under a version no earlier run used.
/// </summary>
/// <remarks>
/// A unique version means the global package cache cannot serve a stale copy of an earlier pack. The pack builds
/// into its own artifacts folder, so it neither reads nor disturbs the solution's bin and obj folders. The package
/// is removed from the global cache again afterwards, so test runs do not pile up there.
/// </remarks>
public sealed class PackedPackage : IAsyncLifetime
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);

    public PackedPackage()
    {
        Version = $"{Repository.VersionPrefix}-test{Guid.NewGuid():N}";
        WorkDirectory = Directory.CreateTempSubdirectory("claimledger-package-").FullName;
        Feed = Path.Combine(WorkDirectory, "feed");
    }

    /// <summary>Gets the packed version, such as 0.1.0-test3f2a....</summary>
    public string Version { get; }

    /// <summary>Gets a temporary folder for everything this run makes; deleted afterwards.</summary>
    public string WorkDirectory { get; }

    /// <summary>Gets the local feed folder that holds the .nupkg and .snupkg.</summary>
    public string Feed { get; }

    public string PackagePath => Path.Combine(Feed, $"ClaimLedger.{Version}.nupkg");

    public string SymbolsPath => Path.Combine(Feed, $"ClaimLedger.{Version}.snupkg");

    public async Task InitializeAsync()
    {
        string artifacts = Path.Combine(WorkDirectory, "artifacts");
        string versionSuffix = Version[(Version.IndexOf('-') + 1)..];

        // Pack restores only the project it packs; the kernel extension it builds needs its own restore (NETSDK1004).
        (await DotNet.RunAsync(Repository.Root, Slow, "restore", "src/ClaimLedger.Interactive/ClaimLedger.Interactive.csproj",
            "--artifacts-path", artifacts, $"-p:VersionSuffix={versionSuffix}")).ShouldSucceed();
        (await DotNet.RunAsync(Repository.Root, Slow, "pack", "src/ClaimLedger/ClaimLedger.csproj", "-c", "Release", "--no-restore",
            "--artifacts-path", artifacts, "--version-suffix", versionSuffix, "--output", Feed, "--disable-build-servers")).ShouldSucceed();
    }

    public Task DisposeAsync()
    {
        TryDelete(WorkDirectory);
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(cache, "claimledger", Version.ToLowerInvariant()));
        return Task.CompletedTask;
    }

    /// <summary>Writes a nuget.config that lists the local feed first, then nuget.org for the dependencies.</summary>
    public void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="claimledger-test-feed" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The tests that share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}

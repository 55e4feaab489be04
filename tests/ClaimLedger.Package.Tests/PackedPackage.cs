namespace ClaimLedger.Package.Tests;

/// <summary>
/// Packs the library once per test run into a temporary local feed, with the plain <c>dotnet pack</c> a user runs,
/// and reads the version the pack chose (<c>0.1.0-dev.&lt;time&gt;</c>) from the package it wrote.
/// </summary>
/// <remarks>
/// Every pack has a new version, so the global package cache cannot serve a stale copy of an earlier pack. The pack
/// builds into its own artifacts folder, so it neither reads nor disturbs the solution's bin and obj folders. The
/// packages are removed from the global cache again afterwards, so test runs do not pile up there.
/// </remarks>
public sealed class PackedPackage : IAsyncLifetime
{
    /// <summary>The package id of the sample console as a .NET tool.</summary>
    public const string ToolPackageId = "ClaimLedger.Cli";

    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);

    private readonly List<(string Id, string Version)> _packed = [];

    private readonly SemaphoreSlim _packing = new(1, 1);

    private string? _toolVersion;

    public PackedPackage()
    {
        WorkDirectory = Directory.CreateTempSubdirectory("claimledger-package-").FullName;
        Feed = Path.Combine(WorkDirectory, "feed");
        Artifacts = Path.Combine(WorkDirectory, "artifacts");
    }

    /// <summary>Gets the version of the first pack, such as 0.1.0-dev.20261201221858.</summary>
    public string Version { get; private set; } = "";

    /// <summary>Gets a temporary folder for everything this run makes; deleted afterwards.</summary>
    public string WorkDirectory { get; }

    /// <summary>Gets the local feed folder that holds the .nupkg and .snupkg.</summary>
    public string Feed { get; }

    /// <summary>Gets every version of the library that this run packed, oldest first.</summary>
    public IReadOnlyList<string> LibraryVersions => [.. _packed.Where(p => p.Id == "ClaimLedger").Select(p => p.Version)];

    public string PackagePath => Path.Combine(Feed, $"ClaimLedger.{Version}.nupkg");

    public string SymbolsPath => Path.Combine(Feed, $"ClaimLedger.{Version}.snupkg");

    private string Artifacts { get; }

    public async Task InitializeAsync()
    {
        // Pack restores only the project it packs; the kernel extension it builds needs its own restore (NETSDK1004).
        (await DotNet.RunAsync(Repository.Root, Slow, "restore", "src/ClaimLedger.Interactive/ClaimLedger.Interactive.csproj",
            "--artifacts-path", Artifacts)).ShouldSucceed();
        Version = await PackLibraryAsync();
    }

    /// <summary>Packs the library again, exactly as the first time, and returns the version this pack chose.</summary>
    public Task<string> PackLibraryAsync() => PackAsync("ClaimLedger", "src/ClaimLedger/ClaimLedger.csproj");

    /// <summary>Packs the sample console as a .NET tool (once per run) and returns its version.</summary>
    public async Task<string> PackToolAsync()
    {
        if (_toolVersion is null)
        {
            (await DotNet.RunAsync(Repository.Root, Slow, "restore", "samples/ClaimLedger.Sample/ClaimLedger.Sample.csproj",
                "--artifacts-path", Artifacts)).ShouldSucceed();
            _toolVersion = await PackAsync(ToolPackageId, "samples/ClaimLedger.Sample/ClaimLedger.Sample.csproj");
        }

        return _toolVersion;
    }

    public Task DisposeAsync()
    {
        TryDelete(WorkDirectory);
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach ((string id, string version) in _packed)
        {
            TryDelete(Path.Combine(cache, id.ToLowerInvariant(), version.ToLowerInvariant()));
        }

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

    /// <summary>Compares two versions of the form the packs write, prefix then "-dev." and a number of pack time.</summary>
    public static int CompareDevVersions(string first, string second)
    {
        static (Version Prefix, long Stamp) Split(string version)
        {
            string[] parts = version.Split("-dev.");
            parts.Should().HaveCount(2, $"'{version}' should be a development version, prefix-dev.<time>");
            return (System.Version.Parse(parts[0]), long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        (Version firstPrefix, long firstStamp) = Split(first);
        (Version secondPrefix, long secondStamp) = Split(second);
        int byPrefix = firstPrefix.CompareTo(secondPrefix);
        return byPrefix != 0 ? byPrefix : firstStamp.CompareTo(secondStamp);
    }

    private async Task<string> PackAsync(string id, string project)
    {
        await _packing.WaitAsync();
        try
        {
            HashSet<string> before = [.. Directory.Exists(Feed) ? Directory.GetFiles(Feed) : []];
            (await DotNet.RunAsync(Repository.Root, Slow, "pack", project, "-c", "Release", "--no-restore",
                "--artifacts-path", Artifacts, "--output", Feed, "--disable-build-servers")).ShouldSucceed();

            string prefix = id + ".";
            string[] added = [.. Directory.GetFiles(Feed, prefix + "*.nupkg").Where(f => !before.Contains(f))
                .Select(f => Path.GetFileName(f)[prefix.Length..^".nupkg".Length])
                .Where(v => v.Length > 0 && char.IsAsciiDigit(v[0]))];
            added.Should().ContainSingle($"one pack of {project} should add one new version of {id} to the feed; the feed held {string.Join(", ", before)}");
            string version = added[0];
            version.Should().StartWith($"{Repository.VersionPrefix}-dev.", "a pack that is not a release gets a development suffix");
            _packed.Add((id, version));
            return version;
        }
        finally
        {
            _packing.Release();
        }
    }

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

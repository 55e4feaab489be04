using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimLedger.Package.Tests;

/// <summary>Runs a sample notebook headless with dotnet-repl against the freshly packed package.</summary>
internal static partial class NotebookRunner
{
    /// <summary>One code cell's source and the text of every output it produced (all MIME types, streams).</summary>
    public sealed record Cell(string Source, IReadOnlyList<string> Outputs);

    public static async Task<IReadOnlyList<Cell>> RunAsync(PackedPackage package, string notebook)
    {
        // A copy of the notebook as committed, beside a nuget.config for the temporary feed and the repository's tool
        // manifest (dotnet tool run looks for it from the working folder up). Its reference floats to the newest build
        // of the next release in the feed, as it does for a user who packs into the notebooks' local feed.
        string folder = Path.Combine(package.WorkDirectory, "notebooks");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(Path.Combine(folder, ".config"));
            File.Copy(Repository.PathOf(".config", "dotnet-tools.json"), Path.Combine(folder, ".config", "dotnet-tools.json"));
            package.WriteNuGetConfig(folder);
        }

        string committed = File.ReadAllText(Repository.PathOf("samples", "notebooks", notebook));
        committed.Should().Contain($"nuget: ClaimLedger, {Repository.VersionPrefix}-*");
        File.WriteAllText(Path.Combine(folder, notebook), committed);

        string output = Path.Combine(folder, "out-" + notebook);
        DotNet.Result run = await DotNet.RunAsync(folder, TimeSpan.FromMinutes(3),
            "tool", "run", "dotnet-repl", "--", "--run", notebook, "--exit-after-run", "--output-path", output);

        File.Exists(output).Should().BeTrue($"dotnet-repl should write {output}; it printed:\n{run.Output}");
        List<Cell> cells = Read(output);
        string[] failures = [.. cells.SelectMany(c => c.Outputs.Where(o => o.StartsWith("ERROR", StringComparison.Ordinal)).Select(o => $"In the cell\n{c.Source}\n{o}"))];
        failures.Should().BeEmpty($"every cell of {notebook} should succeed");
        run.ExitCode.Should().Be(0, $"dotnet-repl should succeed on {notebook}; it printed:\n{run.Output}");

        // The build the notebook ran is one this test run packed, never an older one from a cache.
        string loaded = cells.SelectMany(c => c.Outputs).Select(o => LoadedExtension().Match(o)).First(m => m.Success).Groups["version"].Value;
        package.LibraryVersions.Should().Contain(loaded);
        return cells;
    }

    private static List<Cell> Read(string path)
    {
        JsonNode notebook = JsonNode.Parse(File.ReadAllText(path))!;
        var cells = new List<Cell>();
        foreach (JsonNode? cell in notebook["cells"]!.AsArray())
        {
            if ((string?)cell!["cell_type"] != "code")
            {
                continue;
            }

            var outputs = new List<string>();
            foreach (JsonNode? output in cell["outputs"]?.AsArray() ?? [])
            {
                if ((string?)output!["output_type"] == "error")
                {
                    outputs.Add($"ERROR {output["ename"]}: {output["evalue"]}");
                    continue;
                }

                if (output["text"] is { } text)
                {
                    outputs.Add(Join(text));
                }

                if (output["data"] is JsonObject data)
                {
                    outputs.AddRange(data.Select(kv => Join(kv.Value!)));
                }
            }

            cells.Add(new Cell(Join(cell["source"]!), outputs));
        }

        return cells;
    }

    [GeneratedRegex(@"Loading extensions from `[^`]*/claimledger/(?<version>[^/`]+)/interactive-extensions/")]
    private static partial Regex LoadedExtension();

    private static string Join(JsonNode node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : node.ToString();
}

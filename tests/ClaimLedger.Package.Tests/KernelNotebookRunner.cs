using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace ClaimLedger.Package.Tests;

/// <summary>
/// Runs a sample notebook cell by cell on a current .NET Interactive C# kernel hosted in this process, against the
/// freshly packed package, and writes the notebook back with the outputs each cell produced.
/// </summary>
/// <remarks>
/// The notebook's <c>#r "nuget: ClaimLedger, x.y.z"</c> is kept as a reader would run it; the test only points it at
/// the packed version and adds the temporary feed with <c>#i</c> before it. Kernel extensions in a package's
/// <c>interactive-extensions/dotnet</c> folder are loaded as the notebook host does, on each package added.
/// </remarks>
internal static class KernelNotebookRunner
{
    public static async Task<JsonNode> RunAsync(PackedPackage package, string notebook)
    {
        string committed = File.ReadAllText(Repository.PathOf("samples", "notebooks", notebook));
        JsonNode document = JsonNode.Parse(committed)!;
        string reference = $"nuget: ClaimLedger, {Repository.VersionPrefix}-*";
        committed.Should().Contain(reference);

        using CompositeKernel kernel = NewKernel();
        foreach (JsonNode? cell in document["cells"]!.AsArray())
        {
            if ((string?)cell!["cell_type"] != "code")
            {
                continue;
            }

            string source = Join(cell["source"]!);
            string code = source.Replace(reference, $"nuget: ClaimLedger, {package.Version}", StringComparison.Ordinal);
            if (code != source)
            {
                code = $"#i \"nuget: {package.Feed}\"\n" + code;
            }

            KernelCommandResult result = await kernel.SendAsync(new SubmitCode(code, "csharp"));
            var outputs = new JsonArray();
            foreach (KernelEvent e in result.Events)
            {
                switch (e)
                {
                    case CommandFailed failed:
                        throw new InvalidOperationException($"{notebook}: the cell\n{source}\nfailed: {failed.Message}");
                    case StandardOutputValueProduced stdout:
                        outputs.Add(Stream("stdout", stdout.FormattedValues));
                        break;
                    case DisplayEvent display:
                        outputs.Add(Display(display.FormattedValues));
                        break;
                }
            }

            cell["outputs"] = Stable(outputs, package);
            cell["execution_count"] = null;
        }

        return document;
    }

    /// <summary>
    /// Whether the committed notebook holds the outputs the current code produces: compared with the ids that differ
    /// from run to run (a chart's random element id) masked.
    /// </summary>
    public static bool SameOutputs(string committed, string produced) => Masked(committed) == Masked(produced);

    private static string Masked(string notebook) =>
        System.Text.RegularExpressions.Regex.Replace(notebook.ReplaceLineEndings("\n"), "[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}", "<id>");

    /// <summary>
    /// Keeps only what a reader needs and what does not change from run to run: of the package restore's progress
    /// displays, the last ("Installed Packages"), with the temporary feed and test version put back as the notebook
    /// names them.
    /// </summary>
    private static JsonArray Stable(JsonArray outputs, PackedPackage package)
    {
        var kept = new JsonArray();
        JsonNode? restore = null;
        foreach (JsonNode? output in outputs.ToList())
        {
            outputs.Remove(output);
            string text = output!.ToJsonString();
            if (text.Contains("Restore sources", StringComparison.Ordinal) || text.Contains("Installing Packages", StringComparison.Ordinal))
            {
                restore = output;
                continue;
            }

            kept.Add(output);
        }

        if (restore is not null)
        {
            string text = restore.ToJsonString()
                .Replace(package.Feed, "local-feed", StringComparison.Ordinal)
                .Replace(package.Version, Repository.VersionPrefix, StringComparison.Ordinal);
            kept.Insert(0, JsonNode.Parse(text));
        }

        return kept;
    }

    /// <summary>The notebook as committed: two-space indents, one line a string, as Jupyter writes it.</summary>
    public static string Serialize(JsonNode notebook) =>
        notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>Every text output of the notebook's code cells, all MIME types.</summary>
    public static List<string> Outputs(JsonNode notebook) =>
    [
        .. notebook["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .SelectMany(o => o!["data"] is JsonObject data ? data.Select(kv => Join(kv.Value!)) : o["text"] is { } t ? [Join(t)] : []),
    ];

    private static CompositeKernel NewKernel()
    {
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        csharp.UseNugetDirective(
            (k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            },
            false);
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        kernel.KernelEvents.Subscribe(e =>
        {
            if (e is PackageAdded added)
            {
                LoadExtensions(added.PackageReference.PackageRoot, kernel);
            }
        });
        Formatter.ResetToDefault();
        return kernel;
    }

    private static void LoadExtensions(string packageRoot, Kernel kernel)
    {
        string folder = Path.Combine(packageRoot, "interactive-extensions", "dotnet");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (string dll in Directory.GetFiles(folder, "*.dll"))
        {
            Assembly assembly = Assembly.LoadFrom(dll);
            foreach (Type type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && !t.IsAbstract))
            {
                ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel).GetAwaiter().GetResult();
            }
        }
    }

    private static JsonObject Display(IReadOnlyCollection<FormattedValue> values)
    {
        var data = new JsonObject();
        foreach (FormattedValue v in values.OrderBy(v => v.MimeType, StringComparer.Ordinal))
        {
            data[v.MimeType] = Lines(v.Value);
        }

        return new JsonObject { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() };
    }

    private static JsonObject Stream(string name, IReadOnlyCollection<FormattedValue> values) =>
        new() { ["output_type"] = "stream", ["name"] = name, ["text"] = Lines(string.Concat(values.Select(v => v.Value))) };

    private static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static string Join(JsonNode node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? string.Empty;
}

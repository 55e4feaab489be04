using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClaimLedger.Contradictions;
using ClaimLedger.Data;
using ClaimLedger.Sample.Cli;

namespace ClaimLedger.Sample.Tests;

/// <summary>
/// Text output at 80 and 200 columns, piped (plain) and on a terminal (colour codes, stripped here before reading):
/// no identifier is broken across lines, and every incident heading keeps the id that <c>incident &lt;id&gt;</c> takes.
/// </summary>
public partial class WidthTests
{
    private static readonly Ledger Bundled = BundledLedgers.NagornoKarabakh;

    public static TheoryData<int, bool, string> Runs()
    {
        var data = new TheoryData<int, bool, string>();
        foreach (int width in new[] { 80, 200 })
        {
            foreach (bool terminal in new[] { false, true })
            {
                foreach (string command in new[] { "report", "contradictions", "incident parukh-2022", "incident hadrut-pocket-2020", "sources", "places" })
                {
                    data.Add(width, terminal, command);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Output_AtWidth_BreaksNoIdAndFitsTheWidth(int width, bool terminal, string command)
    {
        string text = Run(width, terminal, command.Split(' '));
        string[] lines = text.Split('\n');

        lines.Should().OnlyContain(l => l.Length <= width, $"the output is laid out for {width} columns");
        var words = new HashSet<string>(lines.SelectMany(l => Words().Matches(l).Select(m => m.Value)), StringComparer.Ordinal);
        string[] shown = [.. IdsShownBy(command)];
        shown.Should().NotBeEmpty();
        shown.Where(id => !words.Contains(id)).Should().BeEmpty("every id shown is printed whole, on one line");
    }

    /// <summary>The incidents the contradictions are grouped under, as the JSON output names them.</summary>
    private static IEnumerable<string> HeadingIncidents() =>
        SampleRun.Of("contradictions", "--format", "json").ShouldSucceed().Json.EnumerateArray().Select(c => c.GetProperty("incident").GetString()!).Distinct();

    /// <summary>The ids a command prints: each must appear whole.</summary>
    private static IEnumerable<string> IdsShownBy(string command)
    {
        ImmutableArray<Contradiction> found = Bundled.FindContradictions();
        return command.Split(' ') switch
        {
            ["report"] => Bundled.Incidents.Select(i => i.Id.Value).Concat(found.Select(c => c.Id)),
            ["contradictions"] => found.Select(c => c.Id).Concat(HeadingIncidents()),
            ["incident", var id] => Bundled.ClaimsAbout(new IncidentId(id)).Select(c => c.Id.Value).Append(id),
            ["sources"] => Bundled.Sources.Select(s => s.Id.Value),
            ["places"] => Bundled.Places.Select(p => p.Id.Value),
            _ => throw new ArgumentException(command, nameof(command)),
        };
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(80, true)]
    [InlineData(200, false)]
    [InlineData(200, true)]
    public void ContradictionsByIncident_AtWidth_EveryHeadingKeepsItsIncidentId(int width, bool terminal)
    {
        string text = Run(width, terminal, "contradictions");
        string[] headings = [.. text.Split('\n').Select((l, n) => (l, n)).Where(x => x.l.StartsWith("── ", StringComparison.Ordinal))
            .Select(x => x.l + " " + text.Split('\n')[x.n + 1])];

        var incidents = HeadingIncidents().ToList();
        headings.Should().HaveCount(incidents.Count, "one heading per incident");
        foreach (string id in incidents)
        {
            headings.Should().Contain(h => Words().Matches(h).Any(m => m.Value == id), $"the heading of {id} names it");
        }
    }

    [Fact]
    public void Detect_Piped_HonoursColumns() =>
        OutputSettings.Detect(redirected: true, columns: "80", noColour: null, () => throw new InvalidOperationException("not a terminal"))
            .Should().Be(new OutputSettings(Colour: false, Width: 80));

    [Fact]
    public void Detect_PipedWithoutColumns_IsTheStableWidth() =>
        OutputSettings.Detect(redirected: true, columns: null, noColour: null, () => 999).Width.Should().Be(OutputSettings.RedirectedWidth);

    [Theory]
    [InlineData("200", 200)]
    [InlineData(null, 132)]
    [InlineData("wide", 132)]
    [InlineData("5", OutputSettings.MinimumWidth)]
    public void Detect_Terminal_ColumnsThenTheTerminalsWidth(string? columns, int expected) =>
        OutputSettings.Detect(redirected: false, columns, noColour: null, () => 132).Should().Be(new OutputSettings(Colour: true, Width: expected));

    [Fact]
    public void Detect_TerminalWithNoColor_IsPlain() =>
        OutputSettings.Detect(redirected: false, columns: null, noColour: "1", () => 90).Colour.Should().BeFalse();

    private static string Run(int width, bool terminal, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int code = SampleApp.Run(args, stdout, stderr, new OutputSettings(Colour: terminal, Width: width));
        code.Should().Be(0, stderr.ToString());
        string text = stdout.ToString();
        if (terminal)
        {
            text.Should().Contain("\u001b[", "a terminal gets styles");
        }

        return Ansi().Replace(text, string.Empty);
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();

    [GeneratedRegex("[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]")]
    private static partial Regex Words();
}

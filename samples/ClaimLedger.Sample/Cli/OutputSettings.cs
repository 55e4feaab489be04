using System.Globalization;

namespace ClaimLedger.Sample.Cli;

/// <summary>How text output looks: whether it is coloured and how wide it is.</summary>
/// <param name="Colour">Whether to use colour and styles.</param>
/// <param name="Width">The width in columns.</param>
internal sealed record OutputSettings(bool Colour, int Width)
{
    /// <summary>The width used when the output is not a terminal and <c>COLUMNS</c> is not set, so that redirected output is stable.</summary>
    public const int RedirectedWidth = 100;

    /// <summary>The narrowest width the sample lays out for; a smaller <c>COLUMNS</c> is read as this.</summary>
    public const int MinimumWidth = 40;

    /// <summary>Gets plain, uncoloured output of <see cref="RedirectedWidth"/> columns: for tests, pipes and files.</summary>
    public static OutputSettings Plain { get; } = new(Colour: false, Width: RedirectedWidth);

    /// <summary>
    /// Decides from the process's console: colour only when stdout is a terminal and <c>NO_COLOR</c> is unset or empty
    /// (see no-color.org); the width from <c>COLUMNS</c> when it is set, else the terminal's own width when it is one.
    /// </summary>
    public static OutputSettings Detect() => Detect(
        Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable("COLUMNS"),
        Environment.GetEnvironmentVariable("NO_COLOR"),
        TerminalWidth);

    /// <summary>Decides as <see cref="Detect()"/> does, from the facts given: what tests call.</summary>
    /// <param name="redirected">Whether stdout is a pipe or a file.</param>
    /// <param name="columns">The value of <c>COLUMNS</c>, or null.</param>
    /// <param name="noColour">The value of <c>NO_COLOR</c>, or null.</param>
    /// <param name="terminalWidth">Reads the terminal's width; called only when stdout is a terminal.</param>
    public static OutputSettings Detect(bool redirected, string? columns, string? noColour, Func<int> terminalWidth)
    {
        int? asked = int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? Math.Max(n, MinimumWidth) : null;
        if (redirected)
        {
            return new OutputSettings(Colour: false, Width: asked ?? RedirectedWidth);
        }

        return new OutputSettings(Colour: string.IsNullOrEmpty(noColour), Width: asked ?? terminalWidth());
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 0 and var width ? Math.Max(width, MinimumWidth) : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}

namespace ClaimLedger.Sample.Cli;

/// <summary>How text output looks: whether it is coloured and how wide it is.</summary>
/// <param name="Colour">Whether to use colour and styles.</param>
/// <param name="Width">The width in columns.</param>
internal sealed record OutputSettings(bool Colour, int Width)
{
    /// <summary>The width used when the output is not a terminal, so that redirected output is stable.</summary>
    public const int RedirectedWidth = 100;

    /// <summary>Gets plain, uncoloured output of <see cref="RedirectedWidth"/> columns: for tests, pipes and files.</summary>
    public static OutputSettings Plain { get; } = new(Colour: false, Width: RedirectedWidth);

    /// <summary>
    /// Decides from the process's console: colour only when stdout is a terminal and <c>NO_COLOR</c> is unset or empty
    /// (see no-color.org); the terminal's own width when it is one.
    /// </summary>
    public static OutputSettings Detect()
    {
        if (Console.IsOutputRedirected)
        {
            return Plain;
        }

        bool noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new OutputSettings(Colour: !noColour, Width: TerminalWidth());
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 0 and var width ? width : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}

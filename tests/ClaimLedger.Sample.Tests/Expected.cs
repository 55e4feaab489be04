namespace ClaimLedger.Sample.Tests;

/// <summary>Facts of the bundled data set that the tests check the output against.</summary>
internal static class Expected
{
    public const string Title = "Russian peacekeeping in Nagorno-Karabakh, 2020-2024";

    /// <summary>The Parukh denial, word for word as the library explains it.</summary>
    public const string ParukhExplanation =
        "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; "
        + "Ministry of Defence of Azerbaijan denied it in March 2022.";

    public const string ParukhRussianQuote =
        "the Russian Ministry of Defence reported that after negotiations the Azerbaijani forces had withdrawn from the village of Parukh";

    public const string ParukhAzerbaijaniQuote = "denying that its troops had withdrawn from Parukh";

    public const string ParukhRussianClaim = "parukh-ru-mod-withdrawn";

    public const string ParukhAzerbaijaniClaim = "parukh-az-mod-denies-withdrawal";
}

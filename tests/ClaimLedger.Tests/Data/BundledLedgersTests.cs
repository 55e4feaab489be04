using System.Text.RegularExpressions;
using ClaimLedger.Contradictions;
using ClaimLedger.Data;

namespace ClaimLedger.Tests.Data;

public class BundledLedgersTests
{
    private static readonly Ledger Ledger = BundledLedgers.NagornoKarabakh;
    private static readonly ImmutableArray<Contradiction> Found = Ledger.FindContradictions();

    [Fact]
    public void NagornoKarabakh_LoadsThroughTheLibrarysOwnLoaderAndValidators()
    {
        Ledger.Title.Should().Be("Russian peacekeeping in Nagorno-Karabakh, 2020-2024");
        Ledger.Parties.Select(p => p.Id.Value).Should().Contain(["russia", "azerbaijan", "armenia", "artsakh", "turkey"]);
        Ledger.Incidents.Count.Should().BeGreaterThan(30);
        Ledger.Claims.Count.Should().BeGreaterThan(150);
        Ledger.Claims.Should().Contain(c => c.Attribution.IsOwnVoice).And.Contain(c => !c.Attribution.IsOwnVoice);
        Ledger.Claims.Where(c => c.Attribution.IsOwnVoice).Should().OnlyContain(c => Ledger.GetSource(c.Speaker).Kind == SourceKind.Reference);
    }

    [Fact]
    public void NagornoKarabakh_EveryQuoteAppearsWordForWordInTheArticle()
    {
        string article = File.ReadAllText(Path.Combine("Data", "nagorno-karabakh-article.txt"));

        var missing = Ledger.Claims.Where(c => c.Attribution.Quote is { } q && !article.Contains(q, StringComparison.Ordinal)).Select(c => c.Id.Value);

        missing.Should().BeEmpty();
        Ledger.Claims.Should().OnlyContain(c => c.Attribution.Quote != null, "every claim carries the words it was encoded from");
    }

    [Theory]
    [InlineData("Khtsaberd", "chaylaggala")]
    [InlineData("Kohne Taghlar", "hin-tagher")]
    [InlineData("hin tagher", "hin-tagher")]
    [InlineData("Parukh", "parukh")]
    [InlineData("Stepanakert", "stepanakert")]
    [InlineData("Шуша", "shusha")]
    [InlineData("Şuşa", "shusha")]
    [InlineData("Shushi", "shusha")]
    [InlineData("Շուշի", "shusha")]
    [InlineData("Khankendi", "stepanakert")]
    [InlineData("Xankəndi", "stepanakert")]
    [InlineData("Ханкенди", "stepanakert")]
    [InlineData("Ստեփանակերտ", "stepanakert")]
    [InlineData("Berdzor", "lachin")]
    [InlineData("Laçın", "lachin")]
    [InlineData("Бердзор", "lachin")]
    [InlineData("Farrukh", "parukh")]
    [InlineData("Փառուխ", "parukh")]
    [InlineData("Ağdərə", "martakert-province")]
    public void NagornoKarabakh_FindsPlacesByEveryAlias(string name, string id) => Ledger.FindPlace(name)!.Id.Value.Should().Be(id);

    [Fact]
    public void Deployment_FiguresOfOneSpeaker_NameTheSpeakerOnce()
    {
        Contradiction figures = Found.Single(c => c.Kind == ContradictionKind.IncompatibleQuantities && c.Involves("dep-1960-own"));

        figures.Explanation.Should().Contain(
            "The source article said that Russia deployed to Nagorno-Karabakh in November 2020: 1,960 personnel, and about 2,000 personnel (read as 1,800 to 2,200)");
        Regex.Matches(figures.Explanation, "The source article said").Should().ContainSingle("a speaker is named once with all its figures");
    }

    [Fact]
    public void NagornoKarabakh_EveryPlaceHasAnAlias() =>
        Ledger.Places.Where(p => p.Aliases.IsEmpty).Select(p => p.Id.Value).Should().BeEmpty("each side's names find the place");

    [Fact]
    public void NagornoKarabakh_NoNameReachesTwoPlaces()
    {
        var shared = Ledger.Places.SelectMany(p => p.AllNames).Where(n => Ledger.FindPlaces(n).Count > 1);

        shared.Should().BeEmpty("a name that reaches two places would leave FindPlace to pick one");
    }

    [Theory]
    [InlineData("Russian Ministry of Defence")]
    [InlineData("Russian defence ministry")]
    [InlineData("Russian Defense Ministry")]
    public void NagornoKarabakh_FindsSourcesByNameVariant(string name) => Ledger.FindSource(name)!.Id.Value.Should().Be("ru-mod");

    [Fact]
    public void Parukh_WithdrawalIsFlaggedAgainstTheDenialAndTheContinuedOccupation()
    {
        Contradiction denial = Between("parukh-ru-mod-withdrawn", "parukh-az-mod-denies-withdrawal");
        denial.Kind.Should().Be(ContradictionKind.Denial);
        denial.Explanation.Should().Be(
            "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; "
            + "Ministry of Defence of Azerbaijan denied it in March 2022.");

        Contradiction occupied = Between("parukh-ru-mod-withdrawn", "parukh-beglaryan-remain-occupied");
        occupied.Kind.Should().Be(ContradictionKind.Denial);
        occupied.Explanation.Should().Contain("Artak Beglaryan said on 30 March 2022 that Azerbaijan controls Parukh");
        occupied.Parties.Select(p => p.Value).Should().Equal("artsakh", "russia");
    }

    [Fact]
    public void Hadrut_December2020_IsFlaggedAsMutualBlame()
    {
        Contradiction blame = Found.Should().ContainSingle(c => c.Kind == ContradictionKind.MutualBlame).Subject;

        blame.Incidents.Select(i => i.Value).Should().Equal("hadrut-clashes-2020");
        blame.Time!.Overlaps(FuzzyDate.Parse("December 2020")).Should().BeTrue();
        blame.IsBetween("azerbaijan", "artsakh").Should().BeTrue();
    }

    [Fact]
    public void Deployment_1960AgainstOverFiveThousand_IsFlagged_ButNotAgainstApproximately2000()
    {
        Contradiction numbers = Between("dep-1960-own", "dep-5000-yeni-safak");
        numbers.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);

        OnOppositeSides("dep-1960-own", "dep-2000-own").Should().BeFalse();
        OnOppositeSides("dep-1960-tass", "dep-2000-own").Should().BeFalse();
    }

    [Fact]
    public void Sarybaba_ViolationAgainstNecessaryLocalControlMeasures_IsFlagged()
    {
        Contradiction labels = Between("sarybaba-ru-violation", "sarybaba-az-mod-lawful");

        labels.Kind.Should().Be(ContradictionKind.OppositeCharacterisations);
        Ledger.GetClaim("sarybaba-az-mod-lawful").Attribution.Quote.Should().Contain("necessary local control measures");
    }

    [Fact]
    public void Bias_ProArmenianAgainstProAzerbaijani_IsFlagged()
    {
        Contradiction bias = Between("proarm-az-gov-pro-armenian", "hakari-am-mfa-pro-azerbaijani");

        bias.Kind.Should().Be(ContradictionKind.OppositeCharacterisations);
        bias.Sides.Select(s => s.Position).Should().Equal(
            "Russian peacekeeping contingent: pro-Armenian", "Russian peacekeeping contingent: pro-Azerbaijani");
    }

    [Fact]
    public void LaterDenial_OfTheAttackersIdentity_ByAnotherSpeaker_IsAReversal() =>
        Found.Should().Contain(c => c.Kind == ContradictionKind.Reversal && c.Incidents.Contains("shusha-grenade-2021"));

    [Theory]
    [InlineData("rtjmc-38-turkish", "rtjmc-60-total")]
    [InlineData("ret-25000-region", "ret-18000-stepanakert")]
    [InlineData("pocket-az-control-14dec-hin-tagher", "pocket-ru-control-13dec")]
    [InlineData("dep-1960-own", "dep-2000-own")]
    public void LookAlikes_AreNotFlagged(string first, string second)
    {
        Ledger.TryGetClaim(first, out _).Should().BeTrue();
        Ledger.TryGetClaim(second, out _).Should().BeTrue();
        OnOppositeSides(first, second).Should().BeFalse();
    }

    [Fact]
    public void Findings_AreStableAcrossLoads()
    {
        using Stream stream = BundledLedgers.OpenNagornoKarabakh();
        Ledger again = ClaimLedger.Serialization.LedgerFile.Load(stream);

        again.FindContradictions().Select(c => (c.Id, c.Explanation)).Should().Equal(Found.Select(c => (c.Id, c.Explanation)));
    }

    private static Contradiction Between(string first, string second) =>
        Found.Should().ContainSingle(c => OnOpposite(c, first, second), $"'{first}' and '{second}' should be flagged").Subject;

    private static bool OnOppositeSides(string first, string second) => Found.Any(c => OnOpposite(c, first, second));

    private static bool OnOpposite(Contradiction c, string first, string second) =>
        c.Sides.Any(a => a.Claims.Any(x => x.Id.Value == first))
        && c.Sides.Any(b => b.Claims.Any(x => x.Id.Value == second) && !b.Claims.Any(x => x.Id.Value == first));
}

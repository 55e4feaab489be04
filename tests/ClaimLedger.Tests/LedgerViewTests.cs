using ClaimLedger.Data;

namespace ClaimLedger.Tests;

public class LedgerViewTests
{
    private static readonly Ledger Ledger = BundledLedgers.NagornoKarabakh;

    [Fact]
    public void View_Claims_PairsACopyOfThemWithTheLedger()
    {
        var claims = new List<Claim>(Ledger.ClaimsAbout("parukh-2022"));

        LedgerView view = Ledger.View(claims);
        claims.Clear();

        view.Ledger.Should().BeSameAs(Ledger);
        view.Claims.Should().Equal(Ledger.ClaimsAbout("parukh-2022"));
        view.Incidents.Should().BeEmpty();
        view.IsSingleIncident.Should().BeFalse();
    }

    [Fact]
    public void View_OneIncident_IsShownInFull()
    {
        Incident incident = Ledger.GetIncident("parukh-2022");

        LedgerView view = Ledger.View(incident);

        view.Incidents.Should().Equal(incident);
        view.IsSingleIncident.Should().BeTrue();
        view.ToString().Should().Be($"incident parukh-2022 of {Ledger.Title}");
    }

    [Fact]
    public void View_Incidents_IsAList()
    {
        LedgerView view = Ledger.View(Ledger.Incidents.Take(2));

        view.Incidents.Should().HaveCount(2);
        view.IsSingleIncident.Should().BeFalse();
        view.ToString().Should().Be($"2 incidents of {Ledger.Title}");
    }

    [Fact]
    public void View_Null_Throws()
    {
        Ledger.Invoking(l => l.View((IEnumerable<Claim>)null!)).Should().Throw<ArgumentNullException>();
        Ledger.Invoking(l => l.View((IEnumerable<Incident>)null!)).Should().Throw<ArgumentNullException>();
        Ledger.Invoking(l => l.View((Incident)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Describe_Attribution_NamesTheSpeakerThenItsRelays()
    {
        var attribution = new Attribution("ru-mod") { Relays = ["tass", "no-such-outlet"] };

        Ledger.Describe(attribution).Should().Be($"{Ledger.GetSource("ru-mod").Name}, via {Ledger.GetSource("tass").Name}, no-such-outlet");
        Ledger.Describe(new Attribution("ru-mod")).Should().Be(Ledger.GetSource("ru-mod").Name);
    }
}

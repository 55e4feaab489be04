using ClaimLedger.Data;
using ClaimLedger.Interactive;

namespace ClaimLedger.Tests.Interactive;

public class LedgerHtmlTests
{
    private static readonly Ledger Ledger = BundledLedgers.NagornoKarabakh;

    [Fact]
    public void Render_ViewOfClaims_NamesSpeakersFromTheViewsLedger()
    {
        Claim claim = Ledger.GetClaim("parukh-ru-mod-withdrawn");

        string html = LedgerHtml.Render(Ledger.View([claim]));

        html.Should().Contain("class=\"claimledger-claims\"").And.Contain("Russian Ministry of Defence").And.Contain("Parukh");
    }

    [Fact]
    public void Render_Claim_LinksItsCitationsWithTheirSections()
    {
        Claim claim = Ledger.GetClaim("parukh-ru-mod-withdrawn");

        string html = LedgerHtml.Render(claim);

        html.Should().Contain("Cited: <a href=\"https://en.wikipedia.org/wiki/Russian_peacekeeping_operation_in_Nagorno-Karabakh\">Wikipedia &#167; Ceasefire violations \u203a 2022</a>");
    }

    [Fact]
    public void Render_BareClaim_ShowsIdentifiersAndGuessesNoLedger()
    {
        Claim claim = Ledger.GetClaim("parukh-ru-mod-withdrawn");

        string html = LedgerHtml.Render(claim);

        html.Should().Contain("class=\"claimledger-claim\"").And.Contain($"<strong>{claim.Attribution.Speaker}</strong>",
            "a claim holds only identifiers, and no ledger is remembered or assumed");
    }

    [Fact]
    public void Render_ViewOfOneIncident_ShowsItInFullWithItsClaims()
    {
        Incident incident = Ledger.GetIncident("parukh-2022");

        string html = LedgerHtml.Render(Ledger.View(incident));

        html.Should().Contain("class=\"claimledger-incident\"").And.Contain(">Russian Ministry of Defence</td>")
            .And.Contain($"{Ledger.ClaimsAbout(incident.Id).Count} claims").And.Contain("Ministry of Defence of Azerbaijan");
    }

    [Fact]
    public void Render_ViewOfIncidents_ListsThemWithPlaceNamesAndClaimCounts()
    {
        Incident incident = Ledger.GetIncident("parukh-2022");

        string html = LedgerHtml.Render(Ledger.View([incident]));

        html.Should().Contain("class=\"claimledger-incidents\"").And.Contain(">Parukh, Khramort, Karaglukh mountain</td>")
            .And.Contain($"<td style=\"border:1px solid #ccc;padding:0.25em 0.5em;text-align:left;vertical-align:top\">{Ledger.ClaimsAbout(incident.Id).Count}</td>");
    }

    [Fact]
    public void Render_BareIncident_ShowsNoClaims()
    {
        string html = LedgerHtml.Render(Ledger.GetIncident("parukh-2022"));

        html.Should().Contain("class=\"claimledger-incident\"").And.NotContain("<table");
    }

    [Fact]
    public void Render_MoreClaimsThanMaxRows_CutsTheTableAndSaysHowManyWereLeftOut()
    {
        var claims = Ledger.Claims.Take(LedgerHtml.MaxRows + 5).ToList();

        string html = LedgerHtml.Render(Ledger.View(claims));

        html.Should().Contain($"and 5 more (of {LedgerHtml.MaxRows + 5})");
    }

    [Fact]
    public void Render_TextWithMarkup_IsEncoded()
    {
        Ledger ledger = new LedgerBuilder { Title = "<script>alert(1)</script>" }.Build();

        LedgerHtml.Render(ledger).Should().Contain("&lt;script&gt;").And.NotContain("<script>");
    }
}

using ClaimLedger.Contradictions;
using FsCheck.Xunit;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Contradictions;

public class ContradictionEngineTests
{
    private static readonly Claim Withdrawal = Claim("ru-withdrawal", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022", stated: "27 March 2022");
    private static readonly Claim WithdrawalDenied = Claim("az-denial", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies, time: "27 March 2022", stated: "late March 2022");
    private static readonly Claim RemainsOccupied = Claim("artsakh-occupied", "beglaryan", "party:azerbaijan", "controls", "place:parukh", time: "between 24 and 30 March 2022", stated: "30 March 2022");

    [Fact]
    public void FindAll_AffirmedAndDenied_ReportsDenialWithExplanation()
    {
        Ledger ledger = Build(Withdrawal, WithdrawalDenied);

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Explanation.Should().Be(
            "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022; "
            + "Azerbaijani Ministry of Defence denied it in late March 2022.");
        found.Sides.Should().HaveCount(2);
        found.Sides[0].Claims.Select(c => c.Id.Value).Should().Equal("ru-withdrawal");
        found.Sides[1].Claims.Select(c => c.Id.Value).Should().Equal("az-denial");
        found.Parties.Select(p => p.Value).Should().Equal("azerbaijan", "russia");
        found.IsBetween("russia", "azerbaijan").Should().BeTrue();
        found.Incidents.Should().Equal(new IncidentId("parukh-2022"));
    }

    [Fact]
    public void FindAll_WithdrawalAgainstContinuedControl_ReportsDenialThroughEntailment()
    {
        Ledger ledger = Build(Withdrawal, RemainsOccupied);

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Denial);
        found.Topic.Should().Be("controls place:parukh");
        found.Explanation.Should().Be(
            "Artak Beglaryan said on 30 March 2022 that Azerbaijan controls Parukh on 24–30 March 2022; "
            + "Russian Ministry of Defence said on 27 March 2022 that Azerbaijan withdrew from Parukh on 27 March 2022, "
            + "which implies that it is not the case that Azerbaijan controls Parukh.");
        found.Sides[1].Statements.Single().IsDerived.Should().BeTrue();
    }

    [Fact]
    public void FindAll_ControlOnConsecutiveDays_IsASequenceNotAContradiction()
    {
        Ledger ledger = Build(
            Claim("pk-13", "unnamed", "source:ru-peacekeepers", "controls", "place:hin-tagher", "hadrut-2020", time: "13 December 2020"),
            Claim("az-14", "unnamed", "party:azerbaijan", "controls", "place:hin-tagher", "hadrut-2020", time: "14 December 2020"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void FindAll_TwoHoldersOnTheSameDay_ReportsIncompatibleValues()
    {
        Ledger ledger = Build(
            Claim("pk-13", "ru-mod", "source:ru-peacekeepers", "controls", "place:hin-tagher", "hadrut-2020", time: "13 December 2020"),
            Claim("az-13", "az-mod", "party:azerbaijan", "controls", "place:hin-tagher", "hadrut-2020", time: "mid-December 2020"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleValues);
        found.Explanation.Should().StartWith("Only one value of \"controls\" can hold for Hin Tagher at a time, but the claims give Azerbaijan and Russian peacekeeping contingent:");
        found.Sides.Select(s => s.Position).Should().Equal(
            "Azerbaijan controls Hin Tagher", "Russian peacekeeping contingent controls Hin Tagher");
    }

    [Fact]
    public void FindAll_EachSideBlamesTheOther_ReportsMutualBlame()
    {
        Ledger ledger = Build(
            Claim("artsakh-blames", "artsakh-gov", "party:azerbaijan", "started", "incident:hadrut-2020", "hadrut-2020"),
            Claim("az-blames", "az-mod", "party:armenia", "started", "incident:hadrut-2020", "hadrut-2020"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.MutualBlame);
        found.Explanation.Should().Be(
            "Each side blames the other (Armenia and Azerbaijan) for \"started Hadrut clashes\": "
            + "Azerbaijani Ministry of Defence said that Armenia started Hadrut clashes; "
            + "Artsakh authorities said that Azerbaijan started Hadrut clashes.");
    }

    [Fact]
    public void FindAll_ThirdPartyAndOneSideDisagreeOnWhoStarted_IsNotMutualBlame()
    {
        Ledger ledger = Build(
            Claim("reuters-blames", "reuters", "party:azerbaijan", "started", "incident:hadrut-2020", "hadrut-2020"),
            Claim("az-blames", "az-mod", "party:armenia", "started", "incident:hadrut-2020", "hadrut-2020"));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.IncompatibleValues);
    }

    [Fact]
    public void FindAll_FiguresWhoseRangesDoNotOverlap_ReportsIncompatibleQuantities()
    {
        Ledger ledger = Build(
            Claim("ru-1960", "ru-mod", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: "1,960 personnel"),
            Claim("ys-5000", "yeni-safak", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: "over five thousand personnel"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
        found.Explanation.Should().StartWith("The figures for \"Russia deployed to Nagorno-Karabakh\" cannot all be right, as their ranges do not overlap:");
        found.Explanation.Should().Contain("Russian Ministry of Defence said that Russia deployed to Nagorno-Karabakh: 1,960 personnel");
        found.Explanation.Should().Contain("Yeni Şafak said that Russia deployed to Nagorno-Karabakh: more than 5,000 personnel");
        found.Sides.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("1,960 personnel", "approximately 2,000 personnel")]
    [InlineData("over 100 personnel", "about 120 personnel")]
    [InlineData("1,960 personnel", "1,960 personnel")]
    public void FindAll_FiguresWhoseRangesOverlap_AreNotFlagged(string first, string second)
    {
        Ledger ledger = Build(
            Claim("a", "ru-mod", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: first),
            Claim("b", "reuters", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: second));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void FindAll_DifferentMeasures_AreNotCompared()
    {
        Ledger ledger = Build(
            Claim("region", "unnamed", "text:displaced Armenians", "returned", "place:nagorno-karabakh", "deployment-2020", quantity: "25,000 people"),
            Claim("city", "unnamed", "text:displaced Armenians", "returned", "place:stepanakert", "deployment-2020", quantity: "about 18,000 people"),
            Claim("tr", "unnamed", "party:turkey", "deployed", "place:rtjmc", "deployment-2020", quantity: "38 servicemen"),
            Claim("both", "unnamed", "text:Russian and Turkish servicemen", "deployed", "place:rtjmc", "deployment-2020", quantity: "a total of 60 servicemen"),
            Claim("unit", "unnamed", "party:turkey", "deployed", "place:rtjmc", "deployment-2020", quantity: "136 sappers"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void FindAll_OppositeLabels_ReportsOppositeCharacterisations()
    {
        Ledger ledger = Build(
            Claim("pk-violation", "ru-peacekeepers", "incident:sarybaba-2023", "characterised-as", "text:violation", "sarybaba-2023", stated: "25 March 2023"),
            Claim("az-lawful", "az-mod", "incident:sarybaba-2023", "characterised-as", "text:lawful", "sarybaba-2023", stated: "25 March 2023"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.OppositeCharacterisations);
        found.Explanation.Should().Be(
            "Sarybaba advance is given opposite labels, \"violation\" and \"lawful\": "
            + "Russian peacekeeping contingent called Sarybaba advance \"violation\" on 25 March 2023; "
            + "Azerbaijani Ministry of Defence called Sarybaba advance \"lawful\" on 25 March 2023.");
    }

    [Fact]
    public void FindAll_LabelsNotDeclaredOpposite_AreNotFlagged()
    {
        Ledger ledger = Build(
            Claim("a", "ru-peacekeepers", "incident:sarybaba-2023", "characterised-as", "text:violation", "sarybaba-2023"),
            Claim("b", "az-mod", "incident:sarybaba-2023", "characterised-as", "text:provocation", "sarybaba-2023"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void FindAll_DenialOfADifferentProposition_IsNotFlagged()
    {
        Ledger ledger = Build(
            Withdrawal,
            Claim("other", "az-mod", "party:azerbaijan", "withdrew-from", "place:hin-tagher", stance: Stance.Denies, time: "27 March 2022"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void FindAll_DenialAboutAnotherTime_IsNotFlagged()
    {
        Ledger ledger = Build(
            Withdrawal,
            Claim("other-time", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies, time: "May 2022"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void FindAll_MonthOverlapsDayWithinIt()
    {
        Ledger ledger = Build(
            Withdrawal,
            Claim("month", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies, time: "March 2022"));

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Denial);
    }

    [Fact]
    public void FindAll_LaterDenialByAnotherSpeaker_ReportsReversal()
    {
        Ledger ledger = Build(
            Claim("media", "armenian-media", "text:the attacker", "identified-as", "text:brother of a worker killed on 8 November", stated: "13 November 2021"),
            Claim("denial", "unnamed", "text:the attacker", "identified-as", "text:brother of a worker killed on 8 November", stance: Stance.Denies, statedAfter: "media"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Reversal);
        found.Explanation.Should().Be(
            "Armenian media said on 13 November 2021 that the attacker was identified as brother of a worker killed on 8 November; "
            + "later, Unnamed reports denied it (a later denial by another speaker).");
    }

    [Fact]
    public void FindAll_SpeakerDeniesOwnEarlierStatement_ReportsRetractionBySameSpeaker()
    {
        Ledger ledger = Build(
            Claim("said", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "March 2022", stated: "27 March 2022"),
            Claim("unsaid", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", stance: Stance.Denies, time: "March 2022", stated: "2 April 2022"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Retraction);
        found.Explanation.Should().EndWith("(a retraction by the same speaker).");
    }

    [Fact]
    public void AgreementOn_RelaysOfOneSpeaker_CountAsOneVoice()
    {
        Ledger ledger = Build(
            Withdrawal,
            Claim("via-tass", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022", relays: ["tass"]),
            Claim("via-ria", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", time: "27 March 2022", relays: ["tass", "ria"]),
            WithdrawalDenied);

        Agreement agreement = ContradictionEngine.Default.AgreementOn(ledger, "via-tass");

        agreement.Affirming.Should().ContainSingle().Which.Claims.Should().HaveCount(3);
        agreement.Affirming[0].Speaker.Should().Be(new SourceId("ru-mod"));
        agreement.Denying.Should().ContainSingle().Which.Party.Should().Be(new PartyId("azerbaijan"));
        agreement.AffirmingParties.Should().Equal(new PartyId("russia"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindFor_InALargeTopic_AgreesWithAFullPass_EveryTimeItIsAsked(bool oneValue)
    {
        var day = new LocalDate(2021, 3, 3);
        IEnumerable<Claim> claims = Enumerable.Range(0, 1_500).Select(i => oneValue
            ? new Claim($"c{i:D4}", "clash", new Attribution(i % 2 == 0 ? "north-mod" : "south-mod"), new Proposition(Term.Text($"holder {i % 700}"), "controls", Term.Place("village-a")))
            : new Claim($"c{i:D4}", "clash", new Attribution(i % 2 == 0 ? "north-mod" : "south-mod"),
                new Proposition(Term.Party("north"), "attacked", Term.Party("south")) { Time = FuzzyDate.Between(day.PlusDays(i / 10), day.PlusDays(i / 10)) },
                i % 20 == 0 ? Stance.Denies : Stance.Affirms));
        Ledger ledger = new LedgerBuilder().Add(Generic.World).AddClaim([.. claims]).Build();
        ImmutableArray<Contradiction> all = ContradictionEngine.Default.FindAll(ledger);

        foreach (string id in new[] { "c0000", "c0001", "c0750", "c0755", "c1499" })
        {
            ImmutableArray<Contradiction> expected = [.. all.Where(c => c.Involves(id))];
            ContradictionEngine.Default.FindFor(ledger, id).Should().Equal(expected, id);
            ContradictionEngine.Default.FindFor(ledger, id).Should().Equal(expected, "asked again, " + id);
        }

        all.Should().NotBeEmpty();
    }

    [Fact]
    public void FindFor_ReturnsOnlyContradictionsOfThatClaim()
    {
        Ledger ledger = Build(Withdrawal, WithdrawalDenied, RemainsOccupied,
            Claim("artsakh-blames", "artsakh-gov", "party:azerbaijan", "started", "incident:hadrut-2020", "hadrut-2020"),
            Claim("az-blames", "az-mod", "party:armenia", "started", "incident:hadrut-2020", "hadrut-2020"));

        ContradictionEngine.Default.FindFor(ledger, "ru-withdrawal").Should().HaveCount(2).And.OnlyContain(c => c.Involves("ru-withdrawal"));
        ContradictionEngine.Default.FindFor(ledger, "az-blames").Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.MutualBlame);
    }

    [Fact]
    public void Find_FiltersByKindPartyIncidentPlaceAndDate()
    {
        Ledger ledger = Build(Withdrawal, WithdrawalDenied, RemainsOccupied,
            Claim("artsakh-blames", "artsakh-gov", "party:azerbaijan", "started", "incident:hadrut-2020", "hadrut-2020"),
            Claim("az-blames", "az-mod", "party:armenia", "started", "incident:hadrut-2020", "hadrut-2020"));
        var engine = ContradictionEngine.Default;

        engine.FindAll(ledger).Should().HaveCount(3);
        engine.Find(ledger, new ContradictionFilter { Kinds = [ContradictionKind.MutualBlame] }).Should().ContainSingle();
        engine.Find(ledger, new ContradictionFilter { Party = "russia" }).Should().HaveCount(2);
        engine.Find(ledger, new ContradictionFilter { Party = "artsakh", OtherParty = "russia" }).Should().ContainSingle();
        engine.Find(ledger, new ContradictionFilter { Party = "turkey" }).Should().BeEmpty();
        engine.FindAbout(ledger, "hadrut-2020").Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.MutualBlame);
        engine.Find(ledger, new ContradictionFilter { Place = "parukh" }).Should().HaveCount(2);
        engine.Find(ledger, new ContradictionFilter { Place = "nagorno-karabakh" }).Should().HaveCount(3, "Parukh and Hadrut lie within Nagorno-Karabakh");
        engine.Find(ledger, new ContradictionFilter { During = FuzzyDate.Parse("2022") }).Should().HaveCount(2);
    }

    [Fact]
    public void FindAll_UserDeclaredPredicate_IsAppliedWithNoChangeToTheLibrary()
    {
        var commands = new Predicate("commands", "commands") { Cardinality = PredicateCardinality.OneSubjectPerObject };
        Ledger ledger = new LedgerBuilder().Add(World).AddPredicate(commands).AddClaim(
            Claim("a", "ru-mod", "text:Rustam Muradov", "commands", "source:ru-peacekeepers", "deployment-2020"),
            Claim("b", "reuters", "text:Andrei Volkov", "commands", "source:ru-peacekeepers", "deployment-2020")).Build();

        ledger.FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.IncompatibleValues);
    }

    [Fact]
    public void FindAll_UserRule_IsApplied()
    {
        var engine = new ContradictionEngine(new ContradictionOptions { Rules = [new SameSpeakerTwiceRule()] });
        Ledger ledger = Build(
            Claim("a", "ru-mod", "party:azerbaijan", "attacked", "party:armenia", "hadrut-2020"),
            Claim("b", "ru-mod", "party:azerbaijan", "attacked", "party:armenia", "hadrut-2020"));

        Contradiction found = engine.FindAll(ledger).Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Custom);
        found.Rule.Should().Be("same-speaker-twice");
        found.Explanation.Should().Be("Russian Ministry of Defence said that Azerbaijan attacked Armenia twice.");
    }

    [Property(MaxTest = 40)]
    public bool FindAll_IsIndependentOfTheOrderClaimsWereAdded(int seed)
    {
        Claim[] claims = ManyConflicts();
        Claim[] shuffled = [.. claims];
        new Random(seed).Shuffle(shuffled);

        var expected = Build(claims).FindContradictions().Select(c => (c.Id, c.Explanation));
        var actual = Build(shuffled).FindContradictions().Select(c => (c.Id, c.Explanation));
        return expected.SequenceEqual(actual);
    }

    [Fact]
    public void FindFor_IsSymmetric()
    {
        Ledger ledger = Build(ManyConflicts());
        foreach (Contradiction contradiction in ledger.FindContradictions())
        {
            foreach (Claim a in contradiction.Sides[0].Claims)
            {
                foreach (Claim b in contradiction.Sides[1].Claims)
                {
                    ContradictionEngine.Default.FindFor(ledger, a.Id).Should().Contain(contradiction);
                    ContradictionEngine.Default.FindFor(ledger, b.Id).Should().Contain(contradiction);
                }
            }
        }
    }

    private static Claim[] ManyConflicts() =>
    [
        Withdrawal, WithdrawalDenied, RemainsOccupied,
        Claim("artsakh-blames", "artsakh-gov", "party:azerbaijan", "started", "incident:hadrut-2020", "hadrut-2020"),
        Claim("az-blames", "az-mod", "party:armenia", "started", "incident:hadrut-2020", "hadrut-2020"),
        Claim("ru-1960", "ru-mod", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: "1,960 personnel"),
        Claim("ys-5000", "yeni-safak", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: "over five thousand personnel"),
        Claim("about-2000", "unnamed", "party:russia", "deployed", "place:nagorno-karabakh", "deployment-2020", quantity: "approximately 2,000 personnel"),
        Claim("pk-violation", "ru-peacekeepers", "incident:sarybaba-2023", "characterised-as", "text:violation", "sarybaba-2023"),
        Claim("az-lawful", "az-mod", "incident:sarybaba-2023", "characterised-as", "text:lawful", "sarybaba-2023"),
        Claim("pk-13", "unnamed", "source:ru-peacekeepers", "controls", "place:hin-tagher", "hadrut-2020", time: "13 December 2020"),
        Claim("az-14", "unnamed", "party:azerbaijan", "controls", "place:hin-tagher", "hadrut-2020", time: "14 December 2020"),
        Claim("az-14b", "az-mod", "party:azerbaijan", "captured", "place:hin-tagher", "hadrut-2020", time: "14 December 2020"),
    ];

    private sealed class SameSpeakerTwiceRule : IContradictionRule
    {
        public string Name => "same-speaker-twice";

        public IEnumerable<Contradiction> Find(ContradictionTopic topic) =>
            topic.Statements.Where(s => !s.IsDerived).GroupBy(s => (s.Claim.Speaker, s.Proposition.ToString())).Where(g => g.Count() > 1)
                .Select(g => topic.Create(ContradictionKind.Custom, Name,
                    g.Select(s => (s.Claim.Id.Value, (IEnumerable<Statement>)[s])),
                    $"{topic.Ledger.GetSource(g.Key.Speaker).Name} said that {topic.Describe(g.First().Proposition)} twice."));
    }
}

using ClaimLedger.Contradictions;
using ClaimLedger.Serialization;
using static ClaimLedger.Tests.Contradictions.Generic;

namespace ClaimLedger.Tests.Contradictions;

/// <summary>Reports that change over time: rising tolls, revised figures, withdrawn, hedged and attempted statements, and statements of several parts.</summary>
public class ChangingReportsTests
{
    private static Claim Toll(string id, string speaker, string stated, string quantity) =>
        Claim(id, speaker, "incident:clash", "killed", "text:people", stated: stated, quantity: quantity);

    [Fact]
    public void RisingToll_FromSeveralSpeakers_IsASequence()
    {
        Ledger ledger = Build(
            Toll("d1", "wire", "3 March 2021", "3 people"),
            Toll("d2", "monitor", "5 March 2021", "at least 40 people"),
            Toll("d3", "south-mod", "9 March 2021", "152 people"));

        ledger.FindContradictions().Should().BeEmpty();
    }

    [Fact]
    public void TollsForTheSameDay_ThatDisagree_AreIncompatible()
    {
        Ledger ledger = Build(
            Claim("n", "north-mod", "incident:clash", "wounded", "text:people", stated: "4 March 2021", quantity: "9 people"),
            Claim("s", "south-mod", "incident:clash", "wounded", "text:people", stated: "4 March 2021", quantity: "2 people"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
        found.Explanation.Should().NotContain("[").And.NotContain("∞");
    }

    [Fact]
    public void LaterTollBelowAnEarlierOne_IsFlaggedAsAFall()
    {
        Ledger ledger = Build(
            Toll("early", "wire", "3 March 2021", "at least 100 people"),
            Toll("late", "monitor", "6 March 2021", "about 20 people"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Explanation.Should().StartWith("A running total for \"Border clash killed people\" cannot fall");
    }

    [Fact]
    public void LaterTollBelowAnEarlierHedgedOne_IsNoFall()
    {
        Ledger ledger = Build(
            Toll("early", "wire", "3 March 2021", "more than 70 people") with { Modality = ClaimModality.Hedged, Hedge = "reportedly" },
            Toll("late", "monitor", "6 March 2021", "43 people"));

        ledger.FindContradictions().Should().BeEmpty("a hedged early figure is no firm reading for a later count to fall from");
    }

    [Fact]
    public void Retraction_HoldsTheNoticeThatCarriedIt()
    {
        Claim headline = Claim("headline", "wire", "party:north", "attacked", "place:village-a", stated: "3 March 2021") with
        {
            Attribution = new Attribution("wire")
            {
                Stated = FuzzyDate.Parse("3 March 2021"),
                Withdrawn = new Withdrawal { When = FuzzyDate.Parse("8 March 2021"), How = "disowned the headline in an editors' note" },
            },
        };
        Claim note = Claim("note", "wire", "text:the wire's first report", "characterised-as", "text:insufficiently verified") with
        {
            Attribution = new Attribution("wire") { Stated = FuzzyDate.Parse("8 March 2021"), StatedAfter = "headline" },
        };
        Claim unrelated = Claim("later", "wire", "text:the wire's coverage", "characterised-as", "text:thorough") with
        {
            Attribution = new Attribution("wire") { Stated = FuzzyDate.Parse("20 March 2021"), StatedAfter = "headline" },
        };

        Contradiction found = Build(headline, note, unrelated).FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Retraction);
        found.AreInConflict("headline", "note").Should().BeTrue("the editors' note is the withdrawal in the speaker's own words");
        found.Involves("later").Should().BeFalse("a statement made long after the withdrawal did not carry it");
        found.Explanation.Should().Contain("insufficiently verified").And.NotContain("which the vocabulary takes as");
    }

    [Fact]
    public void ShotDownAircraftOfASide_MeetTheSidesOwnCountOfItsLosses()
    {
        Ledger ledger = Build(
            Claim("claimed", "north-mod", "party:north", "shot-down", "text:South's aircraft", stated: "3 March 2021", quantity: "two aircraft"),
            Claim("admitted", "south-mod", "party:south", "suffered-losses", stated: "3 March 2021", quantity: "one aircraft"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.IncompatibleQuantities);
        found.AreInConflict("claimed", "admitted").Should().BeTrue();
        found.Explanation.Should().Contain("which implies that South suffered losses");
    }

    [Fact]
    public void KilledSoldiersOfASide_AndTheSidesOwnLosses_AreOneMeasure_WhileTwoTollsOfOneMeasureAreFlaggedOnce()
    {
        Ledger ledger = Build(
            Claim("north", "north-mod", "party:north", "killed", "text:soldiers of South", stated: "3 March 2021", quantity: "30 soldiers"),
            Claim("wire", "wire", "party:north", "killed", "text:soldiers of South", stated: "3 March 2021", quantity: "3 soldiers"),
            Claim("south", "south-mod", "party:south", "suffered-losses", stated: "3 March 2021", quantity: "3 soldiers"));

        ImmutableArray<Contradiction> found = ledger.FindContradictions();

        found.Should().HaveCount(2, "the tolls disagree where they were said, and the side's own count meets the higher one");
        found.Should().ContainSingle(c => c.AreInConflict("north", "wire"));
        found.Should().ContainSingle(c => c.AreInConflict("north", "south"));
        found.Should().NotContain(c => c.AreInConflict("wire", "south"));
    }

    [Fact]
    public void CountAtAPlace_WithinTheWhole_ConflictsOnlyByExceedingIt()
    {
        Ledger ledger = Build(
            Claim("whole", "south-mod", "party:north", "killed", "text:people", stated: "3 March 2021", quantity: "5 people"),
            Claim("part", "wire", "party:north", "killed", "text:people", place: "village-a", stated: "3 March 2021", quantity: "2 people"),
            Claim("other-part", "monitor", "party:north", "killed", "text:people", place: "village-b", stated: "3 March 2021", quantity: "9 people"),
            Claim("district", "north-mod", "party:north", "killed", "text:people", place: "district", stated: "3 March 2021", quantity: "12 people"));

        ImmutableArray<Contradiction> found = ledger.FindContradictions();

        found.Should().NotContain(c => c.AreInConflict("whole", "part"), "2 killed in a village of the incident fits 5 in all");
        found.Should().NotContain(c => c.AreInConflict("part", "other-part"), "two villages count different people");
        found.Should().Contain(c => c.AreInConflict("whole", "other-part"), "9 in one village cannot fit 5 in all");
        found.Should().Contain(c => c.AreInConflict("whole", "district"));
        found.Should().NotContain(c => c.AreInConflict("other-part", "district"), "9 in a village fits 12 in its district");
    }

    [Fact]
    public void AsOf_GivenByTheText_IsTheTimeTheTotalIsCompared()
    {
        Ledger ledger = Build(
            Toll("a", "wire", "9 March 2021", "3 people") with { AsOf = FuzzyDate.Parse("3 March 2021") },
            Toll("b", "monitor", "3 March 2021", "40 people"));

        ledger.FindContradictions().Should().ContainSingle("both totals are as of 3 March");
    }

    [Fact]
    public void OneSpeakersCorrectedCount_IsARevisionNotAContradiction()
    {
        Ledger ledger = Build(
            Claim("w1", "south-mod", "party:north", "wounded", "text:people", stated: "3 March 2021", quantity: "1 person"),
            Claim("w4", "south-mod", "party:north", "wounded", "text:people", stated: "4 March 2021", quantity: "4 people"),
            Claim("w9", "south-mod", "party:north", "wounded", "text:people", stated: "5 March 2021", quantity: "9 people"),
            Claim("n2", "north-mod", "party:north", "wounded", "text:people", stated: "3 March 2021", quantity: "2 people"));

        Revision revision = ledger.FindRevisions().Should().ContainSingle().Subject;

        revision.Figures.Select(c => c.Id.Value).Should().Equal("w1", "w4", "w9");
        revision.Current.Id.Value.Should().Be("w9");
        revision.Explanation.Should().Be("South's Ministry of Defence revised its figure for \"North wounded people\": 1 person on 3 March 2021, then 4 people on 4 March 2021, then 9 people on 5 March 2021.");
        Contradiction found = ledger.FindContradictions().Should().ContainSingle("the superseded 1 met North's 2 the day both were said; 9 as of 5 March is a later total").Subject;
        found.Claims.Select(c => c.Id.Value).Should().Equal("n2", "w1");
        found.Explanation.Should().EndWith("South's Ministry of Defence later revised its figure (1 person) on 4 March 2021; the finding holds for what was said before that.");
        new ContradictionEngine(new ContradictionOptions { KeepSuperseded = true }).FindAll(ledger)
            .Should().ContainSingle().Which.Claims.Select(c => c.Id.Value).Should().Contain(["w1", "n2"]);
    }

    [Fact]
    public void SupersededCount_MeetsOnlyWhatOthersSaidBeforeItWasRevised()
    {
        Ledger ledger = Build(
            Claim("w1", "south-mod", "party:north", "wounded", "text:people", stated: "3 March 2021", quantity: "1 person"),
            Claim("w4", "south-mod", "party:north", "wounded", "text:people", stated: "4 March 2021", quantity: "4 people"),
            Claim("n1", "north-mod", "party:north", "wounded", "text:people", stated: "4 March 2021", quantity: "3 people") with { AsOf = FuzzyDate.Parse("3 March 2021") },
            Claim("same-day", "wire", "party:north", "wounded", "text:people", stated: "4 March 2021", quantity: "2 people") with { AsOf = FuzzyDate.Parse("3 March 2021") });

        ledger.FindContradictions().SelectMany(c => c.Claims).Select(c => c.Id.Value).Should().NotContain("w1",
            "South's 1 was revised on 4 March, the day the others spoke of 3 March: it was no longer on the record");
    }

    [Fact]
    public void WithdrawnStatement_MeetsWhatOthersSaidWhileItStood_AndSaysItWasWithdrawn()
    {
        Claim said = Claim("said", "north-mod", "party:south", "attacked", "place:village-a", stated: "3 March 2021", time: "3 March 2021");
        said = said with { Attribution = said.Attribution with { Withdrawn = new Withdrawal { How = "apologised for the report", When = FuzzyDate.Parse("9 March 2021") } } };
        Ledger ledger = Build(
            said,
            Claim("before", "south-mod", "party:south", "attacked", "place:village-a", Stance.Denies, stated: "5 March 2021", time: "3 March 2021"),
            Claim("after", "wire", "party:south", "attacked", "place:village-a", Stance.Denies, stated: "10 March 2021", time: "3 March 2021"));

        Contradiction met = ledger.FindContradictions().Should().ContainSingle(c => c.Kind != ContradictionKind.Retraction).Subject;

        met.Claims.Select(c => c.Id.Value).Should().Equal("before", "said");
        met.Explanation.Should().EndWith("North's Ministry of Defence later withdrew the statement (apologised for the report, on 9 March 2021); it meets here only what was said before that.");
    }

    [Fact]
    public void DeletedPost_IsARetractionThatSaysWhatHappened()
    {
        Claim post = Claim("post", "north-mod", "party:south", "struck", "place:village-a", stated: "3 March 2021") with { };
        post = post with { Attribution = post.Attribution with { Withdrawn = new Withdrawal { How = "deleted the post", When = FuzzyDate.Parse("3 March 2021") } } };
        Ledger ledger = Build(post, Claim("denial", "south-mod", "party:south", "attacked", "place:village-a", Stance.Denies));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.Kind.Should().Be(ContradictionKind.Retraction);
        found.Explanation.Should().Be("North's Ministry of Defence said on 3 March 2021 that South struck Alder; North's Ministry of Defence deleted the post on 3 March 2021 (a retraction by the same speaker). The claims word it \"struck\", which the vocabulary takes as \"attacked\".");
        found.Explanation.Should().NotContain("denied");
    }

    [Fact]
    public void LaterDenialByTheSameSpeaker_IsARetraction_ByAnother_IsAReversal()
    {
        Ledger ledger = Build(
            Claim("said", "north-mod", "party:south", "attacked", "party:north", stated: "3 March 2021"),
            Claim("own", "north-mod", "party:south", "attacked", "party:north", Stance.Denies, stated: "9 March 2021"),
            Claim("other", "wire", "party:south", "attacked", "party:north", Stance.Denies, stated: "9 March 2021"));

        ledger.FindContradictions().Select(c => c.Kind).Should().ContainSingle().Which.Should().Be(ContradictionKind.Reversal,
            "one denial came from another speaker, so not every denial is the speaker's own");
        Build(ledger.Claims.Take(2).ToArray()).FindContradictions().Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.Retraction);
    }

    [Fact]
    public void HedgedClaim_MakesATentativeFinding()
    {
        Ledger ledger = Build(
            Claim("rumour", "wire", "party:north", "seized", "place:village-a") with { Modality = ClaimModality.Hedged, Hedge = "reportedly" },
            Claim("holds", "south-mod", "party:south", "controls", "place:village-a"));

        Contradiction found = ledger.FindContradictions().Should().ContainSingle().Subject;

        found.IsTentative.Should().BeTrue();
        found.Explanation.Should().EndWith("Tentative: Wire service's statement is hedged (\"reportedly\").");
    }

    [Fact]
    public void Attempt_IsComparedOnlyWithAttempts()
    {
        Ledger ledger = Build(
            Claim("tried", "south-mod", "party:north", "captured", "place:village-a") with { Modality = ClaimModality.Attempted },
            Claim("never", "north-mod", "party:north", "captured", "place:village-a", Stance.Denies),
            Claim("holds", "south-mod", "party:south", "controls", "place:village-a"));

        ledger.FindContradictions().Should().BeEmpty("trying to capture is neither capturing nor holding");
    }

    [Fact]
    public void Parts_OfOneStatement_ShareItsAttributionAndNameItsFirstPart()
    {
        ImmutableArray<Claim> parts = Claim.Parts("mod-0305", "clash", new Attribution("south-mod") { Quote = "they shelled Alder and wounded two residents" },
            new ClaimPart(new Proposition(Term.Party("north"), "shelled", Term.Place("village-a"))),
            new ClaimPart(new Proposition(Term.Party("north"), "wounded", Term.Text("residents"))) { Quantity = Quantity.Exactly(2, "residents") });

        parts.Select(c => c.Id.Value).Should().Equal("mod-0305", "mod-0305.2");
        parts[1].PartOf.Should().Be(new ClaimId("mod-0305"));
        parts[1].Attribution.Should().BeSameAs(parts[0].Attribution);

        Ledger ledger = Build([.. parts, Claim("n", "north-mod", "party:north", "shelled", "place:village-a", Stance.Denies)]);
        ledger.FindContradictions().Should().ContainSingle().Which.Claims.Select(c => c.Id.Value).Should().Equal("mod-0305", "n");
        LedgerFile.Parse(LedgerFile.ToJson(ledger)).Claims.Should().Equal(ledger.Claims);
    }

    [Fact]
    public void NewFields_SaveAndLoadLosslessly()
    {
        Claim hedged = Toll("h", "wire", "3 March 2021", "40 people") with { AsOf = FuzzyDate.Parse("2 March 2021"), Modality = ClaimModality.Conditional, Hedge = "if confirmed" };
        hedged = hedged with { Attribution = hedged.Attribution with { Withdrawn = new Withdrawal { By = "monitor", When = FuzzyDate.Parse("4 March 2021"), How = "retracted the report" } } };
        Ledger ledger = Build([new Predicate("toll", "toll") { Counts = CountKind.RunningTotal, Quantity = QuantityUse.Required }], hedged);

        Ledger loaded = LedgerFile.Parse(LedgerFile.ToJson(ledger));

        loaded.Claims.Should().Equal(ledger.Claims);
        loaded.GetPredicate("toll").Counts.Should().Be(CountKind.RunningTotal);
    }
}

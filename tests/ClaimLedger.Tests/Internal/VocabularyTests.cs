using ClaimLedger.Internal;

namespace ClaimLedger.Tests.Internal;

/// <summary>
/// The vocabulary on a small hand-made set of predicates, so that each case shows one rule: wordings resolve to their
/// notion (through chains, inverses swapping subject and object), entailments chain through affirmed steps with their
/// argument mappings composed, and a cycle stops.
/// </summary>
public class VocabularyTests
{
    private static readonly Predicate Holds = new("holds", "holds") { Entails = [new Entailment("present-in")] };
    private static readonly Predicate Keeps = new("keeps", "keeps") { SameAs = "holds" };
    private static readonly Predicate StillKeeps = new("still-keeps", "still keeps") { SameAs = "keeps" };
    private static readonly Predicate IsHeldBy = new("is-held-by", "is held by") { InverseOf = "holds" };
    private static readonly Predicate Holder = new("holder-of", "is the holder of") { InverseOf = "is-held-by" };
    private static readonly Predicate PresentIn = new("present-in", "is present in") { Entails = [new Entailment("absent-from", Negated: true)] };
    private static readonly Predicate AbsentFrom = new("absent-from", "is absent from") { Entails = [new Entailment("far-from")] };
    private static readonly Predicate FarFrom = new("far-from", "is far from");
    private static readonly Predicate Seized = new("seized", "seized") { Entails = [new Entailment("holds")] };
    private static readonly Predicate Lost = new("lost", "lost") { Entails = [new Entailment("is-held-by")] };
    private static readonly Predicate Killed = new("killed", "killed")
    {
        Entails = [new Entailment("suffered-losses") { Subject = EntailedTerm.Object, Object = EntailedTerm.Nothing }],
    };
    private static readonly Predicate SufferedLosses = new("suffered-losses", "suffered losses") { Entails = [new Entailment("weakened")] };
    private static readonly Predicate Weakened = new("weakened", "was weakened");

    private static readonly Vocabulary Words = Of(Holds, Keeps, StillKeeps, IsHeldBy, Holder, PresentIn, AbsentFrom, FarFrom, Seized, Lost, Killed, SufferedLosses, Weakened);

    [Theory]
    [InlineData("holds", "holds", false)]
    [InlineData("keeps", "holds", false)]
    [InlineData("still-keeps", "holds", false)]
    [InlineData("is-held-by", "holds", true)]
    [InlineData("holder-of", "holds", false)]
    public void MeaningOf_Wording_ResolvesToItsNotion_InversesSwap(string predicate, string root, bool swapped)
    {
        Words.RootOf(predicate).Id.Value.Should().Be(root);
        Words.MeaningOf(predicate).Swapped.Should().Be(swapped, "an inverse of an inverse words the notion the right way round");
    }

    [Fact]
    public void MeaningOf_Wording_HasItsNotionsEntailments() =>
        Words.MeaningOf("still-keeps").Links.Should().Equal(Words.MeaningOf("holds").Links);

    [Fact]
    public void Canonical_SameAs_TakesTheNotionsPredicate_TermsUnchanged()
    {
        Proposition said = Said("party:azerbaijan", "still-keeps", "place:parukh");

        Words.Canonical(said).Should().Be(Said("party:azerbaijan", "holds", "place:parukh"));
    }

    [Fact]
    public void Canonical_Inverse_SwapsSubjectAndObject_AndKeepsTheTime()
    {
        Proposition said = Said("place:parukh", "is-held-by", "party:azerbaijan") with { Time = FuzzyDate.Parse("27 March 2022") };

        Words.Canonical(said).Should().Be(Said("party:azerbaijan", "holds", "place:parukh") with { Time = FuzzyDate.Parse("27 March 2022") });
    }

    [Fact]
    public void Canonical_InverseWithNoObject_KeepsItsSubject() =>
        Words.Canonical(Said("place:parukh", "is-held-by")).Should().Be(Said("place:parukh", "holds"));

    [Fact]
    public void Canonical_NotionOrUnknownPredicate_IsTheSameProposition()
    {
        Proposition notion = Said("party:azerbaijan", "holds", "place:parukh");
        Proposition unknown = Said("party:azerbaijan", "annexed", "place:parukh");

        Words.Canonical(notion).Should().BeSameAs(notion);
        Words.Canonical(unknown).Should().BeSameAs(unknown);
    }

    [Fact]
    public void Links_ChainThroughAffirmedSteps_AndStopAtADenial()
    {
        ImmutableArray<Entailment> links = Words.MeaningOf("seized").Links;

        links.Select(l => (l.Predicate.Value, l.Negated)).Should().Equal(("holds", false), ("present-in", false), ("absent-from", true));
        links.Should().NotContain(l => l.Predicate == "far-from", "what a denied notion would entail does not follow");
    }

    [Fact]
    public void Links_ToAnInverse_PointAtTheNotion_WithTheMappingTurnedRound()
    {
        Entailment link = Words.MeaningOf("lost").Links[0];

        link.Predicate.Value.Should().Be("holds");
        (link.Subject, link.Object).Should().Be((EntailedTerm.Object, EntailedTerm.Subject));
    }

    [Fact]
    public void Links_ComposeArgumentMappings_AlongTheChain()
    {
        ImmutableArray<Entailment> links = Words.MeaningOf("killed").Links;

        links.Select(l => (l.Predicate.Value, l.Subject, l.Object)).Should().Equal(
            ("suffered-losses", EntailedTerm.Object, EntailedTerm.Nothing),
            ("weakened", EntailedTerm.Object, EntailedTerm.Nothing));
    }

    [Fact]
    public void Links_ACycleOfEntailments_Stops_WithEachLinkOnceAndNoneBackToItself()
    {
        Vocabulary cycle = Of(
            new Predicate("a", "a") { Entails = [new Entailment("b")] },
            new Predicate("b", "b") { Entails = [new Entailment("c")] },
            new Predicate("c", "c") { Entails = [new Entailment("a"), new Entailment("b") { Subject = EntailedTerm.Object, Object = EntailedTerm.Subject }] });

        // a -> b -> c -> (a itself: dropped), and c -> b turned round -> c turned round -> a turned round -> b (seen).
        cycle.MeaningOf("a").Links.Select(l => (l.Predicate.Value, l.Subject, l.Object)).Should().Equal(
            ("b", EntailedTerm.Subject, EntailedTerm.Object),
            ("c", EntailedTerm.Subject, EntailedTerm.Object),
            ("b", EntailedTerm.Object, EntailedTerm.Subject),
            ("c", EntailedTerm.Object, EntailedTerm.Subject),
            ("a", EntailedTerm.Object, EntailedTerm.Subject));
        cycle.MeaningOf("b").Links.Should().OnlyHaveUniqueItems().And.NotContain(l => l.Predicate == "b" && l.Subject == EntailedTerm.Subject && l.Object == EntailedTerm.Object);
    }

    [Fact]
    public void RootOf_ACycleOfWordings_Stops()
    {
        Vocabulary cycle = Of(new Predicate("p", "p") { SameAs = "q" }, new Predicate("q", "q") { SameAs = "p" });

        new[] { "p", "q" }.Should().Contain(cycle.RootOf("p").Id.Value);
    }

    [Fact]
    public void RootOf_WordingOfAnUnknownPredicate_IsItself() =>
        Of(new Predicate("orphan", "orphan") { SameAs = "nowhere" }).RootOf("orphan").Id.Value.Should().Be("orphan");

    [Fact]
    public void Apply_MapsTheTerms_AndNeedsTheObjectItMaps()
    {
        Entailment losses = Words.MeaningOf("killed").Links[0];

        Words.Apply(Said("party:azerbaijan", "killed", "party:armenia"), losses).Should().Be(Said("party:armenia", "suffered-losses"));
        Words.Apply(Said("party:azerbaijan", "killed"), losses).Should().BeNull("the losses are the object's, and there is none");
    }

    [Theory]
    [InlineData("text:Armenian soldiers", "party:armenia")]
    [InlineData("text:soldiers of Armenia", "party:armenia")]
    [InlineData("text:servicemen of the Armenian Armed Forces", "party:armenia")]
    [InlineData("party:armenia", "party:armenia")]
    [InlineData("text:Armenian and Azerbaijani soldiers", null)]
    [InlineData("text:people", null)]
    [InlineData("text:Armeniansoldiers", null)]
    [InlineData("place:parukh", null)]
    public void OwnerOf_NamesTheOnePartyADescriptionNames(string term, string? owner)
    {
        Vocabulary words = new(BuiltInPredicates.All.ToImmutableDictionary(p => p.Id), Parties(("armenia", "Armenia", "Armenian"), ("azerbaijan", "Azerbaijan", "Azerbaijani")));

        words.OwnerOf(Term.Parse(term)).Should().Be(owner is null ? null : Term.Parse(owner));
    }

    [Fact]
    public void Apply_ThroughTheObjectsOwner_GivesTheDescribedSideItsLosses()
    {
        Vocabulary words = new(BuiltInPredicates.All.ToImmutableDictionary(p => p.Id), Parties(("india", "India", "Indian")));
        Entailment losses = words.MeaningOf("shot-down").Links.Single(l => l.Predicate == "suffered-losses");

        losses.KeepsQuantity.Should().BeTrue("two aircraft shot down are two aircraft lost");
        words.Apply(Said("party:pakistan", "shot-down", "text:Indian aircraft"), losses).Should().Be(Said("party:india", "suffered-losses"));
        words.Apply(Said("party:pakistan", "shot-down", "text:aircraft"), losses).Should().BeNull("the aircraft are nobody's the ledger knows");
    }

    [Fact]
    public void StatementsOf_Affirmation_IsItsCanonicalPropositionThenEachEntailed()
    {
        var into = new List<Vocabulary.Derivation>();

        Words.StatementsOf(ClaimOf("place:parukh", "is-held-by", "party:azerbaijan"), into);

        into.Select(d => (d.Proposition, d.Stance)).Should().Equal(
            (Said("party:azerbaijan", "holds", "place:parukh"), Stance.Affirms),
            (Said("party:azerbaijan", "present-in", "place:parukh"), Stance.Affirms),
            (Said("party:azerbaijan", "absent-from", "place:parukh"), Stance.Denies));
        into[0].Via.Should().BeNull();
        into[1].Via.Should().Be(Words.MeaningOf("holds").Links[0]);
    }

    [Fact]
    public void StatementsOf_DenialOrAttempt_ImpliesNothing()
    {
        var denied = new List<Vocabulary.Derivation>();
        var attempted = new List<Vocabulary.Derivation>();

        Words.StatementsOf(ClaimOf("party:azerbaijan", "seized", "place:parukh", Stance.Denies), denied);
        Words.StatementsOf(ClaimOf("party:azerbaijan", "seized", "place:parukh") with { Modality = ClaimModality.Attempted }, attempted);

        denied.Should().ContainSingle().Which.Stance.Should().Be(Stance.Denies);
        attempted.Should().ContainSingle().Which.Proposition.Predicate.Value.Should().Be("seized");
    }

    [Fact]
    public void EntailedBy_ListsEveryNotionThatLeadsToANotion()
    {
        Words.EntailedBy["holds"].Select(x => x.Premise.Id.Value).Should().BeEquivalentTo(["seized", "lost"]);
        Words.EntailedBy["absent-from"].Select(x => x.Premise.Id.Value).Should().BeEquivalentTo(["holds", "present-in", "seized", "lost"]);
        Words.EntailedBy["absent-from"].Should().OnlyContain(x => x.Link.Negated);
        Words.EntailedBy["far-from"].Select(x => x.Premise.Id.Value).Should().Equal(["absent-from"], "a chain does not go on through a denied step");
        Words.EntailedBy["seized"].Should().BeEmpty();
    }

    private static Vocabulary Of(params Predicate[] predicates) => new(predicates.ToImmutableDictionary(p => p.Id), ImmutableDictionary<string, ImmutableList<PartyId>>.Empty);

    private static ImmutableDictionary<string, ImmutableList<PartyId>> Parties(params (string Id, string Name, string Alias)[] parties) =>
        parties.SelectMany(p => new[] { (Name: p.Name, p.Id), (Name: p.Alias, p.Id) })
            .ToImmutableDictionary(x => TextFolding.Fold(x.Name), x => ImmutableList.Create(new PartyId(x.Id)));

    private static Proposition Said(string subject, string predicate, string? obj = null) =>
        new(Term.Parse(subject), predicate, obj is null ? null : Term.Parse(obj));

    private static Claim ClaimOf(string subject, string predicate, string? obj = null, Stance stance = Stance.Affirms) =>
        new("c1", "parukh-2022", new Attribution("ru-mod"), Said(subject, predicate, obj), stance);
}

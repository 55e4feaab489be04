using ClaimLedger.Validation;
using FsCheck.Xunit;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests;

public class LedgerBuilderTests
{
    [Fact]
    public void Build_AfterValidBatch_HoldsEverythingInOrder()
    {
        Ledger ledger = new LedgerBuilder().Add(World).Build();

        ledger.Parties.Select(p => p.Id.Value).Should().Equal("russia", "azerbaijan", "armenia", "artsakh", "turkey");
        ledger.Sources.Should().HaveCount(World.Sources.Length);
        ledger.Predicates.Should().StartWith(BuiltInPredicates.All);
        ledger.Claims.Should().BeEmpty();
    }

    [Fact]
    public void Add_ClaimNamingUnknownSource_ReportsPathCodeAndValue()
    {
        var builder = new LedgerBuilder().Add(World);

        var act = () => builder.AddClaim(Claim("c1", "ru-mdo", "party:azerbaijan", "withdrew-from", "place:parukh"));

        ValidationProblem problem = act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("claims[0].attribution.speaker");
        problem.Code.Should().Be(ErrorCodes.UnknownReference);
        problem.Message.Should().Be("no source 'ru-mdo' is defined");
        problem.AttemptedValue.Should().Be("ru-mdo");
    }

    [Fact]
    public void Add_BatchWithManyProblems_ReportsEveryOneAndChangesNothing()
    {
        var builder = new LedgerBuilder().Add(World);
        var batch = new LedgerBatch
        {
            Claims =
            [
                Claim("ok", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh"),
                Claim("bad-incident", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", incident: "nowhere-2022"),
                Claim("bad-place", "ru-mod", "party:azerbaijan", "withdrew-from", "place:atlantis"),
                Claim("bad-quote", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", quote: "  "),
                Claim("ok", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh"),
            ],
        };

        var act = () => builder.Add(batch);

        var problems = act.Should().Throw<LedgerValidationException>().Which.Problems;
        problems.Select(p => (p.Path, p.Code)).Should().BeEquivalentTo(new[]
        {
            ("claims[1].incident", ErrorCodes.UnknownReference),
            ("claims[2].proposition.object", ErrorCodes.UnknownReference),
            ("claims[3].attribution.quote", ErrorCodes.EmptyQuote),
            ("claims[4].id", ErrorCodes.DuplicateId),
        });
        problems.Single(p => p.Code == ErrorCodes.DuplicateId).Message.Should().Be("the claim id 'ok' is already used by claims[0]");
        problems.Single(p => p.Path == "claims[2].proposition.object").Message.Should().Be("the object 'place:atlantis' names nothing the ledger defines");
        builder.ClaimCount.Should().Be(0, "a batch goes in whole or not at all");
    }

    [Fact]
    public void Add_IdAlreadyInLedger_ReportsDuplicate()
    {
        var builder = new LedgerBuilder().Add(World);

        var act = () => builder.AddParty(new Party("russia", "Russia again"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "parties[0].id" && p.Code == ErrorCodes.DuplicateId
                && p.Message == "the ledger already has a party 'russia'");
    }

    [Theory]
    [InlineData(new[] { "tass", "tass" }, "claims[0].attribution.relays[1]", "the relay chain names 'tass' twice")]
    [InlineData(new[] { "tass", "ru-mod" }, "claims[0].attribution.relays[1]", "the relay chain loops back to the speaker 'ru-mod'")]
    public void Add_RelayChainThatLoops_IsRejected(string[] relays, string path, string message)
    {
        var builder = new LedgerBuilder().Add(World);

        var act = () => builder.AddClaim(Claim("c", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", relays: relays));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == path && p.Code == ErrorCodes.RelayLoop && p.Message == message);
    }

    [Fact]
    public void Add_StatementsEachSaidToComeAfterTheOther_IsRejected()
    {
        var builder = new LedgerBuilder().Add(World);

        var act = () => builder.AddClaim(
            Claim("a", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", statedAfter: "b"),
            Claim("b", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh", statedAfter: "a"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("claims[0].attribution.statedAfter", ErrorCodes.RelayLoop),
            ("claims[1].attribution.statedAfter", ErrorCodes.RelayLoop));
    }

    [Fact]
    public void Add_QuantityOnPredicateThatTakesNone_IsRejected()
    {
        var builder = new LedgerBuilder().Add(World);

        var act = () => builder.AddClaim(Claim("c", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", quantity: "3 units"));

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "claims[0].quantity" && p.Code == ErrorCodes.QuantityMismatch
                && p.Message == "the predicate 'withdrew-from' takes no quantity");
    }

    [Fact]
    public void Add_UnknownPartyAffiliationAndParentAndPredicate_AreRejected()
    {
        var builder = new LedgerBuilder();

        var act = () => builder.Add(new LedgerBatch
        {
            Sources = [new Source("x", "X", SourceKind.Government) { Party = "atlantis" }],
            Places = [new Place("p", "P") { Parent = "nowhere", Coordinates = new GeoCoordinates(91, 0) }],
            Predicates = [new Predicate("blames", "blames") { Entails = [new Entailment("accuses")] }],
        });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "sources[0].party: no party 'atlantis' is defined [unknown-reference]",
            "places[0].parent: no place 'nowhere' is defined [unknown-reference]",
            "places[0].coordinates.latitude: latitude 91 is outside -90 to 90 [out-of-range]",
            "predicates[0].entails[0].predicate: no predicate 'accuses' is defined [unknown-reference]");
    }

    [Fact]
    public void Add_PlaceThatIsItsOwnAncestor_IsRejected()
    {
        var act = () => new LedgerBuilder().AddPlace(new Place("a", "A") { Parent = "b" }, new Place("b", "B") { Parent = "a" });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => p.Code).Should().Equal(ErrorCodes.ParentLoop, ErrorCodes.ParentLoop);
    }

    [Fact]
    public void Add_EmptyNames_AreRejected()
    {
        var act = () => new LedgerBuilder().AddParty(new Party("p", " ") { Aliases = [""] });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "parties[0].name: a party's name must not be empty [required]",
            "parties[0].aliases[0]: an alias must not be empty [required]");
    }

    [Fact]
    public void ValidationException_Message_ListsProblems()
    {
        var act = () => new LedgerBuilder().AddParty(new Party("p", ""));

        act.Should().Throw<LedgerValidationException>().WithMessage("The data has 1 problem:*parties[0].name: a party's name must not be empty [required]");
    }

    [Fact]
    public void Build_ThenAddMore_LeavesEarlierSnapshotUnchanged()
    {
        var builder = new LedgerBuilder().Add(World);
        Ledger before = builder.Build();

        builder.AddClaim(Claim("c", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh"));

        before.Claims.Should().BeEmpty();
        builder.Build().Claims.Should().ContainSingle();
    }

    [Property(MaxTest = 60)]
    public bool Add_BatchWithAnyInvalidClaim_LeavesBuilderUnchanged(int validCount, int badIndex, bool badSpeaker)
    {
        int count = Math.Abs(validCount % 8) + 1;
        var claims = Enumerable.Range(0, count)
            .Select(i => Claim($"c{i}", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh"))
            .ToList();
        int bad = Math.Abs(badIndex % (count + 1));
        claims.Insert(bad, badSpeaker
            ? Claim("bad", "nobody", "party:azerbaijan", "withdrew-from", "place:parukh")
            : Claim("bad", "ru-mod", "party:nobody", "withdrew-from", "place:parukh"));
        var builder = new LedgerBuilder().Add(World);
        Ledger before = builder.Build();

        bool added = builder.TryAdd(new LedgerBatch { Claims = [.. claims] }, out var problems);

        Ledger after = builder.Build();
        return !added && problems.Length == 1 && problems[0].Path.StartsWith($"claims[{bad}]", StringComparison.Ordinal)
            && after.Claims.Count == 0 && after.ToString() == before.ToString();
    }
}

public class ImmutableArrayDefaultsTests
{
    [Fact]
    public void DefaultArrays_AreStoredAsEmpty_SoValidationAndWritingNeverSeeThem()
    {
        var party = new Party("p", "P") { Aliases = default, AlignedWith = default };
        var batch = new LedgerBatch { Parties = [party], Claims = default };

        party.Aliases.Should().BeEmpty();
        batch.Claims.Should().BeEmpty();
        new LedgerBuilder().Add(batch).Build().Parties.Should().ContainSingle();
    }

    [Fact]
    public void ValidateOnBuild_FluentChainWithProblemsInSeveralCalls_BuildReportsEveryOneAndChangesNothing()
    {
        var builder = new LedgerBuilder { ValidateOnBuild = true };

        builder
            .AddSource(new Source("x", "X", SourceKind.Government) { Party = "atlantis" })
            .AddPlace(new Place("p", "P") { Parent = "nowhere" })
            .AddPredicate(new Predicate("blames", "blames") { Entails = [new Entailment("accuses")] });
        var act = () => builder.Build();

        act.Should().Throw<LedgerValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "sources[0].party: no party 'atlantis' is defined [unknown-reference]",
            "places[0].parent: no place 'nowhere' is defined [unknown-reference]",
            "predicates[0].entails[0].predicate: no predicate 'accuses' is defined [unknown-reference]");
        builder.TryBuild(out Ledger? ledger, out var problems).Should().BeFalse("the additions still wait, unchanged");
        ledger.Should().BeNull();
        problems.Should().HaveCount(3);
    }

    [Fact]
    public void ValidateOnBuild_ItemsReferringToLaterCalls_AreOneBatch()
    {
        Ledger ledger = new LedgerBuilder { ValidateOnBuild = true }
            .AddSource(new Source("ru-mod", "Russian Ministry of Defence", SourceKind.Military) { Party = "russia" })
            .AddParty(WellKnownParties.Russia)
            .Build();

        ledger.Sources.Should().ContainSingle().Which.Party.Should().Be(new PartyId("russia"));
    }

    [Fact]
    public void ValidateOnBuild_PathsCountItemsAcrossCalls_AndAValidBuildClearsWhatWaited()
    {
        var builder = new LedgerBuilder { ValidateOnBuild = true }.Add(World);
        builder.Build();
        int claimsBefore = builder.ClaimCount;

        builder.AddClaim(Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh"))
            .AddClaim(Claim("c2", "ru-mdo", "party:azerbaijan", "withdrew-from", "place:parukh"));

        builder.ClaimCount.Should().Be(claimsBefore + 2, "claims waiting for Build count");
        var act = () => builder.Build();
        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("claims[1].attribution.speaker", "the second claim added, in the second call");
    }

    [Fact]
    public void Default_EachAddValidatesItsOwnBatch_SoAChainStopsAtTheFirstFailingCall()
    {
        var builder = new LedgerBuilder();

        var act = () => builder
            .AddSource(new Source("x", "X", SourceKind.Government) { Party = "atlantis" })
            .AddPlace(new Place("p", "P") { Parent = "nowhere" });

        act.Should().Throw<LedgerValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("sources[0].party");
        builder.Build().Sources.Should().BeEmpty();
    }
}

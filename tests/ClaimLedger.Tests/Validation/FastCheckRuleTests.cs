using ClaimLedger.Internal;
using ClaimLedger.Validation;
using FluentValidation;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Validation;

/// <summary>
/// The fast checks (<see cref="ClaimFastCheck"/>, <see cref="EntityFastCheck"/>) restate the FluentValidation rules
/// in plain code. Here the list of rules is read from the validators themselves, and every rule must have a fault
/// that breaks it: a rule added to a validator without a fault here fails <c>EveryRule_HasAFault</c>, and every fault
/// must be refused by the fast check and reported by the validators with the rule's path and code.
/// </summary>
public class FastCheckRuleTests
{
    private const string Custom = "custom";

    // Keyed by "Property:code" as the validators declare them (a rule written with Custom() has no declared code).
    private static readonly Dictionary<string, Func<Claim, Claim>[]> ClaimFaults = new()
    {
        ["Id:" + ErrorCodes.Required] = [c => c with { Id = default }],
        ["Incident:" + ErrorCodes.UnknownReference] = [c => c with { Incident = "no-such-incident" }],
        ["Stance:" + ErrorCodes.InvalidValue] = [c => c with { Stance = (Stance)7 }],
        ["Note:" + ErrorCodes.InvalidText] = [c => c with { Note = "bad\u0001note" }],
        ["Quantity:" + ErrorCodes.InvalidText] = [c => WithPredicate(c, "attacked") with { Quantity = Quantity.AtLeast(3, "bad\u0001unit") }],
        ["Quantity:" + Custom] = [c => c with { Quantity = Quantity.Parse("3 units") }],
        ["Attribution.StatedAfter:" + ErrorCodes.RelayLoop] = [c => c with { Attribution = c.Attribution with { StatedAfter = c.Id } }],
        ["Modality:" + ErrorCodes.InvalidValue] = [c => c with { Modality = (ClaimModality)9 }],
        ["PartOf:" + ErrorCodes.UnknownReference] = [c => c with { PartOf = "no-such-claim" }],
        ["PartOf:" + ErrorCodes.RelayLoop] = [c => c with { PartOf = c.Id }],
        ["Attribution.Speaker:" + ErrorCodes.UnknownReference] = [c => c with { Attribution = c.Attribution with { Speaker = "nobody" } }],
        ["Attribution.Voice:" + ErrorCodes.InvalidValue] = [c => c with { Attribution = c.Attribution with { Voice = (AttributionVoice)42 } }],
        ["Attribution.Relays:" + ErrorCodes.UnknownReference] = [c => c with { Attribution = c.Attribution with { Relays = ["nobody"] } }],
        ["Attribution.Relays:" + Custom] =
        [
            c => c with { Attribution = c.Attribution with { Relays = ["tass", "tass"] } },
            c => c with { Attribution = c.Attribution with { Relays = [c.Attribution.Speaker] } },
        ],
        ["Attribution.StatedAfter:" + ErrorCodes.UnknownReference] = [c => c with { Attribution = c.Attribution with { StatedAfter = "no-such-claim" } }],
        ["Attribution.Quote:" + ErrorCodes.EmptyQuote] = [c => c with { Attribution = c.Attribution with { Quote = " " } }],
        ["Attribution.Citations:" + Custom] =
        [
            c => c with { Attribution = c.Attribution with { Citations = [new Citation { Publisher = "TASS" }] } },
            c => c with { Attribution = c.Attribution with { Citations = [Citation.Of("not a url")] } },
            c => c with { Attribution = c.Attribution with { Citations = [Citation.Of("ftp://example.org/a")] } },
            c => c with { Attribution = c.Attribution with { Citations = [Citation.Of("https://example.org/a") with { ArchiveUrl = "archive" }] } },
            c => c with { Attribution = c.Attribution with { Citations = [Citation.Of("https://example.org/a") with { Title = " " }] } },
            c => c with { Attribution = c.Attribution with { Citations = [Citation.Of("https://example.org/a") with { Section = "bad\u0001section" }] } },
            c => c with { Attribution = c.Attribution with { Citations = [Citation.Of("https://example.org/a") with { Relay = "ru-mod" }] } },
        ],
        ["Attribution.Withdrawn.By:" + ErrorCodes.UnknownReference] = [c => c with { Attribution = c.Attribution with { Withdrawn = new Withdrawal { By = "nobody" } } }],
        ["Attribution.Quote:" + ErrorCodes.InvalidText] = [c => c with { Attribution = c.Attribution with { Quote = "bad\u0001quote" } }],
        ["Proposition.Subject:" + ErrorCodes.Required] = [c => c with { Proposition = c.Proposition with { Subject = null! } }],
        ["Proposition.Subject:" + ErrorCodes.UnknownReference] = [c => c with { Proposition = c.Proposition with { Subject = Term.Party("nowhere") } }],
        ["Proposition.Predicate:" + ErrorCodes.UnknownReference] = [c => c with { Proposition = c.Proposition with { Predicate = "no-such-predicate" } }],
        ["Proposition.Object:" + ErrorCodes.UnknownReference] =
        [
            c => c with { Proposition = c.Proposition with { Object = Term.Place("nowhere") } },
            c => c with { Proposition = c.Proposition with { Object = Term.Source("nobody") } },
            c => c with { Proposition = c.Proposition with { Object = Term.Incident("nothing") } },
        ],
        ["Proposition.Place:" + ErrorCodes.UnknownReference] = [c => c with { Proposition = c.Proposition with { Place = "nowhere" } }],
        ["Proposition.Subject:" + ErrorCodes.InvalidText] = [c => c with { Proposition = c.Proposition with { Subject = Term.Text("bad\u0001words") } }],
        ["Proposition.Object:" + ErrorCodes.InvalidText] = [c => c with { Proposition = c.Proposition with { Object = Term.Text("bad\u0001words") } }],
    };

    private static readonly Dictionary<string, Func<Place, Place>[]> PlaceFaults = new()
    {
        ["Id:" + ErrorCodes.Required] = [p => p with { Id = default }],
        ["Name:" + ErrorCodes.Required] = [p => p with { Name = " " }],
        ["Name:" + ErrorCodes.InvalidText] = [p => p with { Name = "bad\u0001name" }],
        ["Kind:" + ErrorCodes.InvalidText] = [p => p with { Kind = "bad\u0001kind" }],
        ["Aliases:" + ErrorCodes.Required] = [p => p with { Aliases = [""] }],
        ["Aliases:" + ErrorCodes.InvalidText] = [p => p with { Aliases = ["bad\u0001alias"] }],
        ["Parent:" + ErrorCodes.UnknownReference] = [p => p with { Parent = "nowhere" }],
        ["Coordinates.Latitude:" + ErrorCodes.OutOfRange] = [p => p with { Coordinates = new GeoCoordinates(91, 0) }],
        ["Coordinates.Longitude:" + ErrorCodes.OutOfRange] = [p => p with { Coordinates = new GeoCoordinates(0, -181) }],
    };

    private static readonly Dictionary<string, Func<Incident, Incident>[]> IncidentFaults = new()
    {
        ["Id:" + ErrorCodes.Required] = [i => i with { Id = default }],
        ["Title:" + ErrorCodes.Required] = [i => i with { Title = "" }],
        ["Title:" + ErrorCodes.InvalidText] = [i => i with { Title = "bad\u0001title" }],
        ["Summary:" + ErrorCodes.InvalidText] = [i => i with { Summary = "bad\u0001summary" }],
        ["Note:" + ErrorCodes.InvalidText] = [i => i with { Note = "bad\u0001note" }],
        ["Places:" + ErrorCodes.UnknownReference] = [i => i with { Places = ["nowhere"] }],
        ["Tags:" + ErrorCodes.Required] = [i => i with { Tags = [" "] }],
        ["Tags:" + ErrorCodes.InvalidText] = [i => i with { Tags = ["bad\u0001tag"] }],
    };

    /// <summary>Gets every fault of every claim rule.</summary>
    internal static IEnumerable<Func<Claim, Claim>> AllClaimFaults => ClaimFaults.Values.SelectMany(f => f);

    public static TheoryData<string, int> ClaimCases => Cases(ClaimFaults);

    public static TheoryData<string, int> PlaceCases => Cases(PlaceFaults);

    public static TheoryData<string, int> IncidentCases => Cases(IncidentFaults);

    [Fact]
    public void EveryClaimRule_HasAFault()
    {
        var scope = new ReferenceScope(LedgerState.Empty, LedgerBatch.Empty);
        var rules = RulesOf(new ClaimValidator(scope), string.Empty)
            .Concat(RulesOf(new ClaimValidator.AttributionValidator(scope), "Attribution."))
            .Concat(RulesOf(new ClaimValidator.PropositionValidator(scope), "Proposition."));

        ClaimFaults.Keys.Should().BeEquivalentTo(rules.Distinct(), "each rule of the claim validators needs a fault that breaks it, and each fault a rule");
    }

    [Fact]
    public void EveryPlaceAndIncidentRule_HasAFault()
    {
        var scope = new ReferenceScope(LedgerState.Empty, LedgerBatch.Empty);

        PlaceFaults.Keys.Should().BeEquivalentTo(RulesOf(new PlaceValidator(scope), string.Empty).Distinct());
        IncidentFaults.Keys.Should().BeEquivalentTo(RulesOf(new IncidentValidator(scope), string.Empty).Distinct());
    }

    [Theory]
    [MemberData(nameof(ClaimCases))]
    public void ClaimFault_IsRefusedByTheFastCheck_AndReportedByItsRule(string rule, int which)
    {
        LedgerState state = new LedgerBuilder().Add(World).Build().State;
        Claim[] claims = [.. Enumerable.Range(0, 4).Select(i => Claim($"c{i}", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", relays: ["tass"], quote: "words"))];
        claims[2] = ClaimFaults[rule][which](claims[2]);
        var batch = new LedgerBatch { Claims = [.. claims] };

        ClaimFastCheck.AllValid(state, batch.Claims, new ReferenceScope(state, batch)).Should().BeFalse();
        ShouldReport(BatchValidator.Check(state, batch), "claims[2].", rule);
    }

    [Theory]
    [MemberData(nameof(PlaceCases))]
    public void PlaceFault_IsRefusedByTheFastCheck_AndReportedByItsRule(string rule, int which)
    {
        Place[] places = [.. Enumerable.Range(0, 3).Select(i => new Place($"p{i}", $"Place {i}") { Kind = "village", Aliases = [$"P{i}"], Parent = "parukh" })];
        places[1] = PlaceFaults[rule][which](places[1]);

        Check(new LedgerBatch { Places = [.. places] }, "places[1].", rule);
    }

    [Theory]
    [MemberData(nameof(IncidentCases))]
    public void IncidentFault_IsRefusedByTheFastCheck_AndReportedByItsRule(string rule, int which)
    {
        Incident[] incidents = [.. Enumerable.Range(0, 3).Select(i => new Incident($"i{i}", $"Incident {i}") { Places = ["parukh"], Tags = ["clash"] })];
        incidents[1] = IncidentFaults[rule][which](incidents[1]);

        Check(new LedgerBatch { Incidents = [.. incidents] }, "incidents[1].", rule);
    }

    private static void Check(LedgerBatch batch, string item, string rule)
    {
        LedgerState state = new LedgerBuilder().Add(World).Build().State;

        EntityFastCheck.AllValid(state, batch.Places, batch.Incidents, new ReferenceScope(state, batch)).Should().BeFalse();
        ShouldReport(BatchValidator.Check(state, batch), item, rule);
    }

    private static void ShouldReport(ImmutableArray<ValidationProblem> problems, string item, string rule)
    {
        string[] parts = rule.Split(':');
        string path = item + BatchValidator.CamelPath(parts[0]);
        problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal) && (parts[1] == Custom || p.Code == parts[1]),
            $"the rule {rule} should report at {path}");
    }

    private static IEnumerable<string> RulesOf(IValidator validator, string prefix) =>
        from rule in validator.CreateDescriptor().Rules
        from component in rule.Components
        where !component.Validator.GetType().Name.StartsWith("ChildValidatorAdaptor", StringComparison.Ordinal)
        select $"{prefix}{rule.PropertyName}:{component.ErrorCode ?? Custom}";

    private static TheoryData<string, int> Cases<T>(Dictionary<string, Func<T, T>[]> faults)
    {
        var data = new TheoryData<string, int>();
        foreach (var (rule, list) in faults)
        {
            for (int i = 0; i < list.Length; i++)
            {
                data.Add(rule, i);
            }
        }

        return data;
    }

    private static Claim WithPredicate(Claim claim, string predicate) =>
        claim with { Proposition = claim.Proposition with { Predicate = predicate } };
}

namespace ClaimLedger.Benchmarks.Generation;

/// <summary>
/// Generates realistic synthetic ledgers, deterministically from a seed: the five well-known parties, sources of
/// every kind affiliated with them (and independent outlets that relay them), a village per incident, incidents with
/// a long tail of claims each, and, in a set share of incidents, a planted contradiction or a planted look-alike that
/// must not be flagged.
/// </summary>
/// <remarks>
/// Ordinary ("filler") claims use predicates that never contradict (attacked, entered, called for, investigated,
/// stated) and always affirm, so every contradiction in a generated ledger is a planted one. Many filler claims share
/// topics across the whole ledger ("Azerbaijan attacked ..." is one topic), as real ledgers do.
/// </remarks>
public static class LedgerGenerator
{
    private static readonly LocalDate FirstDay = new(2020, 9, 27);

    private static readonly string[] Quotes =
    [
        "Our positions came under fire overnight.",
        "The enemy suffered heavy losses.",
        "These reports are pure disinformation.",
        "The situation remains tense but under control.",
        "Units of the adversary attempted to advance and were repelled.",
        "We call on the international community to respond.",
    ];

    private static readonly string[] Demands = ["a ceasefire", "an investigation", "restraint", "humanitarian access", "talks"];

    private static readonly string[] Statements = ["the shelling had stopped", "civilians were evacuated", "the road was reopened", "reinforcements arrived"];

    private static readonly PartyId[] Belligerents = ["azerbaijan", "armenia", "artsakh"];

    /// <summary>Generates a ledger of <paramref name="claims"/> claims with the default options.</summary>
    /// <param name="claims">The number of claims.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The generated ledger.</returns>
    public static SyntheticLedger Generate(int claims, int seed = 20_201_110) =>
        Generate(new GeneratorOptions { Claims = claims, Seed = seed });

    /// <summary>Generates a ledger.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The generated ledger.</returns>
    public static SyntheticLedger Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Claims, 1, nameof(options));
        return new Run(options).Generate();
    }

    private sealed class Run(GeneratorOptions options)
    {
        private readonly Random _random = new(options.Seed);
        private readonly Dictionary<PartyId, List<SourceId>> _sourcesByParty = [];
        private readonly List<SourceId> _allSources = [];
        private readonly List<SourceId> _outlets = [];
        private readonly Dictionary<string, Term> _texts = [];
        private readonly List<Source> _sources = [];
        private readonly List<Place> _places = [];
        private readonly List<Incident> _incidents = [];
        private readonly ImmutableArray<Claim>.Builder _claims = ImmutableArray.CreateBuilder<Claim>(options.Claims);
        private readonly List<PlantedScenario> _planted = [];
        private int _contradictions;
        private int _lookAlikes;

        internal SyntheticLedger Generate()
        {
            MakeSources();
            int regions = 20;
            for (int r = 1; r <= regions; r++)
            {
                _places.Add(new Place($"region-{r:D2}", $"Region {r}") { Kind = "district" });
            }

            while (_claims.Count < options.Claims)
            {
                int number = _incidents.Count + 1;
                var village = new PlaceId($"village-{number:D6}");
                var regionId = new PlaceId($"region-{(number % regions) + 1:D2}");
                _places.Add(new Place(village, $"Village {number}") { Kind = "village", Parent = regionId, Aliases = number % 4 == 0 ? [$"Kend {number}"] : [] });
                LocalDate day = FirstDay.PlusDays(_random.Next(0, 1200));
                var incident = new Incident($"inc-{number:D6}", $"Clash at Village {number}")
                {
                    When = (number % 10) switch
                    {
                        3 => FuzzyDate.MidIn(day.ToYearMonth()),
                        7 when number % 30 == 7 => null,
                        _ => FuzzyDate.OnDay(day),
                    },
                    Places = [village],
                    Tags = number % 2 == 0 ? ["shelling"] : ["ceasefire-violation"],
                };
                _incidents.Add(incident);

                int count = Math.Min(ClaimsForIncident(), options.Claims - _claims.Count);
                double roll = _random.NextDouble();
                int planted = 0;
                if (count >= 2 && roll < options.ContradictionShare)
                {
                    planted = Plant((ScenarioKind)(_contradictions++ % (int)ScenarioKind.DenialAtOtherTimes), incident, village, regionId, day);
                }
                else if (count >= 2 && roll < options.ContradictionShare + options.LookAlikeShare)
                {
                    int lookAlikeKinds = (int)ScenarioKind.WithdrewFromAnotherPlace - (int)ScenarioKind.DenialAtOtherTimes + 1;
                    planted = Plant((ScenarioKind)((int)ScenarioKind.DenialAtOtherTimes + (_lookAlikes++ % lookAlikeKinds)), incident, village, regionId, day);
                }

                for (int i = planted; i < count; i++)
                {
                    AddFiller(incident, village, day);
                }
            }

            var world = new LedgerBatch
            {
                Parties = WellKnownParties.All,
                Sources = [.. _sources],
                Places = [.. _places],
                Incidents = [.. _incidents],
            };
            return new SyntheticLedger(options, world, _claims.MoveToImmutable(), [.. _planted]);
        }

        private int ClaimsForIncident()
        {
            // A Pareto tail: most incidents have a handful of claims, a few have hundreds.
            double u = 1.0 - _random.NextDouble();
            double k = options.MinClaimsPerIncident * Math.Pow(u, -1.0 / options.TailShape);
            return (int)Math.Clamp(k, options.MinClaimsPerIncident, options.MaxClaimsPerIncident);
        }

        private void MakeSources()
        {
            int perParty = Math.Max(4, options.Claims / 2_500);
            foreach (Party party in WellKnownParties.All)
            {
                var list = new List<SourceId>();
                _sourcesByParty[party.Id] = list;
                SourceKind[] kinds = [SourceKind.Military, SourceKind.Government, SourceKind.StateMedia, SourceKind.PartisanMedia, SourceKind.Individual, SourceKind.Collective];
                for (int i = 0; i < perParty; i++)
                {
                    SourceKind kind = kinds[i % kinds.Length];
                    var source = new Source($"{party.Id}-{kind.ToString().ToLowerInvariant()}-{i:D4}", $"{party.Name} {kind} source {i}", kind)
                    {
                        Party = party.Id,
                        NameVariants = i % 3 == 0 ? [$"{party.Name} {kind} {i}"] : [],
                    };
                    Register(source, list);
                    if (kind is SourceKind.StateMedia or SourceKind.PartisanMedia)
                    {
                        _outlets.Add(source.Id);
                    }
                }
            }

            for (int i = 0; i < perParty; i++)
            {
                var source = new Source($"outlet-{i:D4}", $"Independent outlet {i}", SourceKind.IndependentMedia);
                Register(source, null);
                _outlets.Add(source.Id);
            }
        }

        private void Register(Source source, List<SourceId>? list)
        {
            _sources.Add(source);
            _allSources.Add(source.Id);
            list?.Add(source.Id);
        }

        private SourceId SpeakerOf(PartyId party) => Pick(_sourcesByParty[party]);

        private SourceId AnySpeaker() => Pick(_allSources);

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private Term Text(string words)
        {
            if (!_texts.TryGetValue(words, out Term? term))
            {
                term = Term.Text(words);
                _texts[words] = term;
            }

            return term;
        }

        private Attribution Attribute(SourceId speaker, LocalDate day, int statedAfterDays = -1)
        {
            ImmutableArray<SourceId> relays = [];
            if (_random.NextDouble() < options.RelayedShare)
            {
                int length = 1 + _random.Next(3);
                var chain = new List<SourceId>(length);
                while (chain.Count < length)
                {
                    SourceId outlet = Pick(_outlets);
                    if (outlet != speaker && !chain.Contains(outlet))
                    {
                        chain.Add(outlet);
                    }
                }

                relays = [.. chain];
            }

            int statedDays = statedAfterDays >= 0 ? statedAfterDays : _random.Next(0, 5) - 1;
            return new Attribution(speaker)
            {
                Relays = relays,
                Stated = statedAfterDays >= 0 || statedDays >= 0 ? FuzzyDate.OnDay(day.PlusDays(Math.Max(0, statedDays))) : null,
                Quote = _random.Next(5) < 2 ? Quotes[_random.Next(Quotes.Length)] : null,
            };
        }

        private ClaimId Add(IncidentId incident, Attribution attribution, Proposition proposition, Stance stance = Stance.Affirms, Quantity? quantity = null)
        {
            var id = new ClaimId($"c{_claims.Count + 1:D7}");
            _claims.Add(new Claim(id, incident, attribution, proposition, stance) { Quantity = quantity });
            return id;
        }

        private void AddFiller(Incident incident, PlaceId village, LocalDate day)
        {
            PartyId actor = Pick(Belligerents);
            Proposition proposition = _random.Next(5) switch
            {
                0 => new Proposition(Term.Party(actor), BuiltInPredicates.Attacked.Id, Term.Place(village)),
                1 => new Proposition(Term.Party(actor), BuiltInPredicates.Entered.Id, Term.Place(village)),
                2 => new Proposition(Term.Party(actor), BuiltInPredicates.CalledFor.Id, Text(Demands[_random.Next(Demands.Length)])) { Place = _random.Next(2) == 0 ? village : (PlaceId?)null },
                3 => new Proposition(Term.Source(Pick(_allSources)), BuiltInPredicates.Investigated.Id, Term.Incident(incident.Id)),
                _ => new Proposition(Term.Party(actor), BuiltInPredicates.Stated.Id, Text(Statements[_random.Next(Statements.Length)])) { Place = village },
            };
            Add(incident.Id, Attribute(AnySpeaker(), day), proposition);
        }

        private int Plant(ScenarioKind kind, Incident incident, PlaceId village, PlaceId region, LocalDate day)
        {
            IncidentId i = incident.Id;
            Term v = Term.Place(village);
            Term az = Term.Party("azerbaijan");
            Term am = Term.Party("armenia");
            Term ar = Term.Party("artsakh");
            Proposition Violated(Term who) => new(who, BuiltInPredicates.Violated.Id, Text("the ceasefire")) { Place = village };
            Proposition Controls(Term who, Term where) => new(who, BuiltInPredicates.Controls.Id, where);
            Proposition Killed() => new(az, BuiltInPredicates.Killed.Id, Text("servicemen")) { Place = village };
            Proposition Label(string label) => new(Term.Incident(i), BuiltInPredicates.CharacterisedAs.Id, Text(label));
            YearMonth month = day.ToYearMonth();

            ImmutableArray<ClaimId> claims = kind switch
            {
                ScenarioKind.Denial =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day, 0), Violated(am)),
                    Add(i, Attribute(SpeakerOf("armenia"), day, 0), Violated(am), Stance.Denies),
                ],
                ScenarioKind.Retraction => Retraction(i, day, Violated(ar)),
                ScenarioKind.IncompatibleControl =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Controls(az, v)),
                    Add(i, Attribute(SpeakerOf("artsakh"), day), Controls(ar, v)),
                ],
                ScenarioKind.MutualBlame =>
                [
                    Add(i, Attribute(SpeakerOf("armenia"), day), new Proposition(az, BuiltInPredicates.Started.Id, Term.Incident(i))),
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), new Proposition(am, BuiltInPredicates.Started.Id, Term.Incident(i))),
                ],
                ScenarioKind.EntailedDenial =>
                [
                    Add(i, Attribute(SpeakerOf("russia"), day), new Proposition(ar, BuiltInPredicates.WithdrewFrom.Id, v)),
                    Add(i, Attribute(SpeakerOf("artsakh"), day), Controls(ar, v)),
                ],
                ScenarioKind.EntailedControl =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), new Proposition(az, BuiltInPredicates.Captured.Id, v)),
                    Add(i, Attribute(SpeakerOf("artsakh"), day), Controls(ar, v)),
                ],
                // A toll is a running total: the two figures are given on the same day, so they must agree.
                ScenarioKind.IncompatibleQuantities =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day, 0), Killed(), quantity: Quantity.Exactly(3, "servicemen")),
                    Add(i, Attribute(SpeakerOf("armenia"), day, 0), Killed(), quantity: Quantity.AtLeast(12, "servicemen")),
                ],
                ScenarioKind.OppositeLabels =>
                [
                    Add(i, Attribute(SpeakerOf("armenia"), day), Label("violation")),
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Label("lawful")),
                ],
                ScenarioKind.DenialAtOtherTimes =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Violated(am) with { Time = FuzzyDate.InMonth(month) }),
                    Add(i, Attribute(SpeakerOf("armenia"), day), Violated(am) with { Time = FuzzyDate.InMonth(month.PlusMonths(2)) }, Stance.Denies),
                ],
                ScenarioKind.ControlAtOtherTimes =>
                [
                    Add(i, Attribute(SpeakerOf("artsakh"), day), Controls(ar, v) with { Time = FuzzyDate.By(day.PlusDays(-30)) }),
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Controls(az, v) with { Time = FuzzyDate.Since(day) }),
                ],
                ScenarioKind.CompatibleQuantities =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Killed(), quantity: Quantity.Exactly(1960, "servicemen")),
                    Add(i, Attribute(SpeakerOf("russia"), day), Killed(), quantity: Quantity.About(2000, "servicemen")),
                ],
                ScenarioKind.QuantitiesInOtherUnits =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Killed(), quantity: Quantity.Exactly(3, "servicemen")),
                    Add(i, Attribute(SpeakerOf("armenia"), day), Killed(), quantity: Quantity.Exactly(12, "civilians")),
                ],
                ScenarioKind.LabelsNotOpposite =>
                [
                    Add(i, Attribute(SpeakerOf("armenia"), day), Label("violation")),
                    Add(i, Attribute(SpeakerOf("armenia"), day), Label("aggression")),
                ],
                ScenarioKind.DenialOfAnotherProposition =>
                [
                    Add(i, Attribute(SpeakerOf("azerbaijan"), day), Violated(am)),
                    Add(i, Attribute(SpeakerOf("armenia"), day), Violated(az), Stance.Denies),
                ],
                ScenarioKind.WithdrewFromAnotherPlace =>
                [
                    Add(i, Attribute(SpeakerOf("russia"), day), new Proposition(ar, BuiltInPredicates.WithdrewFrom.Id, v)),
                    Add(i, Attribute(SpeakerOf("artsakh"), day), Controls(ar, Term.Place(region)) with { Time = FuzzyDate.OnDay(day) }),
                ],
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such scenario"),
            };
            _planted.Add(new PlantedScenario(kind, i, claims));
            return claims.Length;
        }

        private ImmutableArray<ClaimId> Retraction(IncidentId incident, LocalDate day, Proposition proposition)
        {
            SourceId speaker = SpeakerOf("russia");
            ClaimId first = Add(incident, Attribute(speaker, day, 0), proposition);
            ClaimId second = Add(incident, Attribute(speaker, day, 1) with { StatedAfter = first }, proposition, Stance.Denies);
            return [first, second];
        }
    }
}

using ClaimLedger.Credibility;

namespace ClaimLedger.Tests.Serialization;

/// <summary>Random but valid ledgers, with awkward text (quotes, Unicode, line breaks), for round-trip properties.</summary>
internal static class RandomLedgers
{
    private static readonly string[] Words = ["Hin Tagher", "Kohne Taghlar", "Katırcı", "Şafak", "“quoted”", "line\nbreak", "tab\tbed", "back\\slash", "ə", "😀", "Xankəndi"];
    private static readonly string[] Dates = ["27 March 2022", "24–25 March 2022", "March 2022", "early January 2021", "mid-December 2020", "late April 2021", "2020", "since 5 March 2022", "by 22 November 2020", "around 15 October 2020", "13 November 2021 at around 07:00", "14 October 2021 evening"];
    private static readonly string[] Quantities = ["1,960 servicemen", "approximately 2,000", "over 100 POWs", "nearly 400 residents", "at least 3", "several dozen troops", "between 10 and 20 tanks", "up to 7"];

    internal static Ledger Create(int seed)
    {
        var random = new Random(seed);
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        FuzzyDate? MaybeDate() => random.Next(3) == 0 ? null : FuzzyDate.Parse(Pick(Dates));

        var parties = Enumerable.Range(0, random.Next(1, 4)).Select(i => new Party($"p{i}", Text()) { Aliases = [Text()] }).ToList();
        var sources = Enumerable.Range(0, random.Next(1, 5)).Select(i => new Source($"s{i}", Text(), (SourceKind)random.Next(14))
        {
            NameVariants = random.Next(2) == 0 ? [] : [Text()],
            Party = random.Next(2) == 0 ? (PartyId?)null : Pick(parties).Id,
            Reliability = random.Next(2) == 0 ? (ReliabilityGrade?)null : (ReliabilityGrade)random.Next(1, 7),
            Note = random.Next(2) == 0 ? null : Text(),
        }).ToList();
        var places = Enumerable.Range(0, random.Next(1, 4)).Select(i => new Place($"pl{i}", Text())
        {
            Aliases = [Text()],
            Kind = random.Next(2) == 0 ? null : "village",
            Parent = i > 0 && random.Next(2) == 0 ? new PlaceId($"pl{i - 1}") : (PlaceId?)null,
            Coordinates = random.Next(2) == 0 ? (GeoCoordinates?)null : new GeoCoordinates(Math.Round(random.NextDouble() * 180 - 90, 6), Math.Round(random.NextDouble() * 360 - 180, 6)),
        }).ToList();
        var predicate = new Predicate("custom-pred", Text())
        {
            Description = Text(),
            Cardinality = (PredicateCardinality)random.Next(3),
            Quantity = QuantityUse.Optional,
            Opposites = [new OppositeLabels("good", "bad")],
            Entails = [new Entailment("controls", random.Next(2) == 0)],
        };
        var incidents = Enumerable.Range(0, random.Next(1, 4)).Select(i => new Incident($"i{i}", Text())
        {
            When = MaybeDate(),
            Places = [Pick(places).Id],
            Tags = random.Next(2) == 0 ? [] : ["tag-a", Text()],
            Summary = random.Next(2) == 0 ? null : Text(),
            Note = random.Next(2) == 0 ? null : Text(),
        }).ToList();
        string[] predicates = ["controls", "attacked", "killed", "custom-pred", "characterised-as"];
        var claims = new List<Claim>();
        for (int i = 0; i < random.Next(0, 12); i++)
        {
            string p = Pick(predicates);
            Term subject = random.Next(3) switch { 0 => Term.Party(Pick(parties).Id), 1 => Term.Source(Pick(sources).Id), _ => Term.Text(Text()) };
            Term? obj = random.Next(4) switch { 0 => null, 1 => Term.Place(Pick(places).Id), 2 => Term.Incident(Pick(incidents).Id), _ => Term.Text(Text()) };
            claims.Add(new Claim($"c{i}", Pick(incidents).Id,
                new Attribution(Pick(sources).Id)
                {
                    Voice = (AttributionVoice)random.Next(2),
                    Stated = MaybeDate(),
                    StatedAfter = i > 0 && random.Next(3) == 0 ? new ClaimId($"c{i - 1}") : (ClaimId?)null,
                    Quote = random.Next(2) == 0 ? null : Text(),
                    Citations = random.Next(3) switch
                    {
                        0 => [Citation.Of("https://example.org/a?b=c&d")],
                        1 => [new Citation { Title = Text(), Publisher = Text(), Published = MaybeDate(), Section = Text(), Accessed = new LocalDate(2026, 12, 1) }],
                        _ => [],
                    },
                },
                new Proposition(subject, p, obj) { Place = random.Next(2) == 0 ? (PlaceId?)null : Pick(places).Id, Time = MaybeDate() },
                (Stance)random.Next(2))
            {
                Quantity = p is "killed" or "custom-pred" && random.Next(2) == 0 ? Quantity.Parse(Pick(Quantities)) : null,
                Credibility = random.Next(2) == 0 ? (CredibilityGrade?)null : (CredibilityGrade)random.Next(1, 7),
                Note = random.Next(2) == 0 ? null : Text(),
            });
        }

        return new LedgerBuilder { Title = random.Next(2) == 0 ? null : Text(), Description = random.Next(2) == 0 ? null : Text() }
            .Add(new LedgerBatch
            {
                Parties = [.. parties],
                Sources = [.. sources],
                Places = [.. places],
                Predicates = [predicate],
                Incidents = [.. incidents],
                Claims = [.. claims],
            })
            .Build();
    }
}

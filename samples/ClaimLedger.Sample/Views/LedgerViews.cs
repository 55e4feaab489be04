using ClaimLedger.Contradictions;
using ClaimLedger.Credibility;
using ClaimLedger.Sample.Cli;
using ClaimLedger.Validation;

namespace ClaimLedger.Sample.Views;

/// <summary>
/// Turns a ledger and its contradictions into the views every renderer shows, so that text, Markdown and JSON say
/// the same things.
/// </summary>
internal sealed class LedgerViews(Ledger ledger)
{
    private readonly Phrases _phrases = new(ledger);

    /// <summary>Gets how much the ledger holds.</summary>
    public CountsView Counts(int contradictions) =>
        new(ledger.Parties.Count, ledger.Sources.Count, ledger.Places.Count, ledger.Incidents.Count, ledger.Claims.Count, contradictions);

    /// <summary>Gets one claim.</summary>
    public ClaimView Claim(Claim claim)
    {
        Attribution a = claim.Attribution;
        Party? party = ledger.PartyOf(claim);
        string? outlet = a.Relays.IsDefaultOrEmpty ? null : string.Join(", ", a.Relays.Select(r => _phrases.Name(Term.Source(r))));
        return new ClaimView(
            claim.Id.Value,
            claim.Incident.Value,
            _phrases.Name(Term.Source(a.Speaker)),
            a.Speaker.Value,
            party?.Id.Value,
            party?.Name,
            outlet,
            a.Stated,
            claim.Stance == Stance.Denies ? "denies" : "affirms",
            _phrases.Says(claim),
            claim.Quantity?.ToString(),
            a.Quote,
            [.. a.Citations.Select(c => new CitationView(c.Url, c.Title, c.Publisher, c.Published, c.Section, c.ArchiveUrl, c.Relay is { } r ? _phrases.Name(Term.Source(r)) : null))]);
    }

    /// <summary>Gets one contradiction.</summary>
    public ContradictionView Contradiction(Contradiction c)
    {
        IncidentId first = c.Incidents.IsDefaultOrEmpty ? c.Claims[0].Incident : FirstInTime(c.Incidents);
        return new ContradictionView(
            c.Id,
            KindNames.Of(c.Kind),
            first.Value,
            ledger.TryGetIncident(first, out Incident? incident) ? incident.Title : first.Value,
            [.. c.Incidents.Select(i => i.Value)],
            c.Time,
            [.. c.Parties.Select(p => p.Value)],
            c.Explanation,
            [.. c.Sides.Select(s => new SideView(s.Position, [.. s.Parties.Select(p => p.Value)], [.. s.Claims.Select(x => x.Id.Value).Distinct()]))],
            [.. c.Claims.Select(Claim)]);
    }

    /// <summary>Gets the report on the whole ledger.</summary>
    public ReportView Report(ImmutableArray<Contradiction> all)
    {
        ImmutableArray<Incident> incidents = IncidentsInTimeOrder();
        Dictionary<IncidentId, int> order = incidents.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n);
        ImmutableArray<ContradictionView> contradictions =
            [.. all.Select(Contradiction).OrderBy(c => order.GetValueOrDefault(new IncidentId(c.Incident), int.MaxValue))];
        ImmutableArray<IncidentRow> rows =
        [
            .. incidents.Select(i => new IncidentRow(
                i.Id.Value,
                i.Title,
                i.When,
                ledger.ClaimsAbout(i.Id).Count,
                all.Count(c => c.Incidents.Contains(i.Id)))),
        ];
        return new ReportView(ledger.Title, ledger.Description, Counts(all.Length), PartyPairs(all), contradictions, rows);
    }

    /// <summary>Gets one incident with its claims and contradictions.</summary>
    public IncidentView Incident(Incident incident, ImmutableArray<Contradiction> about) => new(
        incident.Id.Value,
        incident.Title,
        incident.When,
        [.. incident.Places.Select(p => _phrases.Name(Term.Place(p)))],
        [.. incident.Tags],
        incident.Summary,
        [.. ledger.ClaimsAbout(incident.Id).Select(Claim)],
        [.. about.Select(Contradiction)]);

    /// <summary>Gets every source with its claims and who contradicts it.</summary>
    public ImmutableArray<SourceView> Sources(ImmutableArray<Contradiction> all)
    {
        // For each speaker: the contradictions in which a side holding one of its claims faces another side, and the
        // speakers on those other sides. A speaker on both sides contradicts itself and is listed as its own opponent.
        var contradicted = new Dictionary<SourceId, HashSet<string>>();
        var opponents = new Dictionary<SourceId, Dictionary<SourceId, HashSet<string>>>();
        foreach (Contradiction c in all)
        {
            for (int i = 0; i < c.Sides.Length; i++)
            {
                IEnumerable<SourceId> others = c.Sides.Where((_, j) => j != i).SelectMany(s => s.Claims).Select(x => x.Speaker).Distinct();
                foreach (SourceId speaker in c.Sides[i].Claims.Select(x => x.Speaker).Distinct())
                {
                    GetOrAdd(contradicted, speaker).Add(c.Id);
                    Dictionary<SourceId, HashSet<string>> against = GetOrAdd(opponents, speaker);
                    foreach (SourceId other in others)
                    {
                        GetOrAdd(against, other).Add(c.Id);
                    }
                }
            }
        }

        return
        [
            .. ledger.Sources.Select(s => new SourceView(
                s.Id.Value,
                s.Name,
                KebabOf(s.Kind.ToString()),
                s.Party?.Value,
                s.Party is { } p && ledger.TryGetParty(p, out Party? party) ? party.Name : null,
                ledger.ClaimsBy(s.Id).Count,
                ledger.ClaimsBy(s.Id, includeRelayed: true).Count - ledger.ClaimsBy(s.Id).Count,
                contradicted.TryGetValue(s.Id, out HashSet<string>? ids) ? ids.Count : 0,
                opponents.TryGetValue(s.Id, out Dictionary<SourceId, HashSet<string>>? against)
                    ? [.. against
                        .Select(o => new OpponentView(
                            o.Key.Value,
                            _phrases.Name(Term.Source(o.Key)),
                            ledger.TryGetSource(o.Key, out Source? src) ? src.Party?.Value : null,
                            o.Value.Count))
                        .OrderByDescending(o => o.Times)
                        .ThenBy(o => o.Speaker, StringComparer.Ordinal)]
                    : [])),
        ];
    }

    /// <summary>Gets every place with its aliases.</summary>
    public ImmutableArray<PlaceView> Places() =>
    [
        .. ledger.Places.Select(p => new PlaceView(
            p.Id.Value,
            p.Name,
            p.Kind,
            p.Parent?.Value,
            p.Parent is { } parent ? _phrases.Name(Term.Place(parent)) : null,
            [.. p.Aliases],
            ledger.ClaimsAt(p.Id).Count)),
    ];

    /// <summary>Gets the result of validating a file.</summary>
    public static ValidationView Validation(string file, Ledger? loaded, ImmutableArray<ValidationProblem> problems) => new(
        file,
        loaded is not null,
        loaded is null ? null : new LedgerViews(loaded).Counts(loaded.FindContradictions().Length),
        [.. problems.Select(p => new ProblemView(p.Path, p.Code, p.Message, p.AttemptedValue, p.Line, p.Position, p.ToString()))],
        loaded is null ? [] : Notes(ContradictionEngine.Default.CheckVocabulary(loaded)));

    // One line for every predicate nothing links to another: a note for the modeller, not a problem.
    private static ImmutableArray<string> Notes(ImmutableArray<VocabularyNote> all) =>
    [
        .. Unlinked(all.Where(n => n.Kind == VocabularyNoteKind.Unlinked).ToImmutableArray()),
        .. Replacing(all.Where(n => n.Kind == VocabularyNoteKind.ReplacesBuiltIn).ToImmutableArray()),
    ];

    private static ImmutableArray<string> Replacing(ImmutableArray<VocabularyNote> notes) => notes.IsEmpty ? [] :
    [
        $"{Messages.Count(notes.Length, "predicate")} of the ledger's own {(notes.Length == 1 ? "replaces a built-in" : "replace built-ins")} of the same id, so {(notes.Length == 1 ? "it means" : "they mean")} what the ledger declares: "
        + string.Join(", ", notes.Take(10).Select(n => $"'{n.Predicate.Id}' ({Messages.Count(n.Claims, "claim")})"))
        + (notes.Length > 10 ? $" and {notes.Length - 10} more" : string.Empty)
        + ". Where one means the same as the built-in, drop its declaration.",
    ];

    private static ImmutableArray<string> Unlinked(ImmutableArray<VocabularyNote> notes) => notes.IsEmpty ? [] :
    [
        $"{Messages.Count(notes.Length, "predicate")} of the ledger's own {(notes.Length == 1 ? "links" : "link")} to no other, so {(notes.Length == 1 ? "its claims meet" : "their claims meet")} only claims of the same predicate: "
        + string.Join(", ", notes.Take(10).Select(n => $"'{n.Predicate.Id}' ({Messages.Count(n.Claims, "claim")})"))
        + (notes.Length > 10 ? $" and {notes.Length - 10} more" : string.Empty)
        + ". Where one words or implies a notion the vocabulary has, declare sameAs, inverseOf or entails.",
    ];

    // The library's matrix counts the pairs, as notebook 3 does; the view only names them.
    private ImmutableArray<PartyPairView> PartyPairs(ImmutableArray<Contradiction> all) =>
    [
        .. PartyMatrix.From(ledger, all).Pairs.Select(p => new PartyPairView(
            p.First.Value,
            ledger.NameOf(Term.Party(p.First)),
            p.Second.Value,
            ledger.NameOf(Term.Party(p.Second)),
            p.Contradictions.Length,
            [.. p.Kinds.Select(KindNames.Of)])),
    ];

    private ImmutableArray<Incident> IncidentsInTimeOrder() =>
    [
        .. ledger.Incidents
            .Select((incident, index) => (incident, index))
            .OrderBy(x => x.incident.When is null ? 1 : 0)
            .ThenBy(x => (x.incident.When?.Earliest ?? x.incident.When?.Latest)?.ToDateOnly().DayNumber ?? 0)
            .ThenBy(x => x.index)
            .Select(x => x.incident),
    ];

    private IncidentId FirstInTime(ImmutableArray<IncidentId> ids) =>
        ids.Length == 1 ? ids[0] : IncidentsInTimeOrder().First(i => ids.Contains(i.Id)).Id;

    private static string KebabOf(string pascal) =>
        string.Concat(pascal.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    private static TValue GetOrAdd<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!map.TryGetValue(key, out TValue? value))
        {
            value = new TValue();
            map[key] = value;
        }

        return value;
    }
}

using System.Globalization;
using ClaimLedger.Contradictions;
using ClaimLedger.Internal;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

/// <summary>
/// Counts the independent voices that affirm and deny a proposition, tells whether the support crosses opposing
/// sides of the conflict, and suggests a credibility grade (Admiralty 1-6) from that corroboration.
/// </summary>
/// <remarks>
/// <para>
/// A voice is a speaker (<see cref="Attribution.Speaker"/>): the outlets that relayed a statement add nothing, so
/// TASS repeating the Russian Ministry of Defence is one voice. A claim also speaks, by implication, to what its
/// predicate entails and to the contrapositive: "Azerbaijan controlled Parukh on 24-30 March" denies that Azerbaijan
/// withdrew from Parukh on 27 March, because "withdrew from" entails "does not control". Votes count when their
/// times overlap the time asked about, as the contradiction engine compares them.
/// </para>
/// <para>
/// Sides come from <see cref="Party.AlignedWith"/>, read both ways. Azerbaijan's Ministry of Defence and Artsakh
/// agreeing that Azerbaijani troops stayed in Parukh is agreement across sides, and weighs 2; two Russian outlets
/// agreeing weighs 1.25 (see <see cref="IndependenceOptions"/>). The analyzer is immutable and safe to share between
/// threads; the first query on a ledger reads all its claims once, and later queries reuse that reading.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Corroboration c = IndependenceAnalyzer.Default.Corroborate(ledger, "parukh-az-mod-denies-withdrawal");
/// // c.Affirming.Count == 1 (Russia), c.Denying.Count == 2 (Azerbaijan, Artsakh), c.Denying.CrossesSides == true
/// CredibilitySuggestion s = IndependenceAnalyzer.Default.SuggestCredibility(ledger, "parukh-ru-mod-withdrawn");
/// // s.Grade == CredibilityGrade.Improbable, s.Reasons say who contradicted it
/// </code>
/// </example>
public sealed class IndependenceAnalyzer
{
    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Settings, or null for <see cref="IndependenceOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not between 0 and 1.</exception>
    public IndependenceAnalyzer(IndependenceOptions? options = null)
    {
        Options = options ?? IndependenceOptions.Default;
    }

    /// <summary>Gets an analyzer with the default settings.</summary>
    public static IndependenceAnalyzer Default { get; } = new();

    /// <summary>Gets the analyzer's settings.</summary>
    public IndependenceOptions Options { get; }

    /// <summary>Tells who affirms and who denies a claim's proposition, for times overlapping the claim's.</summary>
    /// <param name="ledger">The ledger that holds the claim.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The corroboration; the claim's own speaker is one of the voices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    public Corroboration Corroborate(Ledger ledger, ClaimId claim)
    {
        Preconditions.CheckNotNull(ledger);
        Claim found = ledger.GetClaim(claim);
        FuzzyDate? time = ledger.TimeOf(found);
        return Make(ledger, found.Proposition with { Time = time }, PropositionKey.Of(ledger.State.Vocabulary.Canonical(found.Proposition)), Interval.Of(time));
    }

    /// <summary>Tells who affirms and who denies a proposition, for times overlapping the proposition's (any time when it has none).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="proposition">The proposition; subject, predicate, object, place and time are what count.</param>
    /// <returns>The corroboration; empty supports when no claim speaks to the proposition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Corroboration Corroborate(Ledger ledger, Proposition proposition)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(proposition);
        return Make(ledger, proposition, PropositionKey.Of(ledger.State.Vocabulary.Canonical(proposition)), Interval.Of(proposition.Time));
    }

    /// <summary>
    /// Suggests a credibility grade for a claim from its independent corroboration, and says why.
    /// </summary>
    /// <param name="ledger">The ledger that holds the claim.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The suggestion, with the analyst's own grade when one is set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no such claim.</exception>
    /// <remarks>
    /// The rules, in order. With nobody against it: 1 (confirmed) when another voice not on the speaker's side agrees
    /// (a voice with no party is on no side); 2 (probably true) when only voices of the speaker's own side agree; 6
    /// (cannot be judged) when nobody else speaks to it. With voices against it, comparing the weights of the two
    /// stances (<see cref="StanceSupport.Weight"/>): 2 when the claim's stance weighs at least twice as much and has a
    /// voice from another side; 3 (possibly true) when it weighs more; 4 (doubtful) when the weights are equal; 5
    /// (improbable) when it weighs less.
    /// </remarks>
    public CredibilitySuggestion SuggestCredibility(Ledger ledger, ClaimId claim)
    {
        Corroboration corroboration = Corroborate(ledger, claim);
        Claim found = ledger.GetClaim(claim);
        var narrator = new Narrator(ledger);
        StanceSupport agree = corroboration.For(found.Stance);
        StanceSupport oppose = corroboration.For(found.Stance == Stance.Affirms ? Stance.Denies : Stance.Affirms);
        PartyId? own = ledger.PartyOf(found)?.Id;
        string speaker = narrator.Speaker(found);
        var others = agree.Voices.Where(v => v.Speaker != found.Speaker).ToList();
        var independent = others.Where(v => v.Party is not { } p || own is not { } o || !Sides.SameSide(ledger, p, o)).ToList();
        var reasons = ImmutableArray.CreateBuilder<string>();
        CredibilityGrade grade;
        if (oppose.Count == 0)
        {
            if (independent.Count > 0)
            {
                grade = CredibilityGrade.Confirmed;
                reasons.Add($"Confirmed by {Count(independent.Count, "independent voice")} not on {speaker}'s side: {Names(ledger, independent)}.");
            }
            else if (others.Count > 0)
            {
                grade = CredibilityGrade.ProbablyTrue;
                reasons.Add($"Corroborated by {Count(others.Count, "other voice")} of {speaker}'s own side only: {Names(ledger, others)}.");
            }
            else
            {
                grade = CredibilityGrade.CannotBeJudged;
                reasons.Add($"No voice but {speaker} speaks to it, so there is no basis to judge it.");
            }

            if (grade != CredibilityGrade.CannotBeJudged)
            {
                reasons.Add("No voice contradicts it.");
            }
        }
        else
        {
            grade = agree.Weight >= 2 * oppose.Weight && independent.Count > 0 ? CredibilityGrade.ProbablyTrue
                : agree.Weight > oppose.Weight ? CredibilityGrade.PossiblyTrue
                : agree.Weight == oppose.Weight ? CredibilityGrade.Doubtful
                : CredibilityGrade.Improbable;
            reasons.Add(others.Count == 0
                ? $"No voice but {speaker} supports it (weight {Format(agree.Weight)})."
                : $"Supported by {Count(agree.Count, "independent voice")} (weight {Format(agree.Weight)}{(agree.CrossesSides ? ", across opposing sides" : string.Empty)}): {Names(ledger, agree.Voices)}.");
            reasons.Add($"Contradicted by {Count(oppose.Count, "independent voice")} (weight {Format(oppose.Weight)}{(oppose.CrossesSides ? ", across opposing sides" : string.Empty)}): {Names(ledger, oppose.Voices)}.");
        }

        reasons.AddRange(agree.Derivations.Concat(oppose.Derivations).Select(d => Narrator.Capitalise(d) + "."));
        return new CredibilitySuggestion(found.Id, grade, found.Credibility, reasons.ToImmutable(), corroboration);
    }

    internal static string Names(Ledger ledger, IEnumerable<Voice> voices) =>
        string.Join(", ", voices.Select(v =>
        {
            string name = ledger.TryGetSource(v.Speaker, out Source? s) ? s.Name : v.Speaker.Value;
            return v.Party is { } p && ledger.TryGetParty(p, out Party? party) ? $"{name} ({party.Name})" : name;
        }));

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private Corroboration Make(Ledger ledger, Proposition proposition, PropositionKey key, Interval time)
    {
        ImmutableArray<Vote> votes = VoteIndex.For(ledger).On(key, time);
        StanceSupport affirming = Support(ledger, votes, Stance.Affirms);
        StanceSupport denying = Support(ledger, votes, Stance.Denies);
        var narrator = new Narrator(ledger);
        string description = $"{narrator.Phrase(proposition, withTime: true)}: affirmed by {Describe(ledger, affirming)}; denied by {Describe(ledger, denying)}";
        return new Corroboration(proposition, affirming, denying, description);
    }

    private static string Describe(Ledger ledger, StanceSupport support)
    {
        if (support.Count == 0)
        {
            return "no voice";
        }

        string parties = support.Parties.IsEmpty
            ? string.Empty
            : " (" + string.Join(", ", support.Parties.Select(p => ledger.TryGetParty(p, out Party? party) ? party.Name : p.Value)) + ")";
        return $"{Count(support.Count, "independent voice")}{parties}{(support.CrossesSides ? " across opposing sides" : string.Empty)}, weight {Format(support.Weight)}";
    }

    private StanceSupport Support(Ledger ledger, ImmutableArray<Vote> votes, Stance stance)
    {
        var mine = votes.Where(v => v.Stance == stance).ToList();
        ImmutableArray<Voice> voices = [.. mine
            .GroupBy(v => v.Speaker)
            .OrderBy(g => g.Key)
            .Select(g => new Voice(g.Key, ledger.PartyOf(g.First().Claim)?.Id, [.. g.Select(v => v.Claim).DistinctBy(c => c.Id).OrderBy(c => c.Id)]))];
        ImmutableArray<PartyId> parties = [.. voices.Select(v => v.Party).OfType<PartyId>().Distinct().Order()];
        List<List<PartyId>> blocs = Blocs(ledger, parties);
        bool crosses = parties.Any(a => parties.Any(b => !Sides.SameSide(ledger, a, b)));
        double weight = voices.Count(v => v.Party is null);
        foreach (List<PartyId> bloc in blocs)
        {
            weight += 1 + ((bloc.Count - 1) * Options.AlignedPartyWeight);
            weight += bloc.Sum(p => voices.Count(v => v.Party == p) - 1) * Options.SamePartyVoiceWeight;
        }

        // A speaker who states the proposition outright needs no derivation, even if another of its claims implies it too.
        HashSet<SourceId> direct = [.. mine.Where(v => !v.IsDerived).Select(v => v.Speaker)];
        ImmutableArray<string> derivations = [.. mine.Where(v => v.IsDerived && !direct.Contains(v.Speaker)).Select(v => v.Derivation!).Distinct()];
        return new StanceSupport(stance, voices, parties, blocs.Count + voices.Count(v => v.Party is null), crosses, weight, derivations);
    }

    /// <summary>Groups parties into sides: connected by alignment declared by either party.</summary>
    private static List<List<PartyId>> Blocs(Ledger ledger, ImmutableArray<PartyId> parties)
    {
        var blocs = new List<List<PartyId>>();
        foreach (PartyId party in parties)
        {
            var joined = blocs.Where(b => b.Any(p => Sides.SameSide(ledger, p, party))).ToList();
            var merged = joined.SelectMany(b => b).Append(party).Order().ToList();
            blocs.RemoveAll(joined.Contains);
            blocs.Add(merged);
        }

        return blocs;
    }
}

using ClaimLedger.Internal;
using System.Text;
using ClaimLedger.Contradictions;

namespace ClaimLedger.Credibility;

/// <summary>
/// Party-by-party views of a ledger: for every pair of parties, on how many propositions their speakers agree and in
/// how many contradictions they stand on opposite sides; and, for one party, its claims that others contradicted.
/// </summary>
/// <remarks>
/// <para>
/// An agreement is a proposition, over a span of overlapping times, on which speakers of both parties take the same
/// stance, stated or implied (as <see cref="IndependenceAnalyzer"/> counts them); for a party with itself, one on
/// which two of its speakers agree. A contradiction counts for a pair when <see cref="Contradiction.IsBetween"/>
/// says so; for a party with itself, when its speakers are on two sides. Both counts are symmetric, so
/// <c>Agreements(a, b) == Agreements(b, a)</c>. Unknown parties count 0.
/// </para>
/// <para>The matrix is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class PartyMatrix
{
    private readonly Ledger _ledger;
    private readonly Dictionary<(PartyId, PartyId), int> _agreements;
    private readonly Dictionary<(PartyId, PartyId), ImmutableArray<Contradiction>> _contradictions;

    private PartyMatrix(Ledger ledger, ImmutableArray<Contradiction> contradictions)
    {
        _ledger = ledger;
        Parties = [.. ledger.Parties.Select(p => p.Id)];
        AllContradictions = contradictions;
        _agreements = [];
        foreach (Question question in VoteIndex.For(ledger).Questions)
        {
            foreach (var stance in question.Votes.GroupBy(v => v.Stance))
            {
                var speakers = stance.Select(v => (v.Speaker, Party: ledger.PartyOf(v.Claim)?.Id)).Where(x => x.Party is not null).Distinct().ToList();
                var parties = speakers.Select(x => x.Party!.Value).Distinct().ToList();
                foreach (PartyId a in parties)
                {
                    foreach (PartyId b in parties)
                    {
                        if (a != b || speakers.Count(x => x.Party == a) > 1)
                        {
                            _agreements[(a, b)] = _agreements.GetValueOrDefault((a, b)) + 1;
                        }
                    }
                }
            }
        }

        _contradictions = [];
        var pairs = new List<PartyPair>();
        for (int i = 0; i < Parties.Length; i++)
        {
            for (int j = i; j < Parties.Length; j++)
            {
                PartyId a = Parties[i];
                PartyId b = Parties[j];
                ImmutableArray<Contradiction> between = [.. contradictions.Where(c => c.IsBetween(a, b))];
                if (!between.IsEmpty)
                {
                    _contradictions[(a, b)] = between;
                    _contradictions[(b, a)] = between;
                    pairs.Add(new PartyPair(a, b, between));
                }
            }
        }

        // A stable sort: ties keep the matrix's order, row by row.
        Pairs = [.. pairs.OrderByDescending(p => p.Contradictions.Length)];
    }

    /// <summary>Gets the ledger the matrix was built on, so that a display can name its parties.</summary>
    public Ledger Ledger => _ledger;

    /// <summary>Gets the ledger's parties, in the order they were added: the rows and columns of the matrix.</summary>
    public ImmutableArray<PartyId> Parties { get; }

    /// <summary>Gets every contradiction the matrix was built from.</summary>
    public ImmutableArray<Contradiction> AllContradictions { get; }

    /// <summary>
    /// Gets the pairs of parties that contradict each other, each pair once (its <see cref="PartyPair.First"/> not
    /// after its <see cref="PartyPair.Second"/> in <see cref="Parties"/>), the most contradictions first, ties in the
    /// matrix's order, row by row. A party with itself is listed when its speakers contradict one another.
    /// </summary>
    /// <remarks>
    /// The same counts as <see cref="Contradictions(PartyId, PartyId)"/>: speakers with no party are in no pair, so a
    /// contradiction between a party and a source that speaks for none (such as an article's own voice) is in
    /// <see cref="AllContradictions"/> but in no pair.
    /// </remarks>
    public ImmutableArray<PartyPair> Pairs { get; }

    /// <summary>Builds the matrix for a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="engine">The engine that finds contradictions, or null for <see cref="ContradictionEngine.Default"/>.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static PartyMatrix Of(Ledger ledger, ContradictionEngine? engine = null)
    {
        Preconditions.CheckNotNull(ledger);
        return new PartyMatrix(ledger, (engine ?? ContradictionEngine.Default).FindAll(ledger));
    }

    /// <summary>Builds the matrix for a ledger from contradictions already found in it, without running an engine again.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="contradictions">
    /// The contradictions to count, found in <paramref name="ledger"/> (all of them, for the whole matrix; a filtered
    /// subset counts only that subset); default counts none.
    /// </param>
    /// <returns>The matrix, whose <see cref="AllContradictions"/> are <paramref name="contradictions"/> in their order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException">A contradiction is null or was found in another ledger.</exception>
    public static PartyMatrix From(Ledger ledger, ImmutableArray<Contradiction> contradictions)
    {
        Preconditions.CheckNotNull(ledger);
        contradictions = Preconditions.OrEmpty(contradictions);
        foreach (Contradiction? c in contradictions)
        {
            if (c is null || !ReferenceEquals(c.Ledger, ledger))
            {
                throw new ArgumentException(
                    c is null ? "A contradiction is null." : $"Contradiction {c.Id} was found in another ledger.", nameof(contradictions));
            }
        }

        return new PartyMatrix(ledger, contradictions);
    }

    /// <summary>Gets on how many propositions speakers of two parties take the same stance.</summary>
    /// <param name="first">One party.</param>
    /// <param name="second">The other (the same party: agreement between two of its speakers).</param>
    /// <returns>The count; 0 for an unknown party.</returns>
    public int Agreements(PartyId first, PartyId second) => _agreements.GetValueOrDefault((first, second));

    /// <summary>Gets in how many contradictions speakers of two parties stand on opposite sides.</summary>
    /// <param name="first">One party.</param>
    /// <param name="second">The other (the same party: a contradiction within it).</param>
    /// <returns>The count; 0 for an unknown party.</returns>
    public int Contradictions(PartyId first, PartyId second) => ContradictionsBetween(first, second).Length;

    /// <summary>Gets the contradictions in which speakers of two parties stand on opposite sides.</summary>
    /// <param name="first">One party.</param>
    /// <param name="second">The other.</param>
    /// <returns>The contradictions, ordered as the engine orders them; empty when none.</returns>
    public ImmutableArray<Contradiction> ContradictionsBetween(PartyId first, PartyId second) =>
        _contradictions.TryGetValue((first, second), out ImmutableArray<Contradiction> found) ? found : [];

    /// <summary>Gets the kinds of the contradictions in which speakers of two parties stand on opposite sides.</summary>
    /// <param name="first">One party.</param>
    /// <param name="second">The other (the same party: contradictions within it).</param>
    /// <returns>Each kind once, in the order <see cref="ContradictionKind"/> declares them; empty when none.</returns>
    public ImmutableArray<ContradictionKind> KindsBetween(PartyId first, PartyId second) =>
        [.. ContradictionsBetween(first, second).Select(c => c.Kind).Distinct().Order()];

    /// <summary>Gets a party's claims that other speakers contradicted, and who did.</summary>
    /// <param name="party">The party whose speakers made the claims.</param>
    /// <returns>The claims, ordered by id; empty when none (or for an unknown party).</returns>
    public ImmutableArray<ContradictedClaim> ContradictedClaimsOf(PartyId party)
    {
        var found = new List<ContradictedClaim>();
        foreach (var group in AllContradictions
            .SelectMany(c => c.Claims.Where(claim => _ledger.PartyOf(claim)?.Id == party).Select(claim => (Claim: claim, Contradiction: c)))
            .GroupBy(x => x.Claim.Id)
            .OrderBy(g => g.Key))
        {
            Claim claim = group.First().Claim;
            var opposed = group
                .SelectMany(x => x.Contradiction.Sides.Where(s => !s.Claims.Any(c => c.Id == claim.Id)))
                .SelectMany(s => s.Claims)
                .Where(c => c.Speaker != claim.Speaker)
                .ToList();
            if (opposed.Count == 0)
            {
                continue;
            }

            found.Add(new ContradictedClaim(
                claim,
                [.. group.Select(x => x.Contradiction)],
                [.. opposed.Select(c => c.Speaker).Distinct().Order()],
                [.. opposed.Select(c => _ledger.PartyOf(c)?.Id).OfType<PartyId>().Distinct().Order()]));
        }

        return [.. found];
    }

    /// <summary>Returns both matrices as text, one row per party: agreements / contradictions in each cell.</summary>
    /// <returns>A table such as "russia: russia 0/0, azerbaijan 0/1, ...", one line per party.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (PartyId a in Parties)
        {
            text.Append(a.Value).Append(": ")
                .AppendJoin(", ", Parties.Select(b => $"{b.Value} {Agreements(a, b)}/{Contradictions(a, b)}"))
                .AppendLine();
        }

        return text.ToString();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace ClaimLedger.Contradictions;

/// <summary>
/// Claims that cannot all be true: the kind of conflict, the sides with the statements that hold them, the parties
/// involved and an explanation a person can read.
/// </summary>
/// <remarks>
/// The relation is symmetric: the sides are unordered sets of statements, listed in a stable order. The
/// <see cref="Id"/> is derived from the kind, the topic and the claims, so the same claims give the same id
/// whatever order they were added in. Two contradictions are equal when their ids are equal.
/// </remarks>
public sealed class Contradiction : IEquatable<Contradiction>
{
    internal Contradiction(ContradictionKind kind, string rule, string topic, ImmutableArray<ContradictionSide> sides, string explanation, Ledger ledger)
    {
        Ledger = ledger;
        Kind = kind;
        Rule = rule;
        Topic = topic;
        Sides = sides;
        Explanation = explanation;
        Claims = [.. sides.SelectMany(s => s.Claims).DistinctBy(c => c.Id).OrderBy(c => c.Id)];
        Incidents = [.. Claims.Select(c => c.Incident).Distinct().Order()];
        Parties = [.. sides.SelectMany(s => s.Parties).Distinct().Order()];
        Time = SpanOf(sides.SelectMany(s => s.Statements).Select(s => s.Time ?? ledger.TimeOf(s.Claim)));
        Id = MakeId(kind, rule, topic, Claims);
    }

    /// <summary>Gets a stable identifier derived from the kind, the topic and the claims, such as "c-3f9a0b12c4d5e6f708192a3b4c5d6e7f" (128 bits of a SHA-256 hash).</summary>
    public string Id { get; }

    /// <summary>Gets the ledger the contradiction was found in, for the names of its speakers, parties and places; never serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    [Newtonsoft.Json.JsonIgnore]
    public Ledger Ledger { get; }

    /// <summary>Gets why the claims cannot all be true.</summary>
    public ContradictionKind Kind { get; }

    /// <summary>Gets the name of the rule that found it.</summary>
    public string Rule { get; }

    /// <summary>Gets what the claims are about, such as "controls place:hin-tagher".</summary>
    public string Topic { get; }

    /// <summary>Gets the sides, each a position and the statements that hold it.</summary>
    public ImmutableArray<ContradictionSide> Sides { get; }

    /// <summary>Gets every claim involved, ordered by id.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the incidents the claims are about, ordered by id.</summary>
    public ImmutableArray<IncidentId> Incidents { get; }

    /// <summary>Gets the parties of the speakers on any side, ordered by id.</summary>
    public ImmutableArray<PartyId> Parties { get; }

    /// <summary>Gets the span of time the conflicting statements are about, or null when none is known.</summary>
    public FuzzyDate? Time { get; }

    /// <summary>Gets the explanation in words.</summary>
    public string Explanation { get; }

    /// <summary>
    /// Gets whether the finding is tentative: some side holds only hedged statements ("reportedly",
    /// "it appears"), so the claims conflict as said but no side is firm. The explanation says which.
    /// </summary>
    public bool IsTentative { get; init; }

    /// <summary>Gets which statements on different sides conflict, as the rule that found it judges; null for every pair.</summary>
    internal Func<Statement, Statement, bool>? Conflict { get; init; }

    /// <summary>
    /// Gets whether the finding holds that two claims cannot both be true: they are on different sides, and the rule
    /// judges their statements to conflict. In a finding of many sides not every pair across sides does: a toll that
    /// rose from 137 to 144 sits on one side, and one that fell below both stands apart; 200 and "100 to 300" can sit on
    /// two sides for the sake of a third figure and still agree.
    /// </summary>
    /// <param name="first">One claim's id.</param>
    /// <param name="second">The other claim's id.</param>
    /// <returns>Whether some statement of one and some statement of the other, on different sides, conflict.</returns>
    public bool AreInConflict(ClaimId first, ClaimId second)
    {
        for (int i = 0; i < Sides.Length; i++)
        {
            for (int j = 0; j < Sides.Length; j++)
            {
                if (i == j)
                {
                    continue;
                }

                foreach (Statement a in Sides[i].Statements)
                {
                    if (a.Claim.Id != first)
                    {
                        continue;
                    }

                    foreach (Statement b in Sides[j].Statements)
                    {
                        if (b.Claim.Id == second && (Conflict is null || Conflict(a, b) || Conflict(b, a)))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The same finding with a sentence added to its explanation; the id, which comes from the claims, is unchanged.</summary>
    internal Contradiction WithNote(string note) =>
        new(Kind, Rule, Topic, Sides, Explanation + note, Ledger) { IsTentative = IsTentative, Conflict = Conflict };

    /// <summary>Gets whether a claim is involved.</summary>
    /// <param name="claim">The claim's id.</param>
    /// <returns>Whether any side holds a statement of that claim.</returns>
    public bool Involves(ClaimId claim)
    {
        // The claims are ordered by id: a binary search, so a finding of thousands of claims answers at once.
        int low = 0, high = Claims.Length - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            int order = Claims[mid].Id.CompareTo(claim);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (mid + 1, high) : (low, mid - 1);
        }

        return false;
    }

    /// <summary>Gets whether one side has a speaker of one party and another side a speaker of the other.</summary>
    /// <param name="first">One party.</param>
    /// <param name="second">The other party (may be the same, for a contradiction within one party).</param>
    /// <returns>Whether the parties are on different sides of this contradiction.</returns>
    public bool IsBetween(PartyId first, PartyId second)
    {
        for (int i = 0; i < Sides.Length; i++)
        {
            for (int j = 0; j < Sides.Length; j++)
            {
                if (i != j && Sides[i].Parties.Contains(first) && Sides[j].Parties.Contains(second))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Contradiction? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Contradiction);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the kind and the explanation.</summary>
    /// <returns>Text such as "Denial: Russian Ministry of Defence said on 27 March 2022 that ...".</returns>
    public override string ToString() => $"{Kind}: {Explanation}";

    private static string MakeId(ContradictionKind kind, string rule, string topic, ImmutableArray<Claim> claims)
    {
        string key = $"{kind}|{rule}|{topic}|{string.Join(",", claims.Select(c => c.Id.Value))}";
        return "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static FuzzyDate? SpanOf(IEnumerable<FuzzyDate?> times)
    {
        LocalDate? earliest = null;
        LocalDate? latest = null;
        bool any = false;
        bool openStart = false;
        bool openEnd = false;
        foreach (FuzzyDate? time in times)
        {
            if (time is null)
            {
                continue;
            }

            any = true;
            openStart |= time.Earliest is null;
            openEnd |= time.Latest is null;
            earliest = time.Earliest is { } e && (earliest is null || e < earliest) ? e : earliest;
            latest = time.Latest is { } l && (latest is null || l > latest) ? l : latest;
        }

        if (!any || (openStart && openEnd) || (earliest is null && latest is null))
        {
            return null;
        }

        if (openStart)
        {
            return FuzzyDate.By(latest!.Value);
        }

        if (openEnd)
        {
            return FuzzyDate.Since(earliest!.Value);
        }

        return earliest == latest ? FuzzyDate.OnDay(earliest!.Value) : FuzzyDate.Between(earliest!.Value, latest!.Value);
    }
}

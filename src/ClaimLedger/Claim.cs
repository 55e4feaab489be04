using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// One attributed statement about one incident: who said it (<see cref="Attribution"/>), what it says
/// (<see cref="Proposition"/>), whether it affirms or denies that, and, where numbers are involved, a
/// <see cref="Quantity"/>.
/// </summary>
/// <remarks>
/// One statement that holds several propositions (a count, a place and a blame) is several claims sharing its
/// attribution: make them with <see cref="Parts"/>, which names the others after the first and marks them
/// <see cref="PartOf"/> it. Two claims are equal when every property is equal.
/// </remarks>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">The claim's identifier.</param>
    /// <param name="incident">The incident the claim is about.</param>
    /// <param name="attribution">Who made the statement.</param>
    /// <param name="proposition">What the statement says.</param>
    /// <param name="stance">Whether it affirms or denies the proposition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/> or <paramref name="proposition"/> is null.</exception>
    public Claim(ClaimId id, IncidentId incident, Attribution attribution, Proposition proposition, Stance stance = Stance.Affirms)
    {
        Id = id;
        Incident = incident;
        Attribution = Preconditions.CheckNotNull(attribution);
        Proposition = Preconditions.CheckNotNull(proposition);
        Stance = stance;
    }

    /// <summary>Gets the claim's identifier.</summary>
    public ClaimId Id { get; init; }

    /// <summary>Gets the incident the claim is about.</summary>
    public IncidentId Incident { get; init; }

    /// <summary>Gets who made the statement and how it was relayed.</summary>
    public Attribution Attribution { get; init; }

    /// <summary>Gets what the statement says.</summary>
    public Proposition Proposition { get; init; }

    /// <summary>Gets whether the statement affirms or denies the proposition.</summary>
    public Stance Stance { get; init; }

    /// <summary>Gets the number the statement gives, with its bound and unit, or null.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>
    /// Gets the time a figure counts up to ("so far", "as of", "by"), or null: a running total then counts up to when
    /// it was stated. Only <see cref="CountKind.RunningTotal"/> figures use it.
    /// </summary>
    public FuzzyDate? AsOf { get; init; }

    /// <summary>Gets how firmly the statement makes its proposition: firmly, hedged, on a condition, or as an attempt.</summary>
    public ClaimModality Modality { get; init; }

    /// <summary>Gets the words that hedge or condition the statement ("reportedly", "if the missile was of that type"), or null.</summary>
    public string? Hedge { get; init; }

    /// <summary>Gets the claim whose statement this claim is another proposition of, or null when it stands alone.</summary>
    public ClaimId? PartOf { get; init; }

    /// <summary>Gets whether the statement is firm: neither hedged, conditional nor about an attempt.</summary>
    public bool IsFirm => Modality == ClaimModality.Firm;

    /// <summary>Gets the analyst's grade of the claim's credibility (Admiralty 1-6), or null when not graded.</summary>
    public Credibility.CredibilityGrade? Credibility { get; init; }

    /// <summary>Gets a note on how the statement was encoded, such as a reading chosen where the text is ambiguous.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the speaker (shorthand for <c>Attribution.Speaker</c>).</summary>
    public SourceId Speaker => Attribution.Speaker;

    /// <summary>
    /// Makes the claims of one statement that says several things ("shelled the village and wounded two residents"):
    /// one claim per part, sharing the incident and attribution. The first part has the given id; the others are
    /// named after it ("id.2", "id.3") and are <see cref="PartOf"/> the first.
    /// </summary>
    /// <param name="id">The statement's id, which the first part takes.</param>
    /// <param name="incident">The incident the statement is about.</param>
    /// <param name="attribution">Who made the statement, shared by every part.</param>
    /// <param name="parts">What it says: at least one claim's proposition, stance and optional figure.</param>
    /// <returns>The claims, the first part first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/> or <paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty.</exception>
    /// <example>
    /// <code>
    /// ImmutableArray&lt;Claim&gt; claims = Claim.Parts("mod-0305", "shelling", new Attribution("mod"),
    ///     new ClaimPart(new Proposition(Term.Party("south"), "shelled", Term.Place("alder"))),
    ///     new ClaimPart(new Proposition(Term.Party("south"), "wounded", Term.Text("residents"))) { Quantity = Quantity.Exactly(2, "residents") });
    /// </code>
    /// </example>
    public static ImmutableArray<Claim> Parts(ClaimId id, IncidentId incident, Attribution attribution, params IEnumerable<ClaimPart> parts)
    {
        Preconditions.CheckNotNull(attribution);
        ImmutableArray<ClaimPart> given = [.. Preconditions.CheckNotNull(parts)];
        if (given.IsEmpty)
        {
            throw new ArgumentException("A statement needs at least one part.", nameof(parts));
        }

        return [.. given.Select((part, i) => new Claim(i == 0 ? id : new ClaimId($"{id}.{i + 1}"), incident, attribution, Preconditions.CheckNotNull(part).Proposition, part.Stance)
        {
            Quantity = part.Quantity,
            Note = part.Note,
            PartOf = i == 0 ? (ClaimId?)null : id,
        })];
    }

    /// <summary>Returns a short description.</summary>
    /// <returns>Text such as "parukh-ru-mod-withdrawal: ru-mod affirms party:azerbaijan withdrew-from place:parukh".</returns>
    public override string ToString() =>
        $"{Id}: {Attribution.Speaker} {(Stance == Stance.Affirms ? "affirms" : "denies")} {Proposition}{(Quantity is null ? string.Empty : $" [{Quantity}]")}";
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// One attributed statement about one incident: who said it (<see cref="Attribution"/>), what it says
/// (<see cref="Proposition"/>), whether it affirms or denies that, and, where numbers are involved, a
/// <see cref="Quantity"/>.
/// </summary>
/// <remarks>
/// One statement that holds several propositions (a count, a place and a blame) is several claims sharing a quote.
/// Two claims are equal when every property is equal.
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

    /// <summary>Gets the analyst's grade of the claim's credibility (Admiralty 1-6), or null when not graded.</summary>
    public Credibility.CredibilityGrade? Credibility { get; init; }

    /// <summary>Gets a note on how the statement was encoded, such as a reading chosen where the text is ambiguous.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the speaker (shorthand for <c>Attribution.Speaker</c>).</summary>
    public SourceId Speaker => Attribution.Speaker;

    /// <summary>Returns a short description.</summary>
    /// <returns>Text such as "parukh-ru-mod-withdrawal: ru-mod affirms party:azerbaijan withdrew-from place:parukh".</returns>
    public override string ToString() =>
        $"{Id}: {Attribution.Speaker} {(Stance == Stance.Affirms ? "affirms" : "denies")} {Proposition}{(Quantity is null ? string.Empty : $" [{Quantity}]")}";
}

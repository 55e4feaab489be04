using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>Something that happened, or is said to have happened, at a place and a time: what claims are about.</summary>
/// <remarks>Two incidents are equal when every property is equal.</remarks>
public sealed record Incident
{
    /// <summary>Creates an incident.</summary>
    /// <param name="id">The incident's identifier.</param>
    /// <param name="title">A short title, such as "Parukh, March 2022".</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public Incident(IncidentId id, string title)
    {
        Id = id;
        Title = Preconditions.CheckNotNull(title);
    }

    /// <summary>Gets the incident's identifier.</summary>
    public IncidentId Id { get; init; }

    /// <summary>Gets the incident's title.</summary>
    public string Title { get; init; }

    /// <summary>Gets when it happened, as precisely as known, or null. Propositions without a time of their own take this one.</summary>
    public FuzzyDate? When { get; init; }

    /// <summary>Gets the places where it happened.</summary>
    public ImmutableArray<PlaceId> Places { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets free tags, such as "ceasefire-violation".</summary>
    public ImmutableArray<string> Tags { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a short summary, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets a note on how the incident was encoded, or null.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public bool Equals(Incident? other) =>
        other is not null && Id == other.Id && Title == other.Title && Equals(When, other.When) && Summary == other.Summary
        && Note == other.Note && Equality.Sequence(Places, other.Places) && Equality.Sequence(Tags, other.Tags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, When, Summary, Note, Equality.Hash(Places), Equality.Hash(Tags));

    /// <summary>Returns the title and date.</summary>
    /// <returns>Text such as "Parukh (24–25 March 2022)".</returns>
    public override string ToString() => When is null ? Title : $"{Title} ({When})";
}

using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>Narrows a list of contradictions. Every criterion that is set must hold; unset criteria match all.</summary>
public sealed record ContradictionFilter
{
    /// <summary>Gets a filter that keeps everything.</summary>
    public static ContradictionFilter None { get; } = new();

    /// <summary>Gets the kinds to keep, or empty for all.</summary>
    public ImmutableArray<ContradictionKind> Kinds { get; init; } = ImmutableArray<ContradictionKind>.Empty;

    /// <summary>Gets a party whose speakers must be on some side, or null.</summary>
    public PartyId? Party { get; init; }

    /// <summary>Gets a second party: with <see cref="Party"/>, the two must be on different sides.</summary>
    public PartyId? OtherParty { get; init; }

    /// <summary>Gets an incident some claim must be about, or null.</summary>
    public IncidentId? Incident { get; init; }

    /// <summary>Gets a place (or a place within it) some claim must be about, or null.</summary>
    public PlaceId? Place { get; init; }

    /// <summary>Gets a period the contradiction's time must overlap, or null.</summary>
    public FuzzyDate? During { get; init; }

    internal bool Matches(Contradiction contradiction, IReadOnlySet<ClaimId>? claimsAtPlace)
    {
        if (!Kinds.IsDefaultOrEmpty && !Kinds.Contains(contradiction.Kind))
        {
            return false;
        }

        if (Party is { } party)
        {
            bool ok = OtherParty is { } other ? contradiction.IsBetween(party, other) : contradiction.Parties.Contains(party);
            if (!ok)
            {
                return false;
            }
        }

        if (Incident is { } incident && !contradiction.Incidents.Contains(incident))
        {
            return false;
        }

        if (claimsAtPlace is not null && !contradiction.Claims.Any(c => claimsAtPlace.Contains(c.Id)))
        {
            return false;
        }

        return During is null || contradiction.Time is null || contradiction.Time.Overlaps(During);
    }

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(ContradictionFilter? other) =>
        other is not null && Equals(Party, other.Party) && Equals(OtherParty, other.OtherParty) && Equals(Incident, other.Incident) && Equals(Place, other.Place) && Equals(During, other.During) && Equality.Sequence(Kinds, other.Kinds);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Party);
        hash.Add(OtherParty);
        hash.Add(Incident);
        hash.Add(Place);
        hash.Add(During);
        hash.Add(Equality.Hash(Kinds));
        return hash.ToHashCode();
    }
}

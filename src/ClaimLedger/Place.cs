using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>A place with its canonical name and every alias and transliteration it goes by.</summary>
/// <remarks>
/// Lookups by name (<see cref="Ledger.FindPlace(string)"/>) ignore case, diacritics, dashes and spacing, so
/// "kohne taghlar" finds Hin Tagher. Two places are equal when every property is equal.
/// </remarks>
public sealed record Place
{
    /// <summary>Creates a place.</summary>
    /// <param name="id">The place's identifier.</param>
    /// <param name="name">The place's canonical name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Place(PlaceId id, string name)
    {
        Id = id;
        Name = Preconditions.CheckNotNull(name);
    }

    /// <summary>Gets the place's identifier.</summary>
    public PlaceId Id { get; init; }

    /// <summary>Gets the canonical name, such as "Hin Tagher".</summary>
    public string Name { get; init; }

    /// <summary>Gets the aliases and transliterations, such as "Kohne Taghlar".</summary>
    public ImmutableArray<string> Aliases { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets what kind of place it is (village, city, district, region, mountain, road...), or null.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the place this one lies in, or null.</summary>
    public PlaceId? Parent { get; init; }

    /// <summary>Gets the place's coordinates, or null when not known.</summary>
    public GeoCoordinates? Coordinates { get; init; }

    /// <summary>Gets the canonical name followed by every alias.</summary>
    public IEnumerable<string> AllNames => Preconditions.OrEmpty(Aliases).Prepend(Name);

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && Parent == other.Parent
        && Coordinates == other.Coordinates && Equality.Sequence(Aliases, other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, Parent, Coordinates, Equality.Hash(Aliases));

    /// <summary>Returns the canonical name.</summary>
    /// <returns>The canonical name.</returns>
    public override string ToString() => Name;
}

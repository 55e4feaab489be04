using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// What a figure counts, with the other words reports use for it: "troops" are also "soldiers", "servicemen" and
/// "military personnel". A unit may lie within a wider one ("troops" within "people"); figures in different units
/// are different measures and are never compared as one.
/// </summary>
/// <param name="Name">The unit's canonical name, such as "troops".</param>
/// <remarks>
/// Words compare ignoring case, diacritics and spacing, and a plural "s" or "es" is taken as the word itself.
/// Two units are equal when every property is equal, the synonyms in order.
/// </remarks>
public sealed record CountUnit(string Name)
{
    /// <summary>Gets the canonical name.</summary>
    public string Name { get; init; } = Preconditions.CheckNotBlank(Name);

    /// <summary>Gets the other words for the unit, such as "soldiers" and "servicemen" for "troops".</summary>
    public ImmutableArray<string> Synonyms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the name of the wider unit this one lies within ("people" for "troops"), or null.</summary>
    public string? Within { get; init; }

    /// <summary>Gets the name followed by every synonym.</summary>
    public IEnumerable<string> AllWords => Preconditions.OrEmpty(Synonyms).Prepend(Name);

    /// <inheritdoc />
    public bool Equals(CountUnit? other) =>
        other is not null && Name == other.Name && Within == other.Within && Equality.Sequence(Synonyms, other.Synonyms);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Within, Equality.Hash(Synonyms));
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// A side in a conflict, such as Russia, Azerbaijan or the European Union. Parties are an open set:
/// any party is added to a ledger the same way.
/// </summary>
/// <remarks>
/// Two parties are equal when every property is equal, aliases and alignments compared in order.
/// <see cref="AlignedWith"/> names the parties on the same side; the contradiction engine uses it to tell
/// mutual blame (each side blames the other) from a disagreement within one side.
/// </remarks>
public sealed record Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="id">The party's identifier.</param>
    /// <param name="name">The party's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Party(PartyId id, string name)
    {
        Id = id;
        Name = Preconditions.CheckNotNull(name);
    }

    /// <summary>Gets the party's identifier.</summary>
    public PartyId Id { get; init; }

    /// <summary>Gets the party's name, such as "Azerbaijan".</summary>
    public string Name { get; init; }

    /// <summary>Gets other names for the party, such as "Azerbaijani" or "Baku".</summary>
    public ImmutableArray<string> Aliases { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the parties on the same side of the conflict as this one.</summary>
    public ImmutableArray<PartyId> AlignedWith { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(Party? other) =>
        other is not null && Id == other.Id && Name == other.Name
        && Equality.Sequence(Aliases, other.Aliases) && Equality.Sequence(AlignedWith, other.AlignedWith);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Equality.Hash(Aliases), Equality.Hash(AlignedWith));

    /// <summary>Returns the party's name and identifier.</summary>
    /// <returns>Text such as "Azerbaijan (azerbaijan)".</returns>
    public override string ToString() => $"{Name} ({Id})";
}

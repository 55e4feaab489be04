using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// Who speaks or relays a statement: a ministry, an outlet, a legislature, a named person, or a collective
/// speaker such as "Azerbaijani sources".
/// </summary>
/// <remarks>
/// A source that is also an actor in events (the Russian peacekeeping contingent) can be named in propositions
/// with <see cref="Term.Source(SourceId)"/>. Two sources are equal when every property is equal.
/// </remarks>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The source's identifier.</param>
    /// <param name="name">The source's canonical name.</param>
    /// <param name="kind">What kind of source it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Source(SourceId id, string name, SourceKind kind)
    {
        Id = id;
        Name = Preconditions.CheckNotNull(name);
        Kind = kind;
    }

    /// <summary>Gets the source's identifier.</summary>
    public SourceId Id { get; init; }

    /// <summary>Gets the source's canonical name, such as "Russian Ministry of Defence".</summary>
    public string Name { get; init; }

    /// <summary>Gets other names the source goes by, such as "Russian defence ministry".</summary>
    public ImmutableArray<string> NameVariants { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets what kind of source it is.</summary>
    public SourceKind Kind { get; init; }

    /// <summary>Gets the party the source speaks for or belongs to, or null for none.</summary>
    public PartyId? Party { get; init; }

    /// <summary>Gets the analyst's grade of the source's reliability (Admiralty A-F), or null when not graded.</summary>
    public Credibility.ReliabilityGrade? Reliability { get; init; }

    /// <summary>Gets a free note, such as why the source was given its affiliation.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the canonical name followed by every variant.</summary>
    public IEnumerable<string> AllNames => Preconditions.OrEmpty(NameVariants).Prepend(Name);

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && Party == other.Party
        && Reliability == other.Reliability && Note == other.Note && Equality.Sequence(NameVariants, other.NameVariants);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, Party, Reliability, Note, Equality.Hash(NameVariants));

    /// <summary>Returns the source's name.</summary>
    /// <returns>The canonical name.</returns>
    public override string ToString() => Name;
}

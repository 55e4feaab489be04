using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>One position in a contradiction and the statements that hold it.</summary>
public sealed record ContradictionSide
{
    internal ContradictionSide(string position, ImmutableArray<Statement> statements, ImmutableArray<PartyId> parties)
    {
        Position = position;
        Statements = statements;
        Parties = parties;
    }

    /// <summary>Gets the position in words, such as "Azerbaijan withdrew from Parukh".</summary>
    public string Position { get; }

    /// <summary>Gets the statements that hold this position, ordered by claim id.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>Gets the claims that hold this position, ordered by claim id.</summary>
    public IEnumerable<Claim> Claims => Statements.Select(s => s.Claim);

    /// <summary>Gets the parties of the speakers on this side, ordered by id.</summary>
    public ImmutableArray<PartyId> Parties { get; }

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(ContradictionSide? other) =>
        other is not null && Equals(Position, other.Position) && Equality.Sequence(Statements, other.Statements) && Equality.Sequence(Parties, other.Parties);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Position);
        hash.Add(Equality.Hash(Statements));
        hash.Add(Equality.Hash(Parties));
        return hash.ToHashCode();
    }
}

using ClaimLedger.Internal;
using ClaimLedger.Contradictions;

namespace ClaimLedger.Credibility;

/// <summary>
/// The independent voices that take one stance on a proposition: who they are, which parties and sides they come
/// from, and how much their agreement weighs.
/// </summary>
/// <remarks>
/// A voice is a speaker: the same ministry relayed by TASS and by RIA Novosti is one voice. A voice that did not state
/// the proposition itself but implied it (Artsakh saying Azerbaijan still controlled Parukh implies that it did not
/// withdraw) is listed with its reasoning in <see cref="Derivations"/>. Two supports are equal when every property is
/// equal, collections compared by reference.
/// </remarks>
public sealed record StanceSupport
{
    internal StanceSupport(Stance stance, ImmutableArray<Voice> voices, ImmutableArray<PartyId> parties, int sides, bool crossesSides, double weight, ImmutableArray<string> derivations)
    {
        Stance = stance;
        Voices = voices;
        Parties = parties;
        Sides = sides;
        CrossesSides = crossesSides;
        Weight = weight;
        Derivations = derivations;
    }

    /// <summary>Gets the stance the voices take.</summary>
    public Stance Stance { get; }

    /// <summary>Gets the independent voices, one per speaker, ordered by speaker id.</summary>
    public ImmutableArray<Voice> Voices { get; }

    /// <summary>Gets the number of independent voices.</summary>
    public int Count => Voices.Length;

    /// <summary>Gets the parties of the voices, distinct, ordered by id.</summary>
    public ImmutableArray<PartyId> Parties { get; }

    /// <summary>
    /// Gets the number of sides the voices come from: groups of parties joined by <see cref="Party.AlignedWith"/>
    /// (declared by either party), each voice with no party counting as a side of its own.
    /// </summary>
    public int Sides { get; }

    /// <summary>
    /// Gets whether two of the voices belong to parties on opposing sides (neither aligned with the other), which is
    /// the strongest corroboration: a party saying what its opponent says, often against its own interest.
    /// </summary>
    public bool CrossesSides { get; }

    /// <summary>
    /// Gets the weight of the agreement: 1 for each side's first voice; for each further party of a side,
    /// <see cref="IndependenceOptions.AlignedPartyWeight"/>; for each further voice of a party,
    /// <see cref="IndependenceOptions.SamePartyVoiceWeight"/>. 0 when there are no voices.
    /// </summary>
    public double Weight { get; }

    /// <summary>Gets, for each voice that implied rather than stated the proposition, the reasoning in words.</summary>
    public ImmutableArray<string> Derivations { get; }

    /// <inheritdoc />
    /// <remarks>Lists compare by their contents, in order.</remarks>
    public bool Equals(StanceSupport? other) =>
        other is not null && Equals(Stance, other.Stance) && Equals(Sides, other.Sides) && Equals(CrossesSides, other.CrossesSides) && Equals(Weight, other.Weight) && Equality.Sequence(Voices, other.Voices) && Equality.Sequence(Parties, other.Parties) && Equality.Sequence(Derivations, other.Derivations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Stance);
        hash.Add(Sides);
        hash.Add(CrossesSides);
        hash.Add(Weight);
        hash.Add(Equality.Hash(Voices));
        hash.Add(Equality.Hash(Parties));
        hash.Add(Equality.Hash(Derivations));
        return hash.ToHashCode();
    }
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// Who made a statement and how it reached the ledger: the speaker, the chain of outlets that relayed it,
/// when it was said, the words quoted and the works that carried it (in PROV terms: attributed to, quoted from).
/// </summary>
/// <remarks>
/// A statement relayed by ten outlets is still one voice: the speaker's. <see cref="Relays"/> lists the outlets
/// in the order the statement passed through them, the one nearest the reader last.
/// Two attributions are equal when every property is equal.
/// </remarks>
public sealed record Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="speaker">The source that made the statement.</param>
    public Attribution(SourceId speaker) => Speaker = speaker;

    /// <summary>Gets the source that made the statement (for <see cref="AttributionVoice.OwnVoice"/>, the document itself).</summary>
    public SourceId Speaker { get; init; }

    /// <summary>Gets whether the statement is attributed or in the document's own voice.</summary>
    public AttributionVoice Voice { get; init; }

    /// <summary>Gets the outlets that relayed the statement, nearest the reader last.</summary>
    public ImmutableArray<SourceId> Relays { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets when the statement was made, as precisely as known, or null.</summary>
    public FuzzyDate? Stated { get; init; }

    /// <summary>
    /// Gets the claim this statement is known to have come after ("later", "the following day",
    /// "this was later denied"), or null.
    /// </summary>
    public ClaimId? StatedAfter { get; init; }

    /// <summary>Gets the words quoted, as the source document gives them, or null.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// Gets where the statement can be checked: the works that carried it, with their addresses, titles, publishers
    /// and dates; a citation naming a <see cref="Citation.Relay"/> is of that relay's publication.
    /// </summary>
    public ImmutableArray<Citation> Citations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets that the statement was taken back (a deleted post, a retracted report), or null.</summary>
    public Withdrawal? Withdrawn { get; init; }

    /// <summary>Gets whether the statement is in the document's own voice.</summary>
    public bool IsOwnVoice => Voice == AttributionVoice.OwnVoice;

    /// <inheritdoc />
    public bool Equals(Attribution? other) =>
        other is not null && Speaker == other.Speaker && Voice == other.Voice && Equals(Stated, other.Stated)
        && StatedAfter == other.StatedAfter && Quote == other.Quote && Equality.Sequence(Citations, other.Citations)
        && Equals(Withdrawn, other.Withdrawn) && Equality.Sequence(Relays, other.Relays);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Speaker, Voice, Stated, StatedAfter, Quote, Equality.Hash(Citations), Withdrawn, Equality.Hash(Relays));
}

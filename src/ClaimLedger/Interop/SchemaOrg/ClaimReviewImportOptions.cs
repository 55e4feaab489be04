namespace ClaimLedger.Interop.SchemaOrg;

/// <summary>Where <see cref="ClaimReviewImport"/> puts the claims it reads: the incident they are about, and what new speakers are.</summary>
/// <param name="Incident">The incident every imported claim is about; created (titled <see cref="IncidentTitle"/>) when the ledger has none of that id.</param>
/// <remarks>Two instances are equal when every property is equal.</remarks>
public sealed record ClaimReviewImportOptions(IncidentId Incident)
{
    /// <summary>Gets the title of the incident when it is created; its id when null.</summary>
    public string? IncidentTitle { get; init; }

    /// <summary>Gets the kind of a speaker the ledger does not know and the markup calls an <c>Organization</c>; <see cref="SourceKind.Unknown"/> by default. A <c>Person</c> is <see cref="SourceKind.Individual"/>.</summary>
    public SourceKind NewSpeakerKind { get; init; } = SourceKind.Unknown;
}

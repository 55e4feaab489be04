namespace ClaimLedger.Parquet;

/// <summary>
/// One statement of a ledger as a row of the <c>statements</c> table: a claim's own proposition in its notion's terms,
/// or one it entails, with the keys and intervals the engine compares. Text keys are never null (none is
/// <c>""</c>), so plain equality joins them in any SQL engine; an unknown bound of a time or a figure is null.
/// </summary>
public sealed record StatementRow
{
    /// <summary>Gets the claim's id.</summary>
    public string ClaimId { get; init; } = "";

    /// <summary>Gets the id of the statement the claim is part of (its own id, or the first part's).</summary>
    public string StatementId { get; init; } = "";

    /// <summary>Gets the claim's incident id.</summary>
    public string Incident { get; init; } = "";

    /// <summary>Gets the speaker's source id.</summary>
    public string Speaker { get; init; } = "";

    /// <summary>Gets the notion compared: the predicate any wording resolves to.</summary>
    public string Predicate { get; init; } = "";

    /// <summary>Gets the subject, written as a term ("party:north", "text:people").</summary>
    public string Subject { get; init; } = "";

    /// <summary>Gets the object as a term, or "" for none.</summary>
    public string Object { get; init; } = "";

    /// <summary>Gets the place compared: the proposition's place, else a place object, else "".</summary>
    public string Place { get; init; } = "";

    /// <summary>Gets "affirms" or "denies".</summary>
    public string Stance { get; init; } = "";

    /// <summary>Gets whether the statement is entailed by the claim rather than its own proposition.</summary>
    public bool Derived { get; init; }

    /// <summary>Gets whether a derived statement carries the claim's figure (always true for the claim's own).</summary>
    public bool KeepsQuantity { get; init; }

    /// <summary>Gets the claim's own measure ("predicate|subject|object|place", canonical), to tell figures entailed from one measure.</summary>
    public string Measure { get; init; } = "";

    /// <summary>Gets whether the claim is about an attempt, compared only with attempts.</summary>
    public bool Attempt { get; init; }

    /// <summary>Gets "firm", "hedged", "conditional" or "attempted".</summary>
    public string Modality { get; init; } = "";

    /// <summary>Gets whether the claim was withdrawn; it meets only what others said before (<see cref="StandsUntil"/>).</summary>
    public bool Withdrawn { get; init; }

    /// <summary>Gets whether the speaker later gave another figure for the measure; it meets only what others said before (<see cref="StandsUntil"/>).</summary>
    public bool Superseded { get; init; }

    /// <summary>Gets the first day the claim was said, or null when unknown.</summary>
    public int? StatedStart { get; init; }

    /// <summary>Gets the last day the claim may have been said, or null when unknown.</summary>
    public int? StatedEnd { get; init; }

    /// <summary>
    /// Gets the first day the claim no longer stood for its speaker: the day it was withdrawn, or the day its speaker
    /// gave the figure that superseded it; null while it stands, or when that day is unknown. Until then it meets what
    /// other speakers said; a withdrawn or superseded claim with no such day meets nothing.
    /// </summary>
    public int? StandsUntil { get; init; }

    /// <summary>Gets what the predicate's figures count: "event" or "running-total".</summary>
    public string Counts { get; init; } = "";

    /// <summary>Gets the first day the statement is about, as days since 1 January 0001 (.NET <c>DateOnly.DayNumber</c>), or null when unknown.</summary>
    public int? DayStart { get; init; }

    /// <summary>Gets the last day the statement is about, or null when unknown.</summary>
    public int? DayEnd { get; init; }

    /// <summary>Gets the first day a running total counts up to (its as-of time, else when it was said, else its time), or null.</summary>
    public int? AsOfStart { get; init; }

    /// <summary>Gets the last day a running total counts up to, or null.</summary>
    public int? AsOfEnd { get; init; }

    /// <summary>Gets whether the claim gives a figure.</summary>
    public bool HasQuantity { get; init; }

    /// <summary>Gets the lowest number the figure allows (tolerances applied), or null when it has no lower bound.</summary>
    public double? QuantityLow { get; init; }

    /// <summary>Gets whether <see cref="QuantityLow"/> itself is allowed.</summary>
    public bool LowInclusive { get; init; }

    /// <summary>Gets the highest number the figure allows, or null when it has no upper bound.</summary>
    public double? QuantityHigh { get; init; }

    /// <summary>Gets whether <see cref="QuantityHigh"/> itself is allowed.</summary>
    public bool HighInclusive { get; init; }

    /// <summary>Gets the figure's unit, canonical ("servicemen" and "soldiers" are one), or "".</summary>
    public string Unit { get; init; } = "";
}

/// <summary>One row of the <c>places</c> table: a place and one place that holds it, itself included, at any depth.</summary>
public sealed record PlaceRow
{
    /// <summary>Gets the place's id.</summary>
    public string Place { get; init; } = "";

    /// <summary>Gets the id of the place or one of the places that hold it.</summary>
    public string Within { get; init; } = "";
}

namespace ClaimLedger;

/// <summary>What the figures of a predicate count, which decides when two figures can be compared.</summary>
public enum CountKind
{
    /// <summary>A figure for the event or period the proposition is about (troops deployed, shells fired): figures compare when those times overlap.</summary>
    Event = 0,

    /// <summary>
    /// A running total as of when it was given (a toll: killed, wounded, missing): totals compare at overlapping
    /// as-of times only; a total that rises from one report to the next is a sequence, and one that falls below an
    /// earlier firm total is flagged, since a toll does not fall.
    /// </summary>
    RunningTotal,
}

namespace ClaimLedger.Benchmarks.Generation;

/// <summary>What a planted group of claims in a synthetic ledger is meant to show.</summary>
public enum ScenarioKind
{
    /// <summary>A proposition affirmed by one side and denied by the other on the same day (a denial).</summary>
    Denial,

    /// <summary>A proposition affirmed, then denied the next day by the same speaker (a retraction).</summary>
    Retraction,

    /// <summary>Two parties each said to control one village at the same time (incompatible values).</summary>
    IncompatibleControl,

    /// <summary>Each side says the other started the incident (mutual blame).</summary>
    MutualBlame,

    /// <summary>"Withdrew from" a village against "controls" it: a denial through an entailment.</summary>
    EntailedDenial,

    /// <summary>"Captured" a village against another party's "controls": incompatible values through an entailment.</summary>
    EntailedControl,

    /// <summary>Casualty figures whose ranges do not overlap.</summary>
    IncompatibleQuantities,

    /// <summary>The incident called a "violation" and "lawful".</summary>
    OppositeLabels,

    /// <summary>Look-alike: affirmed and denied, but for months that do not overlap.</summary>
    DenialAtOtherTimes,

    /// <summary>Look-alike: two parties control the village, one before the other.</summary>
    ControlAtOtherTimes,

    /// <summary>Look-alike: "1,960" and "about 2,000", which agree.</summary>
    CompatibleQuantities,

    /// <summary>Look-alike: different figures in different units.</summary>
    QuantitiesInOtherUnits,

    /// <summary>Look-alike: labels that are different but not declared opposite.</summary>
    LabelsNotOpposite,

    /// <summary>Look-alike: one side affirms that a party violated the ceasefire, the other denies that another did.</summary>
    DenialOfAnotherProposition,

    /// <summary>Look-alike: withdrew from one village, controls another.</summary>
    WithdrewFromAnotherPlace,
}

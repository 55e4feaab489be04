namespace ClaimLedger;

/// <summary>
/// How precisely a <see cref="FuzzyDate"/> pins down the day something happened, as a report worded it.
/// </summary>
/// <remarks>
/// The precision is part of a <see cref="FuzzyDate"/>'s identity: "1–10 January 2021" given as a day
/// range and "early January 2021" cover the same days but are different values, because a ledger of
/// claims must keep what each source actually said.
/// </remarks>
public enum DatePrecision
{
    /// <summary>One calendar day: "27 March 2022".</summary>
    Day = 0,

    /// <summary>An inclusive range of days: "between 24 and 25 March 2022".</summary>
    DayRange = 1,

    /// <summary>A whole calendar month: "March 2022".</summary>
    Month = 2,

    /// <summary>Days 1 to 10 of a month: "early January 2021".</summary>
    EarlyMonth = 3,

    /// <summary>Days 11 to 20 of a month: "mid-December 2020".</summary>
    MidMonth = 4,

    /// <summary>Day 21 to the last day of a month: "late April 2021".</summary>
    LateMonth = 5,

    /// <summary>A whole calendar year: "2020".</summary>
    Year = 6,

    /// <summary>From a day onwards, with no known end: "since 5 March 2022".</summary>
    Since = 7,

    /// <summary>Up to and including a day, with no known start: "by 22 November 2020".</summary>
    By = 8,

    /// <summary>Three days either side of a day: "around 15 October 2020".</summary>
    Circa = 9,
}

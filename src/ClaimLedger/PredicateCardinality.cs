namespace ClaimLedger;

/// <summary>How many values a predicate allows at one time; the engine flags a second value as a contradiction.</summary>
public enum PredicateCardinality
{
    /// <summary>Any number of subjects and objects may hold together ("attacked").</summary>
    Many = 0,

    /// <summary>For one object, only one subject at a time: one party controls a place, one side started an incident.</summary>
    OneSubjectPerObject,

    /// <summary>For one subject, only one object at a time: a person is in one place, a unit is led by one commander.</summary>
    OneObjectPerSubject,
}

using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// What a claim says, in structured form: a subject, a predicate, an optional object, an optional place and the
/// time the statement is about. "Azerbaijani forces withdrew from Parukh on 27 March 2022" is
/// <c>party:azerbaijan withdrew-from place:parukh @ 27 March 2022</c>.
/// </summary>
/// <remarks>
/// <see cref="Time"/> is the time the proposition is about, not when it was said (that is
/// <see cref="Attribution.Stated"/>). Without a time of its own, the proposition is about its incident's time.
/// Two propositions are equal when every property is equal.
/// </remarks>
public sealed record Proposition
{
    /// <summary>Creates a proposition.</summary>
    /// <param name="subject">Who or what the proposition is about.</param>
    /// <param name="predicate">What is said of the subject.</param>
    /// <param name="object">The object of the predicate, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Proposition(Term subject, PredicateId predicate, Term? @object = null)
    {
        Subject = Preconditions.CheckNotNull(subject);
        Predicate = predicate;
        Object = @object;
    }

    /// <summary>Gets who or what the proposition is about.</summary>
    public Term Subject { get; init; }

    /// <summary>Gets what is said of the subject.</summary>
    public PredicateId Predicate { get; init; }

    /// <summary>Gets the object of the predicate, or null.</summary>
    public Term? Object { get; init; }

    /// <summary>Gets where it is said to hold, or null.</summary>
    public PlaceId? Place { get; init; }

    /// <summary>Gets the time it is said to hold, or null to take the incident's time.</summary>
    public FuzzyDate? Time { get; init; }

    /// <summary>Returns the proposition in its written form.</summary>
    /// <returns>Text such as "party:azerbaijan withdrew-from place:parukh @ 27 March 2022".</returns>
    public override string ToString()
    {
        string text = $"{Subject} {Predicate}";
        if (Object is not null)
        {
            text += $" {Object}";
        }

        if (Place is { } place && !(Object?.Kind == TermKind.Place && Object.Value == place.Value))
        {
            text += $" in {place}";
        }

        return Time is null ? text : $"{text} @ {Time}";
    }
}

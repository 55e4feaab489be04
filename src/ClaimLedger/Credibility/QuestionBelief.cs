using ClaimLedger.Contradictions;
using Interval = ClaimLedger.Contradictions.Interval;

namespace ClaimLedger.Credibility;

/// <summary>
/// One question the claims answer, with every value given for it and how far <see cref="TruthDiscovery"/> believes
/// each: for a predicate with one value at a time, "which value holds for this subject (or object) over this span?"
/// (who controls Parukh; whom a book is written by); for any other predicate, "does this proposition hold?".
/// </summary>
/// <remarks>
/// Every question is reported, contested or not: a subject with a single claimed value has a question with one value.
/// Immutable; two instances are equal only when they are the same instance.
/// </remarks>
public sealed class QuestionBelief
{
    internal QuestionBelief(PredicateId predicate, Term about, bool oneValue, Proposition proposition, ImmutableArray<ValueBelief> values, bool contested, Interval time)
    {
        Predicate = predicate;
        About = about;
        IsOneValueAtATime = oneValue;
        Proposition = proposition;
        Values = values;
        IsContested = contested;
        Time = time;
    }

    /// <summary>Gets the predicate (the notion, when claims used other wordings of it).</summary>
    public PredicateId Predicate { get; }

    /// <summary>
    /// Gets the term the question is about: the object for a predicate with one subject per object (the place whose
    /// holder is asked), otherwise the subject.
    /// </summary>
    public Term About { get; }

    /// <summary>Gets whether the predicate allows one value at a time, so that the values compete; otherwise the question is yes or no.</summary>
    public bool IsOneValueAtATime { get; }

    /// <summary>Gets the question's proposition (its first value's), with the span of time the votes cover (null when unbounded).</summary>
    public Proposition Proposition { get; }

    /// <summary>Gets every value given, the most believed first (ties by value, then proposition text).</summary>
    public ImmutableArray<ValueBelief> Values { get; }

    /// <summary>
    /// Gets the value the evidence favours. For a predicate with one value at a time: the most believed value, unless
    /// two share the highest belief (then null), even when its belief is below 0.5 (many values share the belief).
    /// For a yes-or-no question: its one value when the belief in it is above 0.5, else null.
    /// </summary>
    public ValueBelief? Favoured => Values.IsEmpty ? null
        : IsOneValueAtATime ? (Values.Length == 1 || Values[0].Belief > Values[1].Belief ? Values[0] : null)
        : Values[0].Belief > 0.5 ? Values[0] : null;

    /// <summary>Gets whether there is anything to decide: two values given, or a value both affirmed and denied.</summary>
    public bool IsContested { get; }

    internal Interval Time { get; }

    /// <summary>Returns the question and its favoured value.</summary>
    /// <returns>Text such as "text:ISBN 0201853949 written-by: text:knuth donald 0.93 (of 3 values)".</returns>
    public override string ToString() =>
        $"{About} {Predicate}: {(Favoured is { } f ? $"{f.Value?.ToString() ?? f.Proposition.ToString()} {IndependenceAnalyzer.Format(f.Belief)}" : "no favoured value")} (of {Values.Length} value{(Values.Length == 1 ? string.Empty : "s")})";
}

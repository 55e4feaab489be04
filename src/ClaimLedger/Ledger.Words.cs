using ClaimLedger.Internal;
using ClaimLedger.Contradictions;

namespace ClaimLedger;

public sealed partial class Ledger
{
    /// <summary>Gets the ledger's name for a term: a party's or place's name, a source's name, an incident's title, or the words of a text term.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The name; the identifier itself when the ledger does not define it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public string NameOf(Term term)
    {
        Preconditions.CheckNotNull(term);
        return new Narrator(this).Name(term);
    }

    /// <summary>Puts a proposition into words with the ledger's names, as explanations do.</summary>
    /// <param name="proposition">The proposition.</param>
    /// <returns>A phrase such as "Azerbaijan withdrew from Parukh on 27 March 2022".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public string Describe(Proposition proposition)
    {
        Preconditions.CheckNotNull(proposition);
        return new Narrator(this).Phrase(proposition, withTime: true);
    }

    /// <summary>
    /// Puts a proposition into words for a list, a table cell or a heading: the phrase of <see cref="Describe(Proposition)"/>
    /// without its time, then the time in brackets.
    /// </summary>
    /// <param name="proposition">The proposition.</param>
    /// <returns>Text such as "Azerbaijan withdrew from Parukh (27 March 2022)"; the phrase alone when the proposition has no time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public string Caption(Proposition proposition)
    {
        Preconditions.CheckNotNull(proposition);
        string phrase = new Narrator(this).Phrase(proposition with { Time = null });
        return proposition.Time is { } time ? $"{phrase} ({time})" : phrase;
    }

    /// <summary>
    /// Puts what a claim states into words for a list or a table cell: the <see cref="Caption"/> of its proposition,
    /// after "not: " when the claim denies it. Who said it (<see cref="Describe(Attribution)"/>) and its figure
    /// (<see cref="Claim.Quantity"/>) are not included.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <returns>
    /// Text such as "Azerbaijan withdrew from Parukh (27 March 2022)" for an affirmation, or
    /// "not: Azerbaijan withdrew from Parukh (27 March 2022)" for a denial.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public string Describe(Claim claim)
    {
        Preconditions.CheckNotNull(claim);
        string caption = Caption(claim.Proposition);
        return claim.Stance == Stance.Denies ? $"not: {caption}" : caption;
    }

    /// <summary>Puts who said something into words: the speaker's name, then who relayed it.</summary>
    /// <param name="attribution">The attribution.</param>
    /// <returns>Text such as "Russian Ministry of Defence, via TASS, RIA Novosti"; identifiers for sources the ledger does not define.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/> is null.</exception>
    public string Describe(Attribution attribution)
    {
        Preconditions.CheckNotNull(attribution);
        string speaker = NameOf(Term.Source(attribution.Speaker));
        return attribution.Relays.IsDefaultOrEmpty
            ? speaker
            : $"{speaker}, via {string.Join(", ", attribution.Relays.Select(r => NameOf(Term.Source(r))))}";
    }
}

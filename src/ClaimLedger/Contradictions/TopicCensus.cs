namespace ClaimLedger.Contradictions;

/// <summary>
/// How many statements of a topic affirm, deny and give a figure, counted before any statement is made, so a rule
/// can tell the engine that a topic holds nothing for it (<see cref="IContradictionRule.MayFind"/>).
/// </summary>
/// <param name="Affirmations">Statements that affirm, own or entailed.</param>
/// <param name="Denials">Statements that deny, own or entailed.</param>
/// <param name="Figures">Claims' own statements that give a quantity.</param>
public readonly record struct TopicCensus(int Affirmations, int Denials, int Figures)
{
    /// <summary>Gets how many statements there are in all.</summary>
    public int Statements => Affirmations + Denials;
}

using ClaimLedger.Internal;
namespace ClaimLedger.Credibility;

/// <summary>
/// An Admiralty (NATO) grade: how reliable the source is (A-F) and how credible the item of information is (1-6),
/// written together as "B2" (a usually reliable source; probably true).
/// </summary>
/// <remarks>
/// The two halves are judged apart on purpose: a reliable source can pass on an improbable item, and an unknown
/// source can report something other sources confirm. Two grades are equal when both halves are equal.
/// </remarks>
/// <example>
/// <code>
/// AdmiraltyGrade grade = AdmiraltyGrade.Parse("B2");
/// // grade.Reliability == ReliabilityGrade.B, grade.Credibility == CredibilityGrade.ProbablyTrue
/// string text = grade.ToString(); // "B2"
/// </code>
/// </example>
public readonly record struct AdmiraltyGrade
{
    /// <summary>Creates a grade from its two halves.</summary>
    /// <param name="reliability">The source's reliability, A-F.</param>
    /// <param name="credibility">The item's credibility, 1-6.</param>
    /// <exception cref="ArgumentOutOfRangeException">A half is not a defined value of its enum.</exception>
    public AdmiraltyGrade(ReliabilityGrade reliability, CredibilityGrade credibility)
    {
        if (!Enum.IsDefined(reliability))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, CredibilityErrors.UndefinedEnum(reliability));
        }

        if (!Enum.IsDefined(credibility))
        {
            throw new ArgumentOutOfRangeException(nameof(credibility), credibility, CredibilityErrors.UndefinedEnum(credibility));
        }

        _reliability = reliability;
        _credibility = credibility;
    }

    // Kept so that default(AdmiraltyGrade) reads as a valid grade (A1) rather than as undefined enum values.
    private readonly ReliabilityGrade _reliability;
    private readonly CredibilityGrade _credibility;

    /// <summary>Gets the source's reliability, A-F. The default grade has A.</summary>
    public ReliabilityGrade Reliability => _reliability == 0 ? ReliabilityGrade.A : _reliability;

    /// <summary>Gets the item's credibility, 1-6. The default grade has 1.</summary>
    public CredibilityGrade Credibility => _credibility == 0 ? CredibilityGrade.Confirmed : _credibility;

    /// <summary>Parses a grade written as a letter A-F and a digit 1-6, such as "B2".</summary>
    /// <param name="text">The text; surrounding white space and a lower-case letter are accepted ("b2").</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a grade; the message names the text and what was wrong.</exception>
    public static AdmiraltyGrade Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out AdmiraltyGrade grade, out string? error) ? grade : throw new FormatException(error);
    }

    /// <summary>Tries to parse a grade written as a letter A-F and a digit 1-6, such as "B2".</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="grade">The grade, when parsing succeeded.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AdmiraltyGrade grade) => TryParse(text, out grade, out _);

    /// <summary>Tries to parse a grade, and says what was wrong when it is not one.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="grade">The grade, when parsing succeeded.</param>
    /// <param name="error">What was wrong, naming the text, when parsing failed.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AdmiraltyGrade grade, [NotNullWhen(false)] out string? error)
    {
        grade = default;
        if (text is null)
        {
            error = CredibilityErrors.NotAGrade("(null)");
            return false;
        }

        string trimmed = text.Trim();
        if (trimmed.Length != 2)
        {
            error = CredibilityErrors.NotAGrade(text);
            return false;
        }

        char letter = char.ToUpperInvariant(trimmed[0]);
        char digit = trimmed[1];
        if (letter is < 'A' or > 'F')
        {
            error = CredibilityErrors.BadReliability(text, trimmed[0]);
            return false;
        }

        if (digit is < '1' or > '6')
        {
            error = CredibilityErrors.BadCredibility(text, digit);
            return false;
        }

        grade = new AdmiraltyGrade((ReliabilityGrade)(letter - 'A' + 1), (CredibilityGrade)(digit - '0'));
        error = null;
        return true;
    }

    /// <summary>Gets the analyst's grade of a claim as its speaker's reliability and the claim's credibility, when both are set.</summary>
    /// <param name="ledger">The ledger that holds the claim's speaker.</param>
    /// <param name="claim">The claim.</param>
    /// <returns>The grade, or null when the speaker or the claim is not graded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AdmiraltyGrade? Of(Ledger ledger, Claim claim)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(claim);
        return ledger.TryGetSource(claim.Speaker, out Source? source) && source.Reliability is { } r && claim.Credibility is { } c
            ? new AdmiraltyGrade(r, c)
            : null;
    }

    /// <inheritdoc />
    public bool Equals(AdmiraltyGrade other) => Reliability == other.Reliability && Credibility == other.Credibility;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reliability, Credibility);

    /// <summary>Returns the grade as a letter and a digit.</summary>
    /// <returns>Text such as "B2", the form <see cref="Parse(string)"/> reads.</returns>
    public override string ToString() => $"{(char)('A' + (int)Reliability - 1)}{(int)Credibility}";
}

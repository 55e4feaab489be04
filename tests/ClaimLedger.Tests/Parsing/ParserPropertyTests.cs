using ClaimLedger.Credibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClaimLedger.Tests.Parsing;

/// <summary>
/// Every parser of the library over hostile strings: a TryParse never throws, a Parse throws only
/// <see cref="FormatException"/>, what parses prints back to an equal value, and every error message is a bounded
/// line without control characters.
/// </summary>
public class ParserPropertyTests
{
    private const int Runs = 3000;

    // The longest an error may be: a few quoted values of at most 200 characters each and the explanation.
    private const int MaxMessageLength = 1500;

    [Property(MaxTest = Runs)]
    public Property FuzzyDateTryParse_AnyString_NeverThrowsAndRoundTrips() =>
        Prop.ForAll(HostileStrings.Any, text =>
        {
            bool withoutYear = FuzzyDate.TryParse(text, null, out FuzzyDate? a, out string? errorA);
            bool withYear = FuzzyDate.TryParse(text, 2022, out FuzzyDate? b, out string? errorB);
            return Consistent(withoutYear, a, errorA) && Consistent(withYear, b, errorB)
                && (a is null || FuzzyDate.Parse(a.ToString()).Equals(a))
                && (b is null || FuzzyDate.Parse(b.ToString()).Equals(b));
        });

    [Property(MaxTest = Runs)]
    public Property FuzzyDateParse_AnyString_ThrowsOnlyFormatException() =>
        Prop.ForAll(HostileStrings.Any, text => ThrowsOnlyFormatException(() => FuzzyDate.Parse(text)));

    [Property(MaxTest = Runs)]
    public Property QuantityTryParse_AnyString_NeverThrowsAndRoundTrips() =>
        Prop.ForAll(HostileStrings.Any, text =>
        {
            bool read = Quantity.TryParse(text, out Quantity? quantity, out string? error);
            return Consistent(read, quantity, error) && (quantity is null || Quantity.Parse(quantity.ToString()).Equals(quantity));
        });

    [Property(MaxTest = Runs)]
    public Property QuantityParse_AnyString_ThrowsOnlyFormatException() =>
        Prop.ForAll(HostileStrings.Any, text => ThrowsOnlyFormatException(() => Quantity.Parse(text)));

    [Property(MaxTest = Runs)]
    public Property TermTryParse_AnyString_NeverThrowsAndRoundTrips() =>
        Prop.ForAll(HostileStrings.Any, text =>
        {
            bool read = Term.TryParse(text, out Term? term, out string? error);
            return Consistent(read, term, error) && (term is null || Term.Parse(term.ToString()).Equals(term));
        });

    [Property(MaxTest = Runs)]
    public Property TermParse_AnyString_ThrowsOnlyFormatException() =>
        Prop.ForAll(HostileStrings.Any, text => ThrowsOnlyFormatException(() => Term.Parse(text)));

    [Property(MaxTest = Runs)]
    public Property AdmiraltyGradeTryParse_AnyString_NeverThrowsAndRoundTrips() =>
        Prop.ForAll(HostileStrings.Any, text =>
        {
            bool read = AdmiraltyGrade.TryParse(text, out AdmiraltyGrade grade, out string? error);
            return Consistent(read, read ? (object)grade : null, error) && (!read || AdmiraltyGrade.Parse(grade.ToString()) == grade);
        });

    [Property(MaxTest = Runs)]
    public Property AdmiraltyGradeParse_AnyString_ThrowsOnlyFormatException() =>
        Prop.ForAll(HostileStrings.Any, text => ThrowsOnlyFormatException(() => AdmiraltyGrade.Parse(text)));

    [Property(MaxTest = Runs)]
    public Property IdentifierIsValid_AnyString_NeverThrowsAndAgreesWithTheConstructor() =>
        Prop.ForAll(HostileStrings.Any, text =>
        {
            bool valid = PartyId.IsValid(text) && SourceId.IsValid(text) && PlaceId.IsValid(text) && IncidentId.IsValid(text)
                && ClaimId.IsValid(text) && PredicateId.IsValid(text);
            try
            {
                _ = new PartyId(text);
                return valid;
            }
            catch (ArgumentException ex)
            {
                return !valid && SafeMessage(ex.Message);
            }
        });

    [Fact]
    public void SafeMessage_RejectsControlCharactersAndUnboundedText()
    {
        SafeMessage("a line").Should().BeTrue();
        SafeMessage("two\nlines").Should().BeFalse();
        SafeMessage(new string('x', MaxMessageLength + 1)).Should().BeFalse();
    }

    private static bool Consistent(bool read, object? value, string? error) =>
        read ? value is not null && error is null : value is null && error is not null && SafeMessage(error);

    private static bool ThrowsOnlyFormatException(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (FormatException ex)
        {
            return SafeMessage(ex.Message);
        }
    }

    /// <summary>Whether a message is one bounded line that cannot reorder or hide text on a terminal.</summary>
    internal static bool SafeMessage(string message) =>
        message.Length <= MaxMessageLength
        && !message.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E' or '\uFEFF')
        && !HasLoneSurrogate(message);

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}

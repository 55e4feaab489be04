namespace ClaimLedger.Internal;

/// <summary>The rules every identifier follows, so that ids survive files, URLs and command lines unchanged.</summary>
internal static class Identifier
{
    /// <summary>The longest identifier accepted.</summary>
    internal const int MaxLength = 200;

    internal static bool IsValid(string? value, out string? error)
    {
        if (string.IsNullOrEmpty(value))
        {
            error = "an identifier must not be empty";
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"an identifier must be at most {MaxLength} characters, but has {value.Length}";
            return false;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                error = $"an identifier may hold only ASCII letters, digits and '-', '_', '.', ':', but has '{UserText.Echo(c)}'";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>Returns <paramref name="value"/> when it can be an identifier; else throws naming the identifier's type.</summary>
    /// <param name="value">The text.</param>
    /// <param name="typeName">The identifier type, such as "PartyId", so that a null that slipped through a conversion says where it went.</param>
    /// <param name="paramName">The parameter that held the text.</param>
    internal static string Check(string? value, string typeName, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, NullMessage(typeName));
        }

        return IsValid(value, out string? error)
            ? value
            : throw new ArgumentException($"'{UserText.Echo(value)}' is not a valid {typeName}: {error}.", paramName);
    }

    /// <summary>The message for a null converted to an identifier type: "a PartyId cannot be null; ...".</summary>
    internal static string NullMessage(string typeName) =>
        $"a {typeName} cannot be null; to leave an optional one unset, assign null to the property instead of converting a null string";
}

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

    internal static string Check(string? value, string paramName)
    {
        string checkedValue = Preconditions.CheckNotNull(value, paramName);
        return IsValid(checkedValue, out string? error)
            ? checkedValue
            : throw new ArgumentException($"'{UserText.Echo(checkedValue)}' is not a valid identifier: {error}.", paramName);
    }
}

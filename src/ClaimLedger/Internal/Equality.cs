namespace ClaimLedger.Internal;

/// <summary>Structural equality for the immutable arrays that domain records hold.</summary>
internal static class Equality
{
    internal static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        ImmutableArray<T> a = Preconditions.OrEmpty(left);
        ImmutableArray<T> b = Preconditions.OrEmpty(right);
        return a.AsSpan().SequenceEqual(b.AsSpan(), EqualityComparer<T>.Default);
    }

    internal static int Hash<T>(ImmutableArray<T> values)
    {
        var hash = new HashCode();
        foreach (T value in Preconditions.OrEmpty(values))
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}

namespace ClaimLedger.Contradictions;

/// <summary>Finds, among statements on two sides, those whose times overlap a statement on the other side, in O(n log n).</summary>
internal static class Overlaps
{
    /// <summary>
    /// Splits the statements into clusters of transitively overlapping times, and returns for each cluster the
    /// statements of each side that overlap at least one statement of the other side, when both are non-empty.
    /// </summary>
    internal static IEnumerable<(List<Statement> Left, List<Statement> Right)> TwoSided(IReadOnlyList<Statement> left, IReadOnlyList<Statement> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            yield break;
        }

        var all = new List<(Statement Statement, Interval Time, bool IsLeft)>(left.Count + right.Count);
        all.AddRange(left.Select(s => (s, Interval.Of(s.Time), true)));
        all.AddRange(right.Select(s => (s, Interval.Of(s.Time), false)));
        all.Sort((a, b) => a.Time.Start != b.Time.Start ? a.Time.Start.CompareTo(b.Time.Start) : a.Statement.Claim.Id.CompareTo(b.Statement.Claim.Id));

        int index = 0;
        while (index < all.Count)
        {
            int start = index;
            long end = all[index].Time.End;
            index++;
            while (index < all.Count && all[index].Time.Start <= end)
            {
                end = Math.Max(end, all[index].Time.End);
                index++;
            }

            var cluster = all.GetRange(start, index - start);
            var lefts = cluster.Where(x => x.IsLeft).ToList();
            var rights = cluster.Where(x => !x.IsLeft).ToList();
            if (lefts.Count == 0 || rights.Count == 0)
            {
                continue;
            }

            var leftHit = lefts.Where(x => OverlapsAny(x.Time, rights)).Select(x => x.Statement).ToList();
            var rightHit = rights.Where(x => OverlapsAny(x.Time, lefts)).Select(x => x.Statement).ToList();
            if (leftHit.Count > 0 && rightHit.Count > 0)
            {
                yield return (leftHit, rightHit);
            }
        }
    }

    /// <summary>Splits statements into clusters of transitively overlapping times.</summary>
    internal static IEnumerable<List<Statement>> Clusters(IEnumerable<Statement> statements)
    {
        var sorted = statements.Select(s => (Statement: s, Time: Interval.Of(s.Time)))
            .OrderBy(x => x.Time.Start).ThenBy(x => x.Statement.Claim.Id).ToList();
        int index = 0;
        while (index < sorted.Count)
        {
            var cluster = new List<Statement> { sorted[index].Statement };
            long end = sorted[index].Time.End;
            index++;
            while (index < sorted.Count && sorted[index].Time.Start <= end)
            {
                end = Math.Max(end, sorted[index].Time.End);
                cluster.Add(sorted[index].Statement);
                index++;
            }

            yield return cluster;
        }
    }

    // The other side is sorted by start: only a prefix can overlap, and the prefix's latest end decides.
    private static bool OverlapsAny(Interval time, List<(Statement Statement, Interval Time, bool IsLeft)> others)
    {
        long latestEnd = long.MinValue;
        foreach (var other in others)
        {
            if (other.Time.Start > time.End)
            {
                break;
            }

            latestEnd = Math.Max(latestEnd, other.Time.End);
            if (latestEnd >= time.Start)
            {
                return true;
            }
        }

        return false;
    }
}

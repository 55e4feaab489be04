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

            var rightEnds = LatestEnds(rights);
            var leftEnds = LatestEnds(lefts);
            var leftHit = lefts.Where(x => OverlapsAny(x.Time, rights, rightEnds)).Select(x => x.Statement).ToList();
            var rightHit = rights.Where(x => OverlapsAny(x.Time, lefts, leftEnds)).Select(x => x.Statement).ToList();
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

    // For items sorted by start, the latest end among the first i + 1 of them.
    private static long[] LatestEnds(List<(Statement Statement, Interval Time, bool IsLeft)> sorted)
    {
        var ends = new long[sorted.Count];
        long latest = long.MinValue;
        for (int i = 0; i < sorted.Count; i++)
        {
            latest = Math.Max(latest, sorted[i].Time.End);
            ends[i] = latest;
        }

        return ends;
    }

    // The other side is sorted by start: only the prefix that starts by this one's end can overlap it, and the
    // prefix's latest end decides. A binary search finds the prefix, so each look costs O(log n).
    private static bool OverlapsAny(Interval time, List<(Statement Statement, Interval Time, bool IsLeft)> others, long[] latestEnds)
    {
        int low = 0, high = others.Count - 1, last = -1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            if (others[mid].Time.Start <= time.End)
            {
                last = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return last >= 0 && latestEnds[last] >= time.Start;
    }
}

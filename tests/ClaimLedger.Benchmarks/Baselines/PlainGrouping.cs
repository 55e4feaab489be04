namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// The floor for detection: grouping the claims by proposition key (predicate, subject, object, place) with a plain
/// dictionary, and nothing else. Any detector must at least look at every claim once like this.
/// </summary>
public static class PlainGrouping
{
    /// <summary>Groups claims by proposition key.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The number of keys shared by two claims or more, so the work cannot be optimised away.</returns>
    public static int GroupByProposition(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = new Dictionary<(string Predicate, TermKind SubjectKind, string Subject, string? Object, string? Place), List<Claim>>();
        foreach (Claim claim in claims)
        {
            Proposition p = claim.Proposition;
            var key = (p.Predicate.Value, p.Subject.Kind, p.Subject.Key, p.Object?.Key, p.Place?.Value);
            if (!groups.TryGetValue(key, out List<Claim>? list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add(claim);
        }

        int shared = 0;
        foreach (List<Claim> list in groups.Values)
        {
            if (list.Count > 1)
            {
                shared++;
            }
        }

        return shared;
    }
}

namespace ClaimLedger.Contradictions;

/// <summary>When statements were said relative to one another: by a chain of "stated after", or by their dates.</summary>
internal static class Chronology
{
    /// <summary>Whether <paramref name="later"/> was said after <paramref name="earlier"/>.</summary>
    internal static bool StatedAfter(Ledger ledger, Claim later, Claim earlier)
    {
        var seen = new HashSet<ClaimId>();
        ClaimId? current = later.Attribution.StatedAfter;
        while (current is { } id && seen.Add(id))
        {
            if (id == earlier.Id)
            {
                return true;
            }

            current = ledger.TryGetClaim(id, out Claim? next) ? next.Attribution.StatedAfter : null;
        }

        return later.Attribution.Stated is { } l && earlier.Attribution.Stated is { } e && l.IsAfter(e);
    }

    /// <summary>Whether both statements have known dates that overlap: said in the same news cycle.</summary>
    internal static bool StatedTogether(Claim a, Claim b) =>
        a.Attribution.Stated is { } x && b.Attribution.Stated is { } y && x.Overlaps(y);
}

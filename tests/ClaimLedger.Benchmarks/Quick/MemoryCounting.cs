namespace ClaimLedger.Benchmarks.Quick;

/// <summary>Counts the bytes of the distinct strings a ledger's claims hold, so memory per claim can leave them out.</summary>
public static class MemoryCounting
{
    /// <summary>Sums the sizes of the distinct string objects the claims refer to (ids, terms, quotes, units, notes).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The bytes, by the 64-bit CLR's layout: 22 bytes plus two per character, rounded up to 8.</returns>
    public static long StringBytes(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return StringBytes(ledger.Claims);
    }

    /// <summary>Sums the sizes of the distinct string objects some claims refer to.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The bytes, by the 64-bit CLR's layout.</returns>
    public static long StringBytes(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        long bytes = 0;
        void Count(string? s)
        {
            if (s is not null && seen.Add(s))
            {
                bytes += (22 + (2L * s.Length) + 7) & ~7L;
            }
        }

        foreach (Claim claim in claims)
        {
            Count(claim.Id.Value);
            Count(claim.Incident.Value);
            Count(claim.Note);
            Count(claim.Attribution.Speaker.Value);
            Count(claim.Attribution.Quote);
            foreach (Citation citation in claim.Attribution.Citations)
            {
                Count(citation.Url);
                Count(citation.Title);
                Count(citation.Publisher);
                Count(citation.ArchiveUrl);
                Count(citation.Section);
            }
            Count(claim.Attribution.StatedAfter?.Value);
            foreach (SourceId relay in claim.Attribution.Relays)
            {
                Count(relay.Value);
            }

            Proposition p = claim.Proposition;
            Count(p.Predicate.Value);
            Count(p.Subject.Value);
            Count(p.Subject.Key);
            Count(p.Object?.Value);
            Count(p.Object?.Key);
            Count(p.Place?.Value);
            Count(claim.Quantity?.Unit);
            Count(claim.Quantity?.Wording);
        }

        return bytes;
    }
}

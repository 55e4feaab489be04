using ClaimLedger.Internal;

namespace ClaimLedger.Validation;

/// <summary>
/// Answers one question fast: would <see cref="ClaimValidator"/> and the batch-wide claim checks of
/// <see cref="BatchValidator"/> find nothing wrong with these claims? It applies the same rules in plain code.
/// </summary>
/// <remarks>
/// Running the FluentValidation rules on a million valid claims took seconds, almost all of it building paths and
/// contexts for problems that were not there. When this check passes, there is nothing to report; when it fails, or
/// meets anything unusual (a null it cannot judge), the full validators run and report every problem as before. So
/// it must never pass a claim the validators would reject; it may fail one they would pass.
/// </remarks>
internal static class ClaimFastCheck
{
    internal static bool AllValid(LedgerState state, ImmutableArray<Claim> claims, ReferenceScope scope)
    {
        // The scope already holds the batch's claim ids as a set: fewer ids than claims means a duplicate.
        if (scope.ClaimCount != claims.Length)
        {
            return false;
        }

        bool anyStatedAfter = false;
        bool ledgerHasClaims = state.Claims.Count > 0;
        foreach (Claim? claim in claims)
        {
            if (claim is null || !IsValid(claim, scope) || (ledgerHasClaims && state.Claims.ContainsKey(claim.Id)))
            {
                return false;
            }

            anyStatedAfter |= claim.Attribution.StatedAfter is not null;
        }

        return !anyStatedAfter || !HasStatedAfterLoop(state, claims);
    }

    private static bool IsValid(Claim claim, ReferenceScope scope)
    {
        if (string.IsNullOrEmpty(claim.Id.Value) || !scope.HasIncident(claim.Incident) || !Enum.IsDefined(claim.Stance)
            || !TextCheck.IsClean(claim.Note) || !TextCheck.IsClean(claim.Quantity))
        {
            return false;
        }

        Attribution? attribution = claim.Attribution;
        Proposition? proposition = claim.Proposition;
        if (attribution is null || proposition is null || !IsValid(attribution, scope) || !IsValid(proposition, scope))
        {
            return false;
        }

        if (attribution.StatedAfter == claim.Id || !Enum.IsDefined(claim.Modality)
            || (claim.PartOf is { } head && (head == claim.Id || !scope.HasClaim(head))))
        {
            return false;
        }

        Predicate? predicate = scope.FindPredicate(proposition.Predicate);
        return predicate is null
            || (claim.Quantity is null ? predicate.Quantity != QuantityUse.Required : predicate.Quantity != QuantityUse.None);
    }

    private static bool IsValid(Attribution attribution, ReferenceScope scope)
    {
        if (!scope.HasSource(attribution.Speaker) || !Enum.IsDefined(attribution.Voice) || attribution.Relays.IsDefault)
        {
            return false;
        }

        ImmutableArray<SourceId> relays = attribution.Relays;
        for (int i = 0; i < relays.Length; i++)
        {
            // A relay must exist, must not be the speaker and must not come twice; chains are a few outlets long.
            if (!scope.HasSource(relays[i]) || relays[i] == attribution.Speaker)
            {
                return false;
            }

            for (int j = 0; j < i; j++)
            {
                if (relays[j] == relays[i])
                {
                    return false;
                }
            }
        }

        return (attribution.StatedAfter is not { } after || scope.HasClaim(after))
            && (attribution.Withdrawn?.By is not { } by || scope.HasSource(by))
            && (attribution.Quote is null || !string.IsNullOrWhiteSpace(attribution.Quote))
            && TextCheck.IsClean(attribution.Quote)
            && attribution.Citations.All(c => CitationCheck.IsValid(c, attribution));
    }

    private static bool IsValid(Proposition proposition, ReferenceScope scope) =>
        proposition.Subject is not null
        && TextCheck.IsClean(proposition.Subject) && TextCheck.IsClean(proposition.Object)
        && scope.Resolves(proposition.Subject)
        && scope.FindPredicate(proposition.Predicate) is not null
        && scope.Resolves(proposition.Object)
        && (proposition.Place is not { } place || scope.HasPlace(place));

    /// <summary>Whether a chain of "stated after" leads from a claim of the batch back to it.</summary>
    private static bool HasStatedAfterLoop(LedgerState state, ImmutableArray<Claim> claims)
    {
        var next = new Dictionary<ClaimId, ClaimId>();
        foreach (Claim claim in claims)
        {
            if (claim.Attribution.StatedAfter is { } after)
            {
                next.TryAdd(claim.Id, after);
            }
        }

        var visited = new HashSet<ClaimId>();
        foreach (Claim claim in claims)
        {
            if (claim.Attribution.StatedAfter is null)
            {
                continue;
            }

            visited.Clear();
            visited.Add(claim.Id);
            ClaimId? current = claim.Attribution.StatedAfter;
            while (current is { } id)
            {
                if (!visited.Add(id))
                {
                    if (id == claim.Id)
                    {
                        return true;
                    }

                    break;
                }

                current = next.TryGetValue(id, out ClaimId after) ? after
                    : state.Claims.TryGetValue(id, out Claim? known) ? known.Attribution.StatedAfter
                    : null;
            }
        }

        return false;
    }
}

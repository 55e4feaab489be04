using System.Text;
using ClaimLedger.Internal;
using FluentValidation;
using FluentValidation.Results;

namespace ClaimLedger.Validation;

/// <summary>
/// Validates a whole batch against the ledger it is added to: each item through its validator, then what only the
/// batch as a whole can show (duplicate identifiers, statements said to follow each other in a loop, a place that is
/// its own ancestor). Reports every problem, in the order of the data.
/// </summary>
internal sealed class BatchValidator : AbstractValidator<LedgerBatch>
{
    private readonly LedgerState _state;

    private BatchValidator(LedgerState state, ReferenceScope scope)
    {
        _state = state;
        RuleForEach(b => b.Parties).SetValidator(new PartyValidator(scope));
        RuleForEach(b => b.Sources).SetValidator(new SourceValidator(scope));
        RuleForEach(b => b.Places).SetValidator(new PlaceValidator(scope));
        RuleForEach(b => b.Predicates).SetValidator(new PredicateValidator(scope));
        RuleForEach(b => b.Incidents).SetValidator(new IncidentValidator(scope));
        RuleForEach(b => b.Claims).SetValidator(new ClaimValidator(scope));
        RuleFor(b => b).Custom((batch, context) =>
        {
            Unique(context, batch.Parties, p => p.Id, "parties", "party", state.Parties.ContainsKey);
            Unique(context, batch.Sources, s => s.Id, "sources", "source", state.Sources.ContainsKey);
            Unique(context, batch.Places, p => p.Id, "places", "place", state.Places.ContainsKey);
            Unique(context, batch.Predicates, p => p.Id, "predicates", "predicate", state.Predicates.ContainsKey);
            Unique(context, batch.Incidents, i => i.Id, "incidents", "incident", state.Incidents.ContainsKey);
            Unique(context, batch.Claims, c => c.Id, "claims", "claim", state.Claims.ContainsKey);
            StatedAfterLoops(context, batch);
            ParentLoops(context, batch);
        });
    }

    /// <summary>Validates a batch; an empty result means it may be applied.</summary>
    internal static ImmutableArray<ValidationProblem> Check(LedgerState state, LedgerBatch batch)
    {
        LedgerBatch normalised = Normalise(batch);
        var scope = new ReferenceScope(state, normalised);
        if (ClaimFastCheck.AllValid(state, normalised.Claims, scope) && EntityFastCheck.AllValid(state, normalised.Places, normalised.Incidents, scope))
        {
            // Claims, places and incidents are fine; the rest (usually nothing, or a few hundred parties, sources and
            // predicates) goes through the validators.
            LedgerBatch rest = normalised with { Claims = [], Places = [], Incidents = [] };
            if (rest.Count == 0 || new BatchValidator(state, scope).Validate(rest).IsValid)
            {
                return ImmutableArray<ValidationProblem>.Empty;
            }
        }

        var validator = new BatchValidator(state, scope);
        ValidationResult result = validator.Validate(normalised);
        return [.. result.Errors.Select(ToProblem)];
    }

    /// <summary>Turns <c>Claims[3].Attribution.Speaker</c> into <c>claims[3].attribution.speaker</c>, the form files use.</summary>
    internal static string CamelPath(string path)
    {
        var builder = new StringBuilder(path.Length);
        bool start = true;
        foreach (char c in path)
        {
            builder.Append(start ? char.ToLowerInvariant(c) : c);
            start = c == '.';
        }

        return builder.ToString();
    }

    private static LedgerBatch Normalise(LedgerBatch batch) => batch with
    {
        Parties = Preconditions.OrEmpty(batch.Parties),
        Sources = Preconditions.OrEmpty(batch.Sources),
        Places = Preconditions.OrEmpty(batch.Places),
        Predicates = Preconditions.OrEmpty(batch.Predicates),
        Incidents = Preconditions.OrEmpty(batch.Incidents),
        Claims = Preconditions.OrEmpty(batch.Claims),
    };

    private static ValidationProblem ToProblem(ValidationFailure failure) =>
        new(CamelPath(failure.PropertyName), failure.ErrorCode ?? ErrorCodes.InvalidValue, failure.ErrorMessage, failure.AttemptedValue?.ToString());

    private static void Unique<T, TId>(ValidationContext<LedgerBatch> context, ImmutableArray<T> items, Func<T, TId> id, string list, string kind, Func<TId, bool> existing)
        where TId : notnull
    {
        var seen = new Dictionary<TId, int>();
        for (int i = 0; i < items.Length; i++)
        {
            TId key = id(items[i]);
            if (key.ToString() is null or "")
            {
                continue;
            }

            if (seen.TryGetValue(key, out int first))
            {
                context.AddFailure(Failure($"{list}[{i}].id", ErrorCodes.DuplicateId, $"the {kind} id '{key}' is already used by {list}[{first}]", key));
            }
            else if (existing(key))
            {
                context.AddFailure(Failure($"{list}[{i}].id", ErrorCodes.DuplicateId, $"the ledger already has a {kind} '{key}'", key));
                seen[key] = i;
            }
            else
            {
                seen[key] = i;
            }
        }
    }

    private void StatedAfterLoops(ValidationContext<LedgerBatch> context, LedgerBatch batch)
    {
        var next = new Dictionary<ClaimId, ClaimId>();
        foreach (Claim claim in batch.Claims)
        {
            if (claim.Attribution?.StatedAfter is { } after && claim.Id.Value is not null)
            {
                next.TryAdd(claim.Id, after);
            }
        }

        for (int i = 0; i < batch.Claims.Length; i++)
        {
            Claim claim = batch.Claims[i];
            if (claim.Attribution?.StatedAfter is null || claim.Attribution.StatedAfter == claim.Id)
            {
                continue;
            }

            // Follow the chain; a batch is finite, so a chain longer than all claims must loop.
            var visited = new HashSet<ClaimId> { claim.Id };
            ClaimId? current = claim.Attribution.StatedAfter;
            while (current is { } id)
            {
                if (!visited.Add(id))
                {
                    if (id == claim.Id)
                    {
                        context.AddFailure(Failure($"claims[{i}].attribution.statedAfter", ErrorCodes.RelayLoop,
                            $"statements are each said to come after the other: the chain from '{claim.Id}' returns to it", claim.Attribution.StatedAfter));
                    }

                    break;
                }

                current = next.TryGetValue(id, out ClaimId after) ? after
                    : _state.Claims.TryGetValue(id, out Claim? known) ? known.Attribution.StatedAfter
                    : null;
            }
        }
    }

    private void ParentLoops(ValidationContext<LedgerBatch> context, LedgerBatch batch)
    {
        var parents = new Dictionary<PlaceId, PlaceId>();
        foreach (Place place in batch.Places)
        {
            if (place.Parent is { } parent && place.Id.Value is not null)
            {
                parents.TryAdd(place.Id, parent);
            }
        }

        for (int i = 0; i < batch.Places.Length; i++)
        {
            Place place = batch.Places[i];
            var visited = new HashSet<PlaceId>();
            PlaceId? current = place.Id;
            while (current is { } id && id.Value is not null && visited.Add(id))
            {
                current = parents.TryGetValue(id, out PlaceId parent) ? parent : _state.Places.GetValueOrDefault(id)?.Parent;
            }

            if (current is { } loop && loop == place.Id)
            {
                context.AddFailure(Failure($"places[{i}].parent", ErrorCodes.ParentLoop, $"the place '{place.Id}' is its own ancestor", place.Parent));
            }
        }
    }

    private static ValidationFailure Failure(string path, string code, string message, object? value) =>
        new(path, message, value) { ErrorCode = code };
}

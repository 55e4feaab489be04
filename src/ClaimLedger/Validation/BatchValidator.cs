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
/// <remarks>
/// Each item is validated on its own and each problem built once, from the item's <see cref="ItemOrigin"/>: the path
/// names the index the user gave the item, and a file's line and position come with it. Nothing is mapped back
/// afterwards.
/// </remarks>
internal sealed class BatchValidator
{
    private readonly LedgerState _state;
    private readonly BatchOrigins _origins;
    private readonly PartyValidator _parties;
    private readonly SourceValidator _sources;
    private readonly PlaceValidator _places;
    private readonly PredicateValidator _predicates;
    private readonly IncidentValidator _incidents;
    private readonly ClaimValidator _claims;
    private readonly List<ValidationProblem> _problems = [];

    private BatchValidator(LedgerState state, ReferenceScope scope, BatchOrigins origins)
    {
        _state = state;
        _origins = origins;
        _parties = new PartyValidator(scope);
        _sources = new SourceValidator(scope);
        _places = new PlaceValidator(scope);
        _predicates = new PredicateValidator(scope);
        _incidents = new IncidentValidator(scope);
        _claims = new ClaimValidator(scope);
    }

    /// <summary>Validates a batch; an empty result means it may be applied.</summary>
    /// <param name="state">The ledger the batch is added to.</param>
    /// <param name="batch">The items to add.</param>
    /// <param name="origins">Where the items came from; <see cref="BatchOrigins.None"/> when omitted.</param>
    internal static ImmutableArray<ValidationProblem> Check(LedgerState state, LedgerBatch batch, BatchOrigins? origins = null)
    {
        origins ??= BatchOrigins.None;
        LedgerBatch normalised = Normalise(batch);
        var scope = new ReferenceScope(state, normalised);
        if (ClaimFastCheck.AllValid(state, normalised.Claims, scope) && EntityFastCheck.AllValid(state, normalised.Places, normalised.Incidents, scope))
        {
            // Claims, places and incidents are fine; the rest (usually nothing, or a few hundred parties, sources and
            // predicates) goes through the validators.
            LedgerBatch rest = normalised with { Claims = [], Places = [], Incidents = [] };
            if (rest.Count == 0 || new BatchValidator(state, scope, origins).Validate(rest).Length == 0)
            {
                return ImmutableArray<ValidationProblem>.Empty;
            }
        }

        return new BatchValidator(state, scope, origins).Validate(normalised);
    }

    private ImmutableArray<ValidationProblem> Validate(LedgerBatch batch)
    {
        Each("parties", batch.Parties, _parties);
        Each("sources", batch.Sources, _sources);
        Each("places", batch.Places, _places);
        Each("predicates", batch.Predicates, _predicates);
        Each("incidents", batch.Incidents, _incidents);
        Each("claims", batch.Claims, _claims);
        Unique(batch.Parties, p => p.Id, "parties", "party", _state.Parties.ContainsKey);
        Unique(batch.Sources, s => s.Id, "sources", "source", _state.Sources.ContainsKey);
        Unique(batch.Places, p => p.Id, "places", "place", _state.Places.ContainsKey);
        Unique(batch.Predicates, p => p.Id, "predicates", "predicate", HeldOrFixed);
        Unique(batch.Incidents, i => i.Id, "incidents", "incident", _state.Incidents.ContainsKey);
        Unique(batch.Claims, c => c.Id, "claims", "claim", _state.Claims.ContainsKey);
        StatedAfterLoops(batch);
        ParentLoops(batch);
        return [.. _problems];
    }

    private void Each<T>(string list, ImmutableArray<T> items, AbstractValidator<T> validator)
    {
        for (int i = 0; i < items.Length; i++)
        {
            // A null item has nothing to validate, as with FluentValidation's own collection rules.
            if (items[i] is not { } item)
            {
                continue;
            }

            foreach (ValidationFailure failure in validator.Validate(item).Errors)
            {
                Add(list, i, CamelPath(failure.PropertyName), failure.ErrorCode ?? ErrorCodes.InvalidValue, failure.ErrorMessage, failure.AttemptedValue?.ToString());
            }
        }
    }

    /// <summary>Builds a problem with the item at <paramref name="index"/> of <paramref name="list"/>, where the item came from.</summary>
    private void Add(string list, int index, string inItem, string code, string message, string? value)
    {
        ItemOrigin origin = _origins.Of(list, index);
        string path = inItem.Length == 0 ? Item(list, index) : $"{Item(list, index)}.{inItem}";
        _problems.Add(new ValidationProblem(path, code, message, value) { Line = origin.Line, Position = origin.Position });
    }

    /// <summary>The path of an item, with the index its user gave it: <c>claims[4]</c>.</summary>
    private string Item(string list, int index) => $"{list}[{_origins.Of(list, index).Index}]";

    /// <summary>
    /// Turns <c>Claims[3].Attribution.Speaker</c> into <c>claims[3].attribution.speaker</c>, the form files use, with
    /// the file's name where it differs from the property's (<c>AlignedWith</c> is <c>aligned</c>).
    /// </summary>
    internal static string CamelPath(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (string segment in path.Split('.'))
        {
            string name = segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
            int index = name.IndexOf('[', StringComparison.Ordinal);
            string bare = index < 0 ? name : name[..index];
            builder.Append(builder.Length == 0 ? string.Empty : ".")
                .Append(FileNames.TryGetValue(bare, out string? inFile) ? inFile + name[bare.Length..] : name);
        }

        return builder.ToString();
    }

    // Properties a ledger file names otherwise.
    private static readonly Dictionary<string, string> FileNames = new(StringComparer.Ordinal) { ["alignedWith"] = "aligned" };

    private static LedgerBatch Normalise(LedgerBatch batch) => batch with
    {
        Parties = Preconditions.OrEmpty(batch.Parties),
        Sources = Preconditions.OrEmpty(batch.Sources),
        Places = Preconditions.OrEmpty(batch.Places),
        Predicates = Preconditions.OrEmpty(batch.Predicates),
        Incidents = Preconditions.OrEmpty(batch.Incidents),
        Claims = Preconditions.OrEmpty(batch.Claims),
    };

    private void Unique<T, TId>(ImmutableArray<T> items, Func<T, TId> id, string list, string kind, Func<TId, bool> existing)
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
                Add(list, i, "id", ErrorCodes.DuplicateId, $"the {kind} id '{key}' is already used by {Item(list, first)}", key.ToString());
            }
            else if (existing(key))
            {
                Add(list, i, "id", ErrorCodes.DuplicateId, AlreadyHas(kind, key), key.ToString());
                seen[key] = i;
            }
            else
            {
                seen[key] = i;
            }
        }
    }

    // A ledger may declare its own predicate under a built-in's id, and its declaration replaces the built-in, so a
    // file written before the vocabulary grew that id still loads. It must come before the ledger's first claim:
    // claims already held were checked and indexed against the built-in.
    private bool HeldOrFixed(PredicateId id) =>
        _state.Predicates.TryGetValue(id, out Predicate? held) && !(BuiltInPredicates.IsBuiltIn(held) && _state.ClaimOrder.IsEmpty);

    private string AlreadyHas<TId>(string kind, TId key)
        where TId : notnull =>
        key is PredicateId id && _state.Predicates.TryGetValue(id, out Predicate? held) && BuiltInPredicates.IsBuiltIn(held)
            ? $"the ledger already has a {kind} '{key}' (built in) and holds claims; a ledger's own '{key}' replaces the built-in only when declared before its first claim"
            : $"the ledger already has a {kind} '{key}'";

    private void StatedAfterLoops(LedgerBatch batch)
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
                        Add("claims", i, "attribution.statedAfter", ErrorCodes.RelayLoop,
                            $"statements are each said to come after the other: the chain from '{claim.Id}' returns to it", claim.Attribution.StatedAfter.ToString());
                    }

                    break;
                }

                current = next.TryGetValue(id, out ClaimId after) ? after
                    : _state.Claims.TryGetValue(id, out Claim? known) ? known.Attribution.StatedAfter
                    : null;
            }
        }
    }

    private void ParentLoops(LedgerBatch batch)
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
                Add("places", i, "parent", ErrorCodes.ParentLoop, $"the place '{place.Id}' is its own ancestor", place.Parent.ToString());
            }
        }
    }
}

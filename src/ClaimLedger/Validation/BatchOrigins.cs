namespace ClaimLedger.Validation;

/// <summary>
/// The origins of a batch's items, list by list (<c>claims</c>, <c>places</c>...). A batch built in code has
/// <see cref="None"/>: each item's origin is its own index. A file's batch holds fewer items than the file when some
/// could not be read, so there the origin keeps the index the file gave the item.
/// </summary>
internal sealed class BatchOrigins
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ItemOrigin>> _lists;

    internal BatchOrigins(IReadOnlyDictionary<string, IReadOnlyList<ItemOrigin>> lists) => _lists = lists;

    /// <summary>Gets the origins of a batch built in code: each item is where it stands.</summary>
    internal static BatchOrigins None { get; } = new(new Dictionary<string, IReadOnlyList<ItemOrigin>>());

    /// <summary>Where the item at <paramref name="index"/> of <paramref name="list"/> came from.</summary>
    internal ItemOrigin Of(string list, int index) =>
        _lists.TryGetValue(list, out IReadOnlyList<ItemOrigin>? origins) && index < origins.Count ? origins[index] : new ItemOrigin(index, null, null);
}

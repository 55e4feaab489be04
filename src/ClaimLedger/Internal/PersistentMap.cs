using System.Collections;

namespace ClaimLedger.Internal;

/// <summary>
/// An immutable map made of a frozen base (a plain <see cref="Dictionary{TKey, TValue}"/> filled once and never
/// changed afterwards) and a persistent overlay for what was added since. A large batch is bulk-loaded into a new
/// base, at the cost of plain dictionary inserts; a small one goes into the overlay, sharing the base, so adding one
/// item to a map of a million costs a look-up in the overlay's tree, not a copy. When the overlay grows past an
/// eighth of the base, the next change folds both into a new base, so the overlay stays small and reads stay fast.
/// </summary>
/// <remarks>The base is never written after the map is made, so any number of threads may read a map at once.</remarks>
internal sealed class PersistentMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    // Below this many items in all, every change is folded into a new base: a copy that small costs less than a tree.
    private const int SmallMap = 64;

    private static readonly Dictionary<TKey, TValue> EmptyBase = [];

    private readonly Dictionary<TKey, TValue> _base;
    private readonly ImmutableDictionary<TKey, TValue> _overlay;

    private PersistentMap(Dictionary<TKey, TValue> @base, ImmutableDictionary<TKey, TValue> overlay, int count)
    {
        _base = @base;
        _overlay = overlay;
        Count = count;
    }

    /// <summary>Gets the empty map.</summary>
    internal static PersistentMap<TKey, TValue> Empty { get; } = new(EmptyBase, ImmutableDictionary<TKey, TValue>.Empty, 0);

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public IEnumerable<TKey> Keys => this.Select(e => e.Key);

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => this.Select(e => e.Value);

    /// <inheritdoc/>
    public TValue this[TKey key] => TryGetValue(key, out TValue? value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");

    /// <inheritdoc/>
    public bool ContainsKey(TKey key) => (!_overlay.IsEmpty && _overlay.ContainsKey(key)) || _base.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
        (!_overlay.IsEmpty && _overlay.TryGetValue(key, out value)) || _base.TryGetValue(key, out value);

    /// <summary>Returns a builder that starts from this map.</summary>
    /// <param name="expected">About how many keys will be set: from an eighth of the map on, the builder writes a new base at once.</param>
    /// <returns>The builder.</returns>
    internal Builder ToBuilder(int expected) => new(this, expected);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        if (_overlay.IsEmpty)
        {
            foreach (KeyValuePair<TKey, TValue> entry in _base)
            {
                yield return entry;
            }

            yield break;
        }

        // The base's entries that the overlay does not replace, in the base's order, then the overlay's.
        foreach (KeyValuePair<TKey, TValue> entry in _base)
        {
            if (!_overlay.ContainsKey(entry.Key))
            {
                yield return entry;
            }
        }

        foreach (KeyValuePair<TKey, TValue> entry in _overlay)
        {
            yield return entry;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool Folds(int baseCount, int overlayCount, int added) =>
        baseCount + overlayCount + added <= SmallMap || overlayCount + added > baseCount / 8;

    /// <summary>Changes to a map, made into a new map by <see cref="ToImmutable"/>; the map it started from is unchanged.</summary>
    internal sealed class Builder
    {
        private readonly PersistentMap<TKey, TValue> _from;
        private readonly Dictionary<TKey, TValue>? _flat;
        private readonly ImmutableDictionary<TKey, TValue>.Builder? _overlay;
        private int _count;

        internal Builder(PersistentMap<TKey, TValue> from, int expected)
        {
            _from = from;
            _count = from.Count;
            if (Folds(from._base.Count, from._overlay.Count, expected))
            {
                _flat = new Dictionary<TKey, TValue>(from.Count + expected);
                foreach (KeyValuePair<TKey, TValue> entry in from._base)
                {
                    _flat.Add(entry.Key, entry.Value);
                }

                foreach (KeyValuePair<TKey, TValue> entry in from._overlay)
                {
                    _flat[entry.Key] = entry.Value;
                }
            }
            else
            {
                _overlay = from._overlay.ToBuilder();
            }
        }

        /// <summary>Gets or sets the value of a key.</summary>
        /// <param name="key">The key.</param>
        internal TValue this[TKey key]
        {
            get => TryGetValue(key, out TValue? value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");
            set
            {
                if (_flat is not null)
                {
                    _flat[key] = value;
                    return;
                }

                if (!_overlay!.ContainsKey(key) && !_from._base.ContainsKey(key))
                {
                    _count++;
                }

                _overlay[key] = value;
            }
        }

        /// <summary>Gets the value of a key, if it has one.</summary>
        internal bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
            _flat is not null ? _flat.TryGetValue(key, out value) : _overlay!.TryGetValue(key, out value) || _from._base.TryGetValue(key, out value);

        /// <summary>Makes the new map. Called once: a new base is handed over, not copied, so the builder is done with.</summary>
        internal PersistentMap<TKey, TValue> ToImmutable() =>
            _flat is not null
                ? new PersistentMap<TKey, TValue>(_flat, ImmutableDictionary<TKey, TValue>.Empty, _flat.Count)
                : new PersistentMap<TKey, TValue>(_from._base, _overlay!.ToImmutable(), _count);
    }
}

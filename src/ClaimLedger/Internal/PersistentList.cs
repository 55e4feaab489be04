using System.Collections;

namespace ClaimLedger.Internal;

/// <summary>
/// An immutable list made of a frozen array and a persistent tail for what was appended since: a large batch is
/// copied into a new array once, a small one appended to the tail, sharing the array. When the tail grows past an
/// eighth of the array, the next append folds both into a new array.
/// </summary>
/// <remarks>The array is never written after the list is made, so any number of threads may read a list at once.</remarks>
internal sealed class PersistentList<T> : IReadOnlyList<T>
{
    private const int SmallList = 64;

    private readonly T[] _base;
    private readonly ImmutableList<T> _tail;

    private PersistentList(T[] @base, ImmutableList<T> tail)
    {
        _base = @base;
        _tail = tail;
    }

    /// <summary>Gets the empty list.</summary>
    internal static PersistentList<T> Empty { get; } = new([], ImmutableList<T>.Empty);

    /// <inheritdoc/>
    public int Count => _base.Length + _tail.Count;

    /// <summary>Gets whether the list is empty.</summary>
    internal bool IsEmpty => Count == 0;

    /// <inheritdoc/>
    public T this[int index] => index < _base.Length ? _base[index] : _tail[index - _base.Length];

    /// <summary>Returns a list with items appended; this one is unchanged.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The new list.</returns>
    internal PersistentList<T> AddRange(IReadOnlyCollection<T> items)
    {
        if (items.Count == 0)
        {
            return this;
        }

        int tail = _tail.Count + items.Count;
        if (_base.Length + tail > SmallList && tail <= _base.Length / 8)
        {
            return new PersistentList<T>(_base, _tail.AddRange(items));
        }

        var all = new T[_base.Length + tail];
        _base.CopyTo(all, 0);
        _tail.CopyTo(all, _base.Length);
        int i = _base.Length + _tail.Count;
        foreach (T item in items)
        {
            all[i++] = item;
        }

        return new PersistentList<T>(all, ImmutableList<T>.Empty);
    }

    /// <summary>Returns an enumerator that reads the array without a copy.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _tail.IsEmpty ? ((IEnumerable<T>)_base).GetEnumerator() : Concat().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    private IEnumerable<T> Concat() => _base.Concat(_tail);

    /// <summary>Enumerates the array, then the tail.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly PersistentList<T> _list;
        private int _index;

        internal Enumerator(PersistentList<T> list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly T Current => _list[_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}

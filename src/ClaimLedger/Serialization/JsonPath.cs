namespace ClaimLedger.Serialization;

/// <summary>
/// A JSON path as the reader walks the file, such as <c>claims[3].attribution.speaker</c>. Its text is made only when a
/// problem needs it, since almost every property of a valid file is read without one: the path keeps the text of an
/// outer part, then an array index and up to two property names as they are, so an item of a list and the properties
/// of its objects cost no string until one is asked for.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string _parent;
    private readonly int _index;
    private readonly string? _first;
    private readonly string? _second;

    private JsonPath(string parent, int index, string? first, string? second)
    {
        _parent = parent;
        _index = index;
        _first = first;
        _second = second;
    }

    /// <summary>Gets the last property name, or null for an array item or the root.</summary>
    internal string? Name => _second ?? _first;

    public static implicit operator JsonPath(string path) => new(path, -1, null, null);

    internal JsonPath Child(string name) =>
        _second is not null ? new(ToString(), -1, name, null)
        : _first is not null ? new(_parent, _index, _first, name)
        : new(_parent, _index, name, null);

    internal JsonPath At(int index) =>
        _first is null && _index < 0 ? new(_parent, index, null, null) : new(ToString(), index, null, null);

    public override string ToString()
    {
        if (_first is null && _index < 0)
        {
            return _parent;
        }

        string text = _index < 0 ? _parent : $"{_parent}[{_index}]";
        if (_first is not null)
        {
            text = text.Length == 0 ? _first : $"{text}.{_first}";
        }

        return _second is null ? text : $"{text}.{_second}";
    }
}

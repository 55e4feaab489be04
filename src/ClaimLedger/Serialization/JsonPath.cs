namespace ClaimLedger.Serialization;

/// <summary>
/// A JSON path as the reader walks the file, such as <c>claims[3].attribution.speaker</c>. Its text is made only when a
/// problem needs it, since almost every property of a valid file is read without one.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string _parent;
    private readonly string? _name;

    private JsonPath(string parent, string? name)
    {
        _parent = parent;
        _name = name;
    }

    /// <summary>Gets the last property name, or null for an array item or the root.</summary>
    internal string? Name => _name;

    public static implicit operator JsonPath(string path) => new(path, null);

    internal JsonPath Child(string name) => new(_name is null ? _parent : ToString(), name);

    internal JsonPath At(int index) => new($"{this}[{index}]", null);

    public override string ToString() => _name is null ? _parent : _parent.Length == 0 ? _name : $"{_parent}.{_name}";
}

using System.Globalization;
using System.Text;
using ClaimLedger.Validation;

namespace ClaimLedger.Serialization;

/// <summary>
/// A forward-only reader of strict JSON (RFC 8259) and nothing else: no comments, trailing commas, single quotes,
/// unquoted names, NaN, leading zeros or characters other than JSON white space between tokens, and no name twice
/// in one object. Every limit is applied while reading: a string longer than the limit is counted, never built, and
/// nesting deeper than the limit stops the reading at the bracket that crosses it.
/// </summary>
/// <remarks>
/// <para>
/// A general reader (Newtonsoft's) accepts JavaScript's leniencies and reads comments as tokens, which is how a
/// comment came to be taken for a property name, and a name given twice for two halves of one array. A ledger file
/// is data from other hands, so anything that is not strict JSON is refused where it is, with its path, line and
/// position, instead of being read one of several ways.
/// </para>
/// <para>
/// Positions are 1-based and point at the first character of the token (or of the offending character). Escaped
/// lone surrogates (<c>\ud800</c>) are kept as they are: the text is not well-formed, and validation refuses it with
/// its path, rather than the reader replacing it and the ledger holding something the file did not say.
/// </para>
/// </remarks>
internal sealed class StrictJsonReader
{
    private const int BufferSize = 1 << 14;

    // Objects with more names than this are checked for duplicates with a hash set instead of a scan.
    private const int LinearNameLimit = 12;

    private readonly TextReader _text;
    private readonly int _maxDepth;
    private readonly int _maxStringLength;
    // Strings longer than this are prose (long quotes, notes), rarely repeated: not worth a look-up. Short quotes are
    // shared: the claims drawn from one statement repeat its quote.
    private const int MaxSharedLength = 128;

    // A bound on the shared strings, so that a file of nothing but distinct values cannot grow the table without end.
    private const int MaxShared = 1 << 20;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownNames;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private bool _share;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly List<Frame> _stack = [];
    private readonly List<Frame> _frames = [];
    private readonly StringBuilder _scratch = new();
    private int _length;
    private int _pos;
    private long _bufferStart;
    private long _lineStart;
    private int _line = 1;
    private bool _eof;
    private State _state = State.Start;

    internal StrictJsonReader(TextReader text, int maxDepth, int maxStringLength, HashSet<string> knownNames)
    {
        _text = text;
        _maxDepth = maxDepth;
        _maxStringLength = maxStringLength;
        _knownNames = knownNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _sharedLookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private enum State
    {
        Start,
        Value,
        FirstValueOrEnd,
        FirstNameOrEnd,
        Name,
        CommaOrEnd,
        Done,
    }

    /// <summary>Gets the kind of the token just read.</summary>
    internal JsonTokenKind TokenType { get; private set; }

    /// <summary>Gets the text of a string or property name, or null when it was longer than the limit.</summary>
    internal string? StringValue { get; private set; }

    /// <summary>
    /// Gets or sets whether the next string value read is to be the same object as an equal one read before: ids,
    /// units, dates and terms repeat thousands of times in a file, and are then read without a copy each. Every read
    /// resets it.
    /// </summary>
    internal bool ShareNext { get; set; }

    /// <summary>Gets the length of the string just read, also when it was too long to keep.</summary>
    internal long StringLength { get; private set; }

    /// <summary>Gets the text of the number just read, as written.</summary>
    internal string NumberText { get; private set; } = string.Empty;

    /// <summary>Gets whether the number just read has no fraction and no exponent.</summary>
    internal bool IsInteger { get; private set; }

    /// <summary>Gets the value of a boolean token.</summary>
    internal bool BooleanValue => TokenType == JsonTokenKind.True;

    /// <summary>Gets the 1-based line of the token just read, or 0 before the first token.</summary>
    internal int Line { get; private set; }

    /// <summary>Gets the 1-based position in its line of the token just read, or 0 before the first token.</summary>
    internal int Position { get; private set; }

    /// <summary>Gets the JSON path of the token just read, such as <c>claims[3].attribution</c>; "$" at the top.</summary>
    internal string Path
    {
        get
        {
            var path = new StringBuilder();
            foreach (Frame frame in _stack)
            {
                if (frame.IsArray)
                {
                    path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (frame.Name is { } name)
                {
                    if (path.Length > 0)
                    {
                        path.Append('.');
                    }

                    path.Append(LedgerFileErrors.PathName(name));
                }
            }

            return path.Length == 0 ? "$" : path.ToString();
        }
    }

    /// <summary>Reads the next token.</summary>
    /// <returns>False at the end of the text: after the top value, or where the document is cut short.</returns>
    /// <exception cref="JsonSyntaxException">The text is not strict JSON here, or crosses a limit.</exception>
    internal bool Read()
    {
        StringValue = null;
        _share = ShareNext;
        ShareNext = false;
        if (!SkipWhiteSpace())
        {
            TokenType = JsonTokenKind.None;
            return false;
        }

        char c = _buffer[_pos];
        switch (_state)
        {
            case State.Done:
                throw Error(LedgerFileErrors.AfterTheEnd(c));
            case State.FirstNameOrEnd when c == '}':
            case State.CommaOrEnd when c == '}' && !Top!.IsArray:
                return End(JsonTokenKind.EndObject);
            case State.FirstValueOrEnd when c == ']':
            case State.CommaOrEnd when c == ']' && Top!.IsArray:
                return End(JsonTokenKind.EndArray);
            case State.CommaOrEnd when c == ',':
                Advance();
                if (!SkipWhiteSpace())
                {
                    TokenType = JsonTokenKind.None;
                    return false;
                }

                char after = _buffer[_pos];
                if (after is '}' or ']')
                {
                    throw Error(LedgerFileErrors.TrailingComma(after));
                }

                Frame top = Top!;
                if (top.IsArray)
                {
                    top.Index++;
                    return ReadValue();
                }

                return ReadName();
            case State.CommaOrEnd:
                throw Error(Top!.IsArray ? LedgerFileErrors.ExpectedCommaOrEnd(c, ']') : LedgerFileErrors.ExpectedCommaOrEnd(c, '}'));
            case State.FirstNameOrEnd:
            case State.Name:
                return ReadName();
            default:
                return ReadValue();
        }
    }

    /// <summary>Skips the value whose first token was just read: an object or array to its end, anything else at once.</summary>
    /// <exception cref="JsonSyntaxException">The skipped value is not strict JSON, or the document ends inside it.</exception>
    internal void Skip()
    {
        if (TokenType == JsonTokenKind.PropertyName)
        {
            if (!Read())
            {
                throw Error(LedgerFileErrors.EndsEarly);
            }
        }

        if (TokenType is not (JsonTokenKind.StartObject or JsonTokenKind.StartArray))
        {
            return;
        }

        int depth = _stack.Count - 1;
        while (_stack.Count > depth)
        {
            if (!Read())
            {
                throw Error(LedgerFileErrors.EndsEarly);
            }
        }
    }

    private Frame? Top => _stack.Count == 0 ? null : _stack[^1];

    private bool ReadName()
    {
        char c = _buffer[_pos];
        if (c != '"')
        {
            throw Error(c == '\'' ? LedgerFileErrors.SingleQuotes : c == '/' ? LedgerFileErrors.Comment : LedgerFileErrors.UnquotedName(c));
        }

        MarkToken();
        string name = ReadString(isName: true) ?? throw Error(LedgerFileErrors.NameTooLong(_maxStringLength));
        SkipWhiteSpace();
        if (_pos >= _length || _buffer[_pos] != ':')
        {
            throw _pos >= _length ? Error(LedgerFileErrors.EndsEarly) : Error(LedgerFileErrors.ExpectedColon(_buffer[_pos]));
        }

        Advance();
        Frame top = Top!;
        top.Name = name;
        if (!top.AddName(name))
        {
            // Two values for one name would be read as one or the other, or (for arrays) merged: refuse at the second.
            throw new JsonSyntaxException(Path, ErrorCodes.Syntax, LedgerFileErrors.InvalidJson(LedgerFileErrors.DuplicateName(name)), Line, Position);
        }

        StringValue = name;
        TokenType = JsonTokenKind.PropertyName;
        _state = State.Value;
        return true;
    }

    private bool ReadValue()
    {
        char c = _buffer[_pos];
        MarkToken();
        switch (c)
        {
            case '{':
                Push(isArray: false);
                TokenType = JsonTokenKind.StartObject;
                _state = State.FirstNameOrEnd;
                return true;
            case '[':
                Push(isArray: true);
                TokenType = JsonTokenKind.StartArray;
                _state = State.FirstValueOrEnd;
                return true;
            case '"':
                StringValue = ReadString(isName: false);
                TokenType = JsonTokenKind.String;
                break;
            case '-' or (>= '0' and <= '9'):
                ReadNumber();
                TokenType = JsonTokenKind.Number;
                break;
            case 't':
                ReadLiteral("true");
                TokenType = JsonTokenKind.True;
                break;
            case 'f':
                ReadLiteral("false");
                TokenType = JsonTokenKind.False;
                break;
            case 'n':
                ReadLiteral("null");
                TokenType = JsonTokenKind.Null;
                break;
            case '\'':
                throw Error(LedgerFileErrors.SingleQuotes);
            case '/':
                throw Error(LedgerFileErrors.Comment);
            default:
                throw Error(LedgerFileErrors.UnexpectedCharacter(c));
        }

        _state = _stack.Count == 0 ? State.Done : State.CommaOrEnd;
        return true;
    }

    private bool End(JsonTokenKind kind)
    {
        MarkToken();
        Advance();
        _stack.RemoveAt(_stack.Count - 1);
        TokenType = kind;
        _state = _stack.Count == 0 ? State.Done : State.CommaOrEnd;
        return true;
    }

    private void Push(bool isArray)
    {
        if (_stack.Count >= _maxDepth)
        {
            throw new JsonSyntaxException(Path, ErrorCodes.LimitExceeded, LedgerFileErrors.TooDeep(_maxDepth), Line, Position);
        }

        Advance();
        if (_frames.Count == _stack.Count)
        {
            _frames.Add(new Frame());
        }

        Frame frame = _frames[_stack.Count];
        frame.Reset(isArray);
        _stack.Add(frame);
    }

    private void ReadLiteral(string literal)
    {
        foreach (char expected in literal)
        {
            if (!Ensure() || _buffer[_pos] != expected)
            {
                throw Error(LedgerFileErrors.BadLiteral(literal));
            }

            Advance();
        }

        CheckDelimiter();
    }

    private void ReadNumber()
    {
        _scratch.Clear();
        bool integer = true;
        Take('-');
        if (!Ensure() || !char.IsAsciiDigit(_buffer[_pos]))
        {
            throw Error(LedgerFileErrors.BadNumber);
        }

        if (_buffer[_pos] == '0')
        {
            TakeOne();
            if (Ensure() && char.IsAsciiDigit(_buffer[_pos]))
            {
                throw Error(LedgerFileErrors.LeadingZero);
            }
        }
        else
        {
            TakeDigits();
        }

        if (Take('.'))
        {
            integer = false;
            if (TakeDigits() == 0)
            {
                throw Error(LedgerFileErrors.BadNumber);
            }
        }

        if (Take('e') || Take('E'))
        {
            integer = false;
            _ = Take('+') || Take('-');
            if (TakeDigits() == 0)
            {
                throw Error(LedgerFileErrors.BadNumber);
            }
        }

        CheckDelimiter();
        NumberText = _scratch.ToString();
        IsInteger = integer;
    }

    private int TakeDigits()
    {
        int count = 0;
        while (Ensure() && char.IsAsciiDigit(_buffer[_pos]))
        {
            TakeOne();
            count++;
        }

        return count;
    }

    private bool Take(char c)
    {
        if (Ensure() && _buffer[_pos] == c)
        {
            TakeOne();
            return true;
        }

        return false;
    }

    private void TakeOne()
    {
        if (_scratch.Length >= _maxStringLength)
        {
            throw new JsonSyntaxException(Path, ErrorCodes.LimitExceeded, LedgerFileErrors.NumberTooLong(_maxStringLength), Line, Position);
        }

        _scratch.Append(_buffer[_pos]);
        Advance();
    }

    /// <summary>After a number or literal comes white space, a comma, a closing bracket or the end.</summary>
    private void CheckDelimiter()
    {
        if (Ensure() && _buffer[_pos] is not (' ' or '\t' or '\n' or '\r' or ',' or ']' or '}'))
        {
            throw Error(LedgerFileErrors.UnexpectedCharacter(_buffer[_pos]));
        }
    }

    /// <summary>Reads a string whose opening quote is at the position; returns null when it is longer than the limit.</summary>
    private string? ReadString(bool isName)
    {
        Advance();
        int limit = _maxStringLength;

        // The common case: the whole string, without escapes, is in the buffer.
        int end = _pos;
        while (end < _length && end - _pos <= limit && _buffer[end] is not ('"' or '\\') && _buffer[end] >= ' ')
        {
            end++;
        }

        if (end < _length && _buffer[end] == '"' && end - _pos <= limit)
        {
            var span = new ReadOnlySpan<char>(_buffer, _pos, end - _pos);
            string value = isName ? (_knownNames.TryGetValue(span, out string? known) ? known : span.ToString()) : _share ? Share(span) : span.ToString();
            StringLength = value.Length;
            _pos = end + 1;
            return value;
        }

        _scratch.Clear();
        long length = 0;
        while (true)
        {
            if (!Ensure())
            {
                throw Error(LedgerFileErrors.UnclosedString);
            }

            char c = _buffer[_pos];
            if (c == '"')
            {
                Advance();
                break;
            }

            if (c < ' ')
            {
                throw Error(LedgerFileErrors.ControlInString(c));
            }

            if (c == '\\')
            {
                Advance();
                c = ReadEscape();
            }
            else
            {
                Advance();
            }

            if (length < limit)
            {
                _scratch.Append(c);
            }

            length++;
        }

        StringLength = length;
        if (length > limit)
        {
            return null;
        }

        string text = _scratch.ToString();
        return _share ? Share(text) : text;
    }

    private string Share(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxSharedLength)
        {
            return span.ToString();
        }

        if (_sharedLookup.TryGetValue(span, out string? known))
        {
            return known;
        }

        string text = span.ToString();
        if (_shared.Count < MaxShared)
        {
            _shared.Add(text, text);
        }

        return text;
    }

    /// <summary>Returns the string read before that is equal to the text, or the text itself, kept for later reads.</summary>
    internal string Share(string text)
    {
        if (text.Length > MaxSharedLength)
        {
            return text;
        }

        if (_shared.TryGetValue(text, out string? known))
        {
            return known;
        }

        if (_shared.Count < MaxShared)
        {
            _shared.Add(text, text);
        }

        return text;
    }

    private char ReadEscape()
    {
        if (!Ensure())
        {
            throw Error(LedgerFileErrors.UnclosedString);
        }

        char c = _buffer[_pos];
        Advance();
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++)
                {
                    if (!Ensure() || !char.IsAsciiHexDigit(_buffer[_pos]))
                    {
                        throw Error(LedgerFileErrors.BadUnicodeEscape);
                    }

                    char h = _buffer[_pos];
                    value = (value * 16) + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                    Advance();
                }

                return (char)value;
            default:
                _pos--;
                throw Error(LedgerFileErrors.BadEscape(c));
        }
    }

    /// <summary>Skips JSON white space; returns false at the end of the text. Only space, tab, CR and LF are white space.</summary>
    private bool SkipWhiteSpace()
    {
        while (true)
        {
            if (!Ensure())
            {
                return false;
            }

            switch (_buffer[_pos])
            {
                case ' ' or '\t':
                    _pos++;
                    break;
                case '\n':
                    _pos++;
                    NewLine();
                    break;
                case '\r':
                    _pos++;
                    if (Ensure() && _buffer[_pos] == '\n')
                    {
                        _pos++;
                    }

                    NewLine();
                    break;
                case '\uFEFF' when _state == State.Start && _bufferStart + _pos == 0:
                    // A byte-order mark at the very start, as in a file; the stream reader drops it there already.
                    _pos++;
                    break;
                default:
                    return true;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _bufferStart + _pos;
    }

    private void Advance() => _pos++;

    /// <summary>Makes sure a character is in the buffer at the position; returns false at the end of the text.</summary>
    private bool Ensure()
    {
        if (_pos < _length)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        _bufferStart += _length;
        _pos = 0;
        _length = _text.Read(_buffer, 0, _buffer.Length);
        if (_length <= 0)
        {
            _length = 0;
            _eof = true;
            return false;
        }

        return true;
    }

    private void MarkToken()
    {
        Line = _line;
        Position = CurrentPosition;
    }

    private int CurrentPosition => (int)Math.Min(int.MaxValue, _bufferStart + _pos - _lineStart + 1);

    private JsonSyntaxException Error(string message)
    {
        Line = _line;
        Position = CurrentPosition;
        return new JsonSyntaxException(Path, ErrorCodes.Syntax, LedgerFileErrors.InvalidJson(message), Line, Position);
    }

    /// <summary>
    /// One open object or array: for an array the index of its current item, for an object its current name and the
    /// names seen so far. Frames are reused by depth, so reading a million objects allocates a handful of frames.
    /// </summary>
    private sealed class Frame
    {
        private readonly List<string> _names = [];
        private HashSet<string>? _nameSet;

        public bool IsArray { get; private set; }

        public int Index { get; set; }

        public string? Name { get; set; }

        public void Reset(bool isArray)
        {
            IsArray = isArray;
            Index = 0;
            Name = null;
            _names.Clear();
            _nameSet?.Clear();
        }

        /// <summary>Records a name; false when the object already has it.</summary>
        public bool AddName(string name)
        {
            if (_names.Count > LinearNameLimit)
            {
                // Many names in one object: a hash set keeps the check linear in the names.
                _nameSet ??= new HashSet<string>(StringComparer.Ordinal);
                if (_nameSet.Count == 0)
                {
                    _nameSet.UnionWith(_names);
                }

                return _nameSet.Add(name);
            }

            foreach (string known in _names)
            {
                if (string.Equals(known, name, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            _names.Add(name);
            return true;
        }
    }
}

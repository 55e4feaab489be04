using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// The units figures are compared by: which words name one unit ("sailors", "seamen", "crew"), and which units lie
/// within wider ones. The contradiction engine compares two figures only when they count the same unit.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="KeyOf"/> reads a quantity's unit words: a known unit's words give that unit; words that end in a known
/// unit give that unit narrowed by the words before it ("Indian soldiers" is the unit "troops" narrowed by "indian"),
/// which compares equal only to the same narrowing ("Indian troops"); any other words are their own unit.
/// </para>
/// <para>
/// <see cref="BuiltIn"/> holds common English report words for people, forces and equipment and no conflict's
/// labels; add your own with <see cref="With"/>. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class UnitVocabulary
{
    private readonly ImmutableDictionary<string, CountUnit> _byWord;

    private UnitVocabulary(ImmutableArray<CountUnit> units)
    {
        Units = units;
        var byWord = ImmutableDictionary.CreateBuilder<string, CountUnit>(StringComparer.Ordinal);
        foreach (CountUnit unit in units)
        {
            foreach (string word in unit.AllWords)
            {
                // A later unit's word replaces an earlier one's, so users can re-file a built-in word.
                byWord[Singular(TextFolding.Fold(word))] = unit;
            }
        }

        _byWord = byWord.ToImmutable();
    }

    /// <summary>Gets a vocabulary with no units: every unit's words are their own unit.</summary>
    public static UnitVocabulary Empty { get; } = new([]);

    /// <summary>Gets the built-in units: people and the kinds of people reports count, forces, aircraft and other equipment.</summary>
    public static UnitVocabulary BuiltIn { get; } = new(
    [
        new("people") { Synonyms = ["persons", "person", "individuals", "humans", "lives"] },
        new("troops") { Synonyms = ["soldiers", "servicemen", "servicewomen", "service members", "servicemembers", "military personnel", "army personnel", "military servicemen"], Within = "people" },
        new("sailors") { Synonyms = ["seamen", "crew", "crew members", "crewmen", "mariners", "naval personnel"], Within = "people" },
        new("officers") { Synonyms = ["commanders"], Within = "troops" },
        new("civilians") { Synonyms = ["residents", "inhabitants", "non-combatants", "noncombatants", "locals"], Within = "people" },
        new("militants") { Synonyms = ["fighters", "insurgents", "terrorists", "jihadists", "gunmen", "attackers", "armed men"], Within = "people" },
        new("prisoners") { Synonyms = ["POWs", "prisoners of war", "captives", "detainees"], Within = "people" },
        new("passengers") { Synonyms = ["travellers", "travelers"], Within = "people" },
        new("children") { Synonyms = ["minors", "kids"], Within = "people" },
        new("personnel") { Synonyms = ["staff", "employees", "workers"], Within = "people" },
        new("casualties") { Synonyms = ["killed and wounded", "dead and wounded"] },
        new("aircraft") { Synonyms = ["planes", "jets", "warplanes", "fighter jets", "airplanes"] },
        new("drones") { Synonyms = ["UAVs", "unmanned aerial vehicles"] },
        new("missiles") { Synonyms = ["rockets", "projectiles"] },
        new("vehicles") { Synonyms = ["trucks", "cars", "lorries"] },
        new("tanks") { Synonyms = ["armoured vehicles", "armored vehicles"], Within = "vehicles" },
        new("ships") { Synonyms = ["vessels", "boats"] },
    ]);

    /// <summary>Gets the units, in the order they were given.</summary>
    public ImmutableArray<CountUnit> Units { get; }

    /// <summary>Returns a vocabulary with more units; a word a new unit names is taken from any earlier unit.</summary>
    /// <param name="units">The units to add.</param>
    /// <returns>The extended vocabulary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of them is null.</exception>
    public UnitVocabulary With(params IEnumerable<CountUnit> units)
    {
        Preconditions.CheckNotNull(units);
        ImmutableArray<CountUnit> added = [.. units];
        foreach (CountUnit unit in added)
        {
            Preconditions.CheckNotNull(unit, nameof(units));
        }

        return new UnitVocabulary(Units.AddRange(added));
    }

    /// <summary>Finds the unit a word or phrase names.</summary>
    /// <param name="words">The words, such as "seamen".</param>
    /// <returns>The unit, or null when no unit has these words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public CountUnit? Find(string words)
    {
        Preconditions.CheckNotNull(words);
        return _byWord.GetValueOrDefault(Singular(TextFolding.Fold(words)));
    }

    /// <summary>Gets whether one unit lies within another, at any depth ("officers" within "troops" within "people").</summary>
    /// <param name="narrower">The words of the narrower unit.</param>
    /// <param name="wider">The words of the wider unit.</param>
    /// <returns>Whether the narrower unit is, or lies within, the wider one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsWithin(string narrower, string wider)
    {
        Preconditions.CheckNotNull(narrower);
        Preconditions.CheckNotNull(wider);
        CountUnit? outer = Find(wider);
        CountUnit? current = Find(narrower);
        for (int depth = 0; depth < 32 && current is not null && outer is not null; depth++)
        {
            if (current.Name == outer.Name)
            {
                return true;
            }

            current = current.Within is { } up ? Find(up) : null;
        }

        return false;
    }

    /// <summary>
    /// The key two figures' units compare by: the unit's canonical name; the unit narrowed by the words before it
    /// ("indian|troops"); or the words themselves. A figure with no unit has the empty key.
    /// </summary>
    /// <param name="unit">A quantity's unit words, or null.</param>
    /// <returns>The key.</returns>
    public string KeyOf(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return string.Empty;
        }

        string folded = TextFolding.Fold(unit);
        if (_byWord.TryGetValue(Singular(folded), out CountUnit? whole))
        {
            return TextFolding.Fold(whole.Name);
        }

        // The longest known ending: "displaced armenian civilians" ends in "civilians".
        string[] words = folded.Split(' ');
        for (int start = 1; start < words.Length; start++)
        {
            string tail = string.Join(' ', words[start..]);
            if (_byWord.TryGetValue(Singular(tail), out CountUnit? known))
            {
                return string.Join(' ', words[..start]) + "|" + TextFolding.Fold(known.Name);
            }
        }

        return Singular(folded);
    }

    // "soldiers" and "soldier", "crosses" and "cross", are one word; short words ("gas", "bus") keep their "s".
    private static string Singular(string folded)
    {
        if (folded.Length > 4 && folded.EndsWith("ies", StringComparison.Ordinal))
        {
            return folded[..^3] + "y";
        }

        if (folded.Length > 4 && (folded.EndsWith("sses", StringComparison.Ordinal) || folded.EndsWith("shes", StringComparison.Ordinal) || folded.EndsWith("ches", StringComparison.Ordinal)))
        {
            return folded[..^2];
        }

        return folded.Length > 3 && folded.EndsWith('s') && !folded.EndsWith("ss", StringComparison.Ordinal) ? folded[..^1] : folded;
    }

    /// <summary>Whether words name people of some kind ("terrorists", "Indian soldiers", "residents"), by their unit or the unit they end in.</summary>
    internal bool NamesPeople(string words)
    {
        string key = KeyOf(words);
        string unit = key.Contains('|', StringComparison.Ordinal) ? key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..] : key;
        return unit.Length > 0 && IsWithin(unit, "people");
    }
}

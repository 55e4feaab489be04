using ClaimLedger.Internal;

namespace ClaimLedger.Contradictions;

/// <summary>
/// What <see cref="ContradictionEngine.CheckVocabulary"/> tells a modeller about a ledger's vocabulary: its own
/// predicates that nothing links to another, and those that replace a built-in of the same id.
/// </summary>
internal static class VocabularyCheck
{
    internal static ImmutableArray<VocabularyNote> Notes(Ledger ledger)
    {
        Vocabulary vocabulary = ledger.State.Vocabulary;
        HashSet<PredicateId> linked =
        [
            .. ledger.State.Predicates.Values.SelectMany(p => new[] { p.SameAs, p.InverseOf }).OfType<PredicateId>(),
            .. ledger.State.Predicates.Values.SelectMany(p => Preconditions.OrEmpty(p.Opposites)).SelectMany(o => o.EntailsOf(1).AddRange(o.EntailsOf(2))).Select(e => e.Predicate),
        ];
        var uses = ledger.Claims.GroupBy(c => c.Proposition.Predicate).ToDictionary(g => g.Key, g => g.Count());
        IEnumerable<VocabularyNote> unlinked = ledger.Predicates
            .Where(p => uses.ContainsKey(p.Id) && !BuiltInPredicates.IsBuiltIn(p) && !p.IsWording && Preconditions.OrEmpty(p.Entails).IsEmpty && p.Opposites.IsDefaultOrEmpty
                && p.Cardinality == PredicateCardinality.Many && !linked.Contains(p.Id) && !vocabulary.EntailedBy[p.Id].Any())
            .Select(p => new VocabularyNote(p, uses[p.Id], Unlinked(p, uses[p.Id])));
        IEnumerable<VocabularyNote> replaced = ledger.Predicates
            .Where(p => !BuiltInPredicates.IsBuiltIn(p) && BuiltInPredicates.Find(p.Id) is not null)
            .Select(p => new VocabularyNote(p, uses.GetValueOrDefault(p.Id), Replaced(p, BuiltInPredicates.Find(p.Id)!)) { Kind = VocabularyNoteKind.ReplacesBuiltIn });
        return [.. unlinked.Concat(replaced).OrderByDescending(n => n.Claims).ThenBy(n => n.Predicate.Id)];
    }

    private static string Replaced(Predicate own, Predicate builtIn) =>
        $"Predicate '{own.Id}' (\"{own.Label}\") is the ledger's own declaration under the id of a built-in predicate (\"{builtIn.Label}\": {builtIn.Description}) "
        + "and replaces it in this ledger; if it means the same, drop the declaration to take the built-in's semantics, "
        + "and if not, another id avoids the confusion.";

    private static string Unlinked(Predicate p, int claims)
    {
        string text = $"Predicate '{p.Id}' (\"{p.Label}\") is the ledger's own and nothing links it to another predicate, so "
            + (claims == 1 ? "its one claim meets" : $"its {claims:#,0} claims meet") + $" only claims of '{p.Id}' itself; "
            + "if it words or implies a notion the vocabulary has, declare sameAs, inverseOf or entails.";
        string[] alike = [.. BuiltInPredicates.All.Where(b => !b.IsWording && SharesAWord(p, b)).Select(b => $"'{b.Id}' (\"{b.Label}\")")];
        return alike.Length == 0 ? text : text + $" Built-in notions with like words, to read before deciding: {string.Join(", ", alike)}.";
    }

    // A hint for the modeller only, never a link the engine makes: whether two predicates' ids and labels share a
    // content word, an ending such as "-ed" or "-s" aside ("was-used-in" and "used", "damage" and "damaged").
    private static bool SharesAWord(Predicate own, Predicate builtIn)
    {
        HashSet<string> words = [.. Words(own)];
        return Words(builtIn).Any(words.Contains);

        static IEnumerable<string> Words(Predicate p) =>
            $"{p.Id} {p.Label}".ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 3 && !HintStopWords.Contains(w)).Select(Stem);

        static string Stem(string w) =>
            w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 5 ? w[..^2]
            : w.EndsWith('s') && w.Length > 4 ? w[..^1]
            : w.EndsWith('e') && w.Length > 4 ? w[..^1]
            : w;
    }

    private static readonly HashSet<string> HintStopWords = new(StringComparer.Ordinal) { "from", "with", "into", "that", "were", "been", "have", "than", "their", "about" };
}

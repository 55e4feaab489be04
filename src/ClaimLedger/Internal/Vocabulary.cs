using System.Collections.Concurrent;

namespace ClaimLedger.Internal;

/// <summary>
/// A ledger's predicates resolved once: each wording to the notion it words (<see cref="Predicate.SameAs"/>,
/// <see cref="Predicate.InverseOf"/>), and each notion's entailments followed through their chains, with their
/// argument mappings composed. This is the one place that turns a claim into the statements the engine compares,
/// the ledger indexes and the credibility views vote on.
/// </summary>
internal sealed class Vocabulary
{
    // Far deeper than any sensible chain; it only stops a cycle of entailments from running forever.
    private const int MaxChain = 16;

    private readonly Dictionary<PredicateId, Meaning> _meanings = [];
    private readonly IReadOnlyDictionary<string, ImmutableList<PartyId>> _partyNames;

    /// <param name="predicates">The ledger's predicates.</param>
    /// <param name="partyNames">The ledger's parties by folded name and alias, to tell whose a described object is.</param>
    internal Vocabulary(ImmutableDictionary<PredicateId, Predicate> predicates, IReadOnlyDictionary<string, ImmutableList<PartyId>> partyNames)
    {
        _partyNames = partyNames;
        _occurred = predicates.ContainsKey(BuiltInPredicates.Occurred.Id) ? BuiltInPredicates.Occurred.Id : (PredicateId?)null;
        foreach (Predicate predicate in predicates.Values)
        {
            (Predicate root, bool swapped) = Resolve(predicates, predicate);
            _meanings[predicate.Id] = new Meaning(root, swapped, []);
        }

        foreach ((PredicateId id, Meaning meaning) in _meanings.ToList())
        {
            _meanings[id] = meaning with { Links = Expand(meaning.Root) };
        }

        ImmutableArray<(Predicate Premise, Entailment Link)> all =
            [.. _meanings.Values.Select(m => m.Root).Distinct().SelectMany(root => _meanings[root.Id].Links.Select(link => (root, link)))];
        EntailedBy = all.ToLookup(x => x.Link.Predicate);
    }

    /// <summary>For each notion, the notions whose affirmation entails it (or its denial), with the composed link.</summary>
    internal ILookup<PredicateId, (Predicate Premise, Entailment Link)> EntailedBy { get; }

    /// <summary>The notion a predicate words: itself, unless it is a wording of another.</summary>
    internal Predicate RootOf(PredicateId id) => _meanings[id].Root;

    /// <summary>The notion a predicate words, or null when the vocabulary does not hold the predicate.</summary>
    internal PredicateId? TryRootOf(PredicateId id) => _meanings.TryGetValue(id, out Meaning meaning) ? meaning.Root.Id : (PredicateId?)null;

    /// <summary>What a predicate means: its notion, whether it swaps subject and object, and the notion's entailments.</summary>
    internal Meaning MeaningOf(PredicateId id) => _meanings[id];

    /// <summary>A proposition in the notion's own terms: the root predicate, subject and object swapped for an inverse.</summary>
    internal Proposition Canonical(Proposition proposition) =>
        _meanings.TryGetValue(proposition.Predicate, out Meaning meaning) ? Canonical(proposition, meaning) : proposition;

    /// <summary>Every statement a claim makes: its own proposition in canonical form, then, for an affirmation, each one entailed.</summary>
    internal void StatementsOf(Claim claim, List<Derivation> into)
    {
        Meaning meaning = _meanings[claim.Proposition.Predicate];
        Proposition own = Canonical(claim.Proposition, meaning);
        into.Add(new Derivation(own, claim.Stance, null));

        // A denial implies nothing, and neither does an attempt: trying to capture a place does not mean holding it.
        if (claim.Stance != Stance.Affirms || claim.Modality == ClaimModality.Attempted)
        {
            return;
        }

        if (Generalised(own, meaning.Root) is { } general)
        {
            into.Add(new Derivation(general, Stance.Affirms, Generalisation(meaning.Root)));
        }

        foreach (Entailment link in meaning.Links)
        {
            if (Apply(own, link) is { } entailed)
            {
                into.Add(new Derivation(entailed, link.Negated ? Stance.Denies : Stance.Affirms, link));
            }
        }

        // A label entails what its pole declares ("fabricated": it did not take place); what an incident did says it took place.
        if (!meaning.Root.Opposites.IsDefaultOrEmpty && own.Object is { Kind: TermKind.Text } label)
        {
            LabelEntailments(own, meaning.Root, label, into);
        }
        else if (own.Subject.Kind == TermKind.Incident && _occurred is { } occurred && meaning.Root.Id != occurred && meaning.Root.Id != BuiltInPredicates.Stated.Id)
        {
            into.Add(new Derivation(own with { Predicate = occurred, Object = null }, Stance.Affirms, Occurrence));
        }
    }

    /// <summary>The link an incident's taking place is derived through, so explanations say "which implies that ... took place".</summary>
    private static readonly Entailment Occurrence = new(BuiltInPredicates.Occurred.Id) { Object = EntailedTerm.Nothing };

    // The notion of taking place, when the ledger holds it (every ledger holds the built-ins).
    private readonly PredicateId? _occurred;

    private void LabelEntailments(Proposition own, Predicate root, Term label, List<Derivation> into)
    {
        string folded = label.Key;
        int first = into.Count;
        foreach (OppositeLabels pair in root.Opposites)
        {
            // Most pairs entail nothing; matching a label against their words is the costly part, so skip them first.
            if (pair.FirstEntails.IsDefaultOrEmpty && pair.SecondEntails.IsDefaultOrEmpty)
            {
                continue;
            }

            foreach (Entailment declared in pair.EntailsOf(pair.PoleOf(folded)))
            {
                Entailment link = Normalise(declared);
                if (Apply(own, link) is { } entailed && !into.Skip(first).Any(d => d.Proposition == entailed))
                {
                    into.Add(new Derivation(entailed, link.Negated ? Stance.Denies : Stance.Affirms, link));
                }
            }
        }
    }

    /// <summary>The words every kind of people generalises to in a toll: "killed 250 terrorists" says "killed people".</summary>
    internal static readonly Term People = Term.Text("people");

    /// <summary>
    /// For a toll (a <see cref="CountKind.RunningTotal"/> notion), the proposition with its object widened to people:
    /// killing soldiers, militants or a side's people is killing people, so "no one was killed" meets "250 terrorists
    /// were killed". Null when the object is no kind of people, or already is "people".
    /// </summary>
    internal static Proposition? Generalised(Proposition own, Predicate root)
    {
        if (root.Counts != CountKind.RunningTotal || own.Object is not { } obj || obj.Equals(People))
        {
            return null;
        }

        bool people = obj.Kind == TermKind.Party || (obj.Kind == TermKind.Text && UnitVocabulary.BuiltIn.NamesPeople(obj.Value));
        return people ? own with { Object = People } : null;
    }

    /// <summary>The link a widened toll is derived through, so explanations say "which implies that ...".</summary>
    internal static Entailment Generalisation(Predicate root) => new(root.Id);

    /// <summary>The proposition a link entails from a canonical one, or null when the link needs a term it lacks.</summary>
    internal Proposition? Apply(Proposition canonical, Entailment link)
    {
        Term? subject = Pick(canonical, link.Subject);
        Term? @object = link.Object == EntailedTerm.Nothing ? null : Pick(canonical, link.Object);
        if (subject is null || (link.Object != EntailedTerm.Nothing && @object is null))
        {
            return null;
        }

        // What holds onward holds from the first day the claim's time allows.
        // ("by 5 March": surely from 5 March).
        FuzzyDate? time = link.Onward && canonical.Time is { } then && (then.Earliest ?? then.Latest) is { } from ? FuzzyDate.Since(from) : canonical.Time;
        return canonical with { Predicate = link.Predicate, Subject = subject, Object = @object, Time = time };
    }

    private Term? Pick(Proposition p, EntailedTerm term) => term switch
    {
        EntailedTerm.Subject => p.Subject,
        EntailedTerm.Object => p.Object,
        EntailedTerm.ObjectOwner => OwnerOf(p.Object),
        _ => null,
    };

    /// <summary>
    /// The side a term belongs to: a party is its own; a description belongs to the one party whose name or alias it
    /// names as whole words ("Indian aircraft", "soldiers of Armenia"), the longest name at each word; null when it
    /// names none, or more than one ("Armenian and Azerbaijani soldiers"). Names are the ledger's own, never guessed.
    /// </summary>
    internal Term? OwnerOf(Term? term)
    {
        if (term is null || term.Kind is not (TermKind.Party or TermKind.Text))
        {
            return null;
        }

        if (term.Kind == TermKind.Party)
        {
            return term;
        }

        // The same words come back claim after claim ("people", "servicemen"): each is read once.
        return _owners.GetOrAdd(term.Value, static (words, self) => self.OwnerOfWords(words), this);
    }

    private readonly ConcurrentDictionary<string, Term?> _owners = new(StringComparer.Ordinal);

    private Term? OwnerOfWords(string words)
    {
        if (_partyNames.Count == 0)
        {
            return null;
        }

        string folded = TextFolding.Fold(words);
        PartyId? owner = null;
        for (int start = 0; start < folded.Length; start = folded.IndexOf(' ', start) is var space and >= 0 ? space + 1 : folded.Length)
        {
            for (int end = folded.Length; end > start; end--)
            {
                if ((end == folded.Length || folded[end] == ' ') && _partyNames.TryGetValue(folded[start..end], out ImmutableList<PartyId>? ids))
                {
                    if (ids.Count != 1 || (owner is { } other && other != ids[0]))
                    {
                        return null;
                    }

                    owner = ids[0];
                    break;
                }
            }
        }

        return owner is { } found ? Term.Party(found) : null;
    }

    private static Proposition Canonical(Proposition proposition, Meaning meaning)
    {
        if (meaning.Root.Id == proposition.Predicate && !meaning.Swapped)
        {
            return proposition;
        }

        // An inverse with no object cannot be turned round; it is compared in its own words.
        return meaning.Swapped && proposition.Object is { } obj
            ? proposition with { Predicate = meaning.Root.Id, Subject = obj, Object = proposition.Subject }
            : proposition with { Predicate = meaning.Root.Id };
    }

    private static (Predicate Root, bool Swapped) Resolve(ImmutableDictionary<PredicateId, Predicate> predicates, Predicate predicate)
    {
        Predicate current = predicate;
        bool swapped = false;
        for (int step = 0; step < MaxChain && current.IsWording; step++)
        {
            PredicateId next = current.SameAs ?? current.InverseOf!.Value;
            if (!predicates.TryGetValue(next, out Predicate? target))
            {
                break;
            }

            swapped ^= current.InverseOf is not null;
            current = target;
        }

        return (current, swapped);
    }

    /// <summary>A notion's entailments, each as one link from the notion to another notion, chained through affirmed steps.</summary>
    private ImmutableArray<Entailment> Expand(Predicate root)
    {
        var links = new List<Entailment>();
        var seen = new HashSet<Entailment>();
        var frontier = new Queue<(Entailment Link, int Depth)>();
        foreach (Entailment declared in Preconditions.OrEmpty(root.Entails))
        {
            frontier.Enqueue((Normalise(declared), 1));
        }

        while (frontier.Count > 0)
        {
            (Entailment link, int depth) = frontier.Dequeue();
            bool identity = link.Subject == EntailedTerm.Subject && link.Object == EntailedTerm.Object;
            if (link.Subject == EntailedTerm.Nothing || (link.Predicate == root.Id && identity) || !seen.Add(link))
            {
                continue;
            }

            links.Add(link);
            if (link.Negated || depth >= MaxChain || !_meanings.TryGetValue(link.Predicate, out Meaning next))
            {
                continue;
            }

            foreach (Entailment further in Preconditions.OrEmpty(next.Root.Entails))
            {
                Entailment step = Normalise(further);
                frontier.Enqueue((step with
                {
                    Subject = Compose(link, step.Subject),
                    Object = Compose(link, step.Object),
                    KeepsQuantity = link.KeepsQuantity && step.KeepsQuantity,
                    Onward = link.Onward || step.Onward,
                }, depth + 1));
            }
        }

        return [.. links];
    }

    /// <summary>A declared entailment as a link to the entailed notion's root, with the mapping turned round for an inverse.</summary>
    private Entailment Normalise(Entailment declared)
    {
        if (!_meanings.TryGetValue(declared.Predicate, out Meaning target))
        {
            return declared;
        }

        return target.Swapped
            ? declared with { Predicate = target.Root.Id, Subject = declared.Object, Object = declared.Subject }
            : declared with { Predicate = target.Root.Id };
    }

    // The term of the original proposition that a later step's term refers to. The owner of a step's object is the
    // owner of the original's object when the step's object is the original's object (or its owner, a party already);
    // of any other term it cannot be named, and the step is dropped by Expand for want of a subject.
    private static EntailedTerm Compose(Entailment first, EntailedTerm second) => second switch
    {
        EntailedTerm.Subject => first.Subject,
        EntailedTerm.Object => first.Object,
        EntailedTerm.ObjectOwner => first.Object is EntailedTerm.Object or EntailedTerm.ObjectOwner ? EntailedTerm.ObjectOwner : EntailedTerm.Nothing,
        _ => EntailedTerm.Nothing,
    };

    /// <summary>What a predicate means.</summary>
    /// <param name="Root">The notion it words (itself when it is no wording).</param>
    /// <param name="Swapped">Whether its subject and object are the notion's object and subject.</param>
    /// <param name="Links">The notion's entailments, chained and mapped to notions' roots.</param>
    internal readonly record struct Meaning(Predicate Root, bool Swapped, ImmutableArray<Entailment> Links);

    /// <summary>One statement a claim makes: a canonical proposition, its stance and the link it came through (null for the claim's own).</summary>
    internal readonly record struct Derivation(Proposition Proposition, Stance Stance, Entailment? Via);
}

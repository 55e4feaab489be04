namespace ClaimLedger;

/// <summary>
/// The built-in vocabulary of predicates, each with its declared semantics. Every ledger holds these; a ledger adds
/// its own next to them. Opposite labels of <see cref="CharacterisedAs"/>: violation / lawful, pro-Armenian /
/// pro-Azerbaijani, fulfilling mandate / failing mandate, aggression / self-defence.
/// </summary>
public static class BuiltInPredicates
{
    /// <summary>Gets <c>controls</c>: Who holds a place (subject) at a time; only one holder at a time.</summary>
    public static Predicate Controls { get; } = new("controls", "controls")
    {
        Description = "Who holds a place (subject) at a time; only one holder at a time.",
        Cardinality = PredicateCardinality.OneSubjectPerObject,
    };

    /// <summary>Gets <c>withdrew-from</c>: The subject's forces left the object place; entails that the subject does not control it at that time.</summary>
    public static Predicate WithdrewFrom { get; } = new("withdrew-from", "withdrew from")
    {
        Description = "The subject's forces left the object place; entails that the subject does not control it at that time.",
        Entails = [new("controls", Negated: true)],
    };

    /// <summary>Gets <c>captured</c>: The subject took the object place; entails that the subject controls it at that time.</summary>
    public static Predicate Captured { get; } = new("captured", "captured")
    {
        Description = "The subject took the object place; entails that the subject controls it at that time.",
        Entails = [new("controls", Negated: false)],
    };

    /// <summary>Gets <c>took-prisoner</c>: The subject took people (object) prisoner.</summary>
    public static Predicate TookPrisoner { get; } = new("took-prisoner", "took prisoner")
    {
        Description = "The subject took people (object) prisoner.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>entered</c>: The subject's forces entered the object territory or place.</summary>
    public static Predicate Entered { get; } = new("entered", "entered")
    {
        Description = "The subject's forces entered the object territory or place.",
    };

    /// <summary>Gets <c>attacked</c>: The subject attacked the object.</summary>
    public static Predicate Attacked { get; } = new("attacked", "attacked")
    {
        Description = "The subject attacked the object.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>started</c>: The subject started the object incident (who is to blame); only one side started it.</summary>
    public static Predicate Started { get; } = new("started", "started")
    {
        Description = "The subject started the object incident (who is to blame); only one side started it.",
        Cardinality = PredicateCardinality.OneSubjectPerObject,
    };

    /// <summary>Gets <c>violated</c>: The subject violated the object (an agreement, a ceasefire, a border).</summary>
    public static Predicate Violated { get; } = new("violated", "violated")
    {
        Description = "The subject violated the object (an agreement, a ceasefire, a border).",
    };

    /// <summary>Gets <c>killed</c>: The subject killed the object (people), optionally how many.</summary>
    public static Predicate Killed { get; } = new("killed", "killed")
    {
        Description = "The subject killed the object (people), optionally how many.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>wounded</c>: The subject wounded the object (people), optionally how many.</summary>
    public static Predicate Wounded { get; } = new("wounded", "wounded")
    {
        Description = "The subject wounded the object (people), optionally how many.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>missing</c>: The subject (people) went missing, optionally how many.</summary>
    public static Predicate Missing { get; } = new("missing", "went missing")
    {
        Description = "The subject (people) went missing, optionally how many.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>deployed</c>: The subject sent people (the quantity) to the object place.</summary>
    public static Predicate Deployed { get; } = new("deployed", "deployed to")
    {
        Description = "The subject sent people (the quantity) to the object place.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>returned</c>: The subject (people) returned to the object place, optionally how many.</summary>
    public static Predicate Returned { get; } = new("returned", "returned to")
    {
        Description = "The subject (people) returned to the object place, optionally how many.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>Gets <c>blockaded</c>: The subject blocked the object road, corridor or place.</summary>
    public static Predicate Blockaded { get; } = new("blockaded", "blockaded")
    {
        Description = "The subject blocked the object road, corridor or place.",
    };

    /// <summary>Gets <c>characterised-as</c>: The subject (an act, an actor) was given the object label.</summary>
    public static Predicate CharacterisedAs { get; } = new("characterised-as", "was characterised as")
    {
        Description = "The subject (an act, an actor) was given the object label.",
        Opposites = [new("violation", "lawful"), new("pro-Armenian", "pro-Azerbaijani"), new("fulfilling mandate", "failing mandate"), new("aggression", "self-defence")],
    };

    /// <summary>Gets <c>opened</c>: The subject (an institution) opened.</summary>
    public static Predicate Opened { get; } = new("opened", "opened")
    {
        Description = "The subject (an institution) opened.",
    };

    /// <summary>Gets <c>closed</c>: The subject (an institution) closed.</summary>
    public static Predicate Closed { get; } = new("closed", "closed")
    {
        Description = "The subject (an institution) closed.",
    };

    /// <summary>Gets <c>called-for</c>: The subject urged or demanded the object.</summary>
    public static Predicate CalledFor { get; } = new("called-for", "called for")
    {
        Description = "The subject urged or demanded the object.",
    };

    /// <summary>Gets <c>investigated</c>: The subject investigated the object.</summary>
    public static Predicate Investigated { get; } = new("investigated", "investigated")
    {
        Description = "The subject investigated the object.",
    };

    /// <summary>Gets <c>identified-as</c>: The subject was identified as the object.</summary>
    public static Predicate IdentifiedAs { get; } = new("identified-as", "was identified as")
    {
        Description = "The subject was identified as the object.",
    };

    /// <summary>Gets <c>stated</c>: Catch-all: the subject said the object. Prefer a more specific predicate.</summary>
    public static Predicate Stated { get; } = new("stated", "stated")
    {
        Description = "Catch-all: the subject said the object. Prefer a more specific predicate.",
    };

    /// <summary>Gets every built-in predicate, in a stable order.</summary>
    public static ImmutableArray<Predicate> All { get; } =
    [
        Controls,
        WithdrewFrom,
        Captured,
        TookPrisoner,
        Entered,
        Attacked,
        Started,
        Violated,
        Killed,
        Wounded,
        Missing,
        Deployed,
        Returned,
        Blockaded,
        CharacterisedAs,
        Opened,
        Closed,
        CalledFor,
        Investigated,
        IdentifiedAs,
        Stated,
    ];
}

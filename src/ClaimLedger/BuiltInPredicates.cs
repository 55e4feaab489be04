using ClaimLedger.Internal;

namespace ClaimLedger;

/// <summary>
/// The built-in vocabulary of predicates, each with its declared semantics. Every ledger holds these; a ledger adds
/// its own next to them. It holds general notions of conflict reporting only, never one conflict's labels.
/// </summary>
/// <remarks>
/// <para>
/// Several predicates are wordings of one notion (<see cref="Predicate.SameAs"/>, <see cref="Predicate.InverseOf"/>):
/// who began an incident is <see cref="Started"/>, also worded <c>initiated</c>, <c>provoked</c>, <c>precipitated</c>,
/// <c>instigated</c>, <c>triggered</c>, <c>opened-fire-first</c>, <c>caused</c> and <c>responsible-for</c>;
/// <c>seized</c> and <c>took-control-of</c> word <see cref="Captured"/>; <c>struck</c>, <c>shelled</c> and
/// <c>fired-on</c> word <see cref="Attacked"/>, and <c>was-attacked-by</c> is its inverse; <c>downed</c> words
/// <see cref="ShotDown"/>, and <c>was-shot-down-by</c> is its inverse.
/// </para>
/// <para>
/// Opposite labels of <see cref="CharacterisedAs"/>, each with other words for it, the more specific first: aggression /
/// self-defence, violation / lawful, fulfilling mandate / failing mandate, staged / genuine, fabricated / real (a
/// subject called fabricated did not take place: <see cref="Occurred"/>), accidental / deliberate.
/// </para>
/// </remarks>
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
        Counts = CountKind.RunningTotal,
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

    /// <summary>Gets <c>started</c>: The subject began or brought about the object incident (who is to blame); only one did; entails that it was involved.</summary>
    public static Predicate Started { get; } = new("started", "started")
    {
        Description = "The subject began or brought about the object incident (who is to blame); only one did; entails that it was involved.",
        Cardinality = PredicateCardinality.OneSubjectPerObject,
        Entails = [new("involved-in")],
    };

    /// <summary>
    /// Gets <c>involved-in</c>: The subject (a side, a group, its services or people) took part in, aided or
    /// facilitated the object incident; several can be. Whoever started or carried out an incident was involved in
    /// it, so a denial of any involvement ("had nothing to do with it") meets every blame.
    /// </summary>
    public static Predicate InvolvedIn { get; } = new("involved-in", "was involved in")
    {
        Description = "The subject (a side, a group, its services or people) took part in, aided or facilitated the object incident; several can be.",
    };

    /// <summary>Gets <c>perpetrated</c>: The subject (the people or group who did it) carried out the object incident; several can; entails that they were involved.</summary>
    public static Predicate Perpetrated { get; } = new("perpetrated", "carried out")
    {
        Description = "The subject (the people or group who did it) carried out the object incident; several can; entails that they were involved.",
        Entails = [new("involved-in")],
    };

    /// <summary>Gets <c>shot-down</c>: The subject shot down the object aircraft; entails that the subject attacked it, and that the aircraft's side lost as many.</summary>
    public static Predicate ShotDown { get; } = new("shot-down", "shot down")
    {
        Description = "The subject shot down the object aircraft; entails that the subject attacked it, and that the aircraft's side lost as many.",
        Quantity = QuantityUse.Optional,
        Entails = [new("attacked"), new("suffered-losses") { Subject = EntailedTerm.ObjectOwner, Object = EntailedTerm.Nothing, KeepsQuantity = true }],
    };

    /// <summary>Gets <c>suffered-losses</c>: The subject (a side) lost people or equipment, optionally how many.</summary>
    public static Predicate SufferedLosses { get; } = new("suffered-losses", "suffered losses")
    {
        Description = "The subject (a side) lost people or equipment, optionally how many.",
        Quantity = QuantityUse.Optional,
        Counts = CountKind.RunningTotal,
    };

    /// <summary>Gets <c>crossed-into</c>: The subject's forces crossed into the object (a territory, a side's territory, a place); entails that they entered it.</summary>
    public static Predicate CrossedInto { get; } = new("crossed-into", "crossed into")
    {
        Description = "The subject's forces crossed into the object (a territory, a side's territory, a place); entails that they entered it.",
        Entails = [new("entered")],
    };

    /// <summary>Gets <c>violated-border-of</c>: The subject violated the border or territory of the object (a side or a place).</summary>
    public static Predicate ViolatedBorderOf { get; } = new("violated-border-of", "violated the border of")
    {
        Description = "The subject violated the border or territory of the object (a side or a place).",
    };

    /// <summary>Gets <c>illegally-crossed-into</c>: The subject's forces crossed into the object without the right to; entails that they crossed into it and violated its border.</summary>
    public static Predicate IllegallyCrossedInto { get; } = new("illegally-crossed-into", "illegally crossed into")
    {
        Description = "The subject's forces crossed into the object without the right to; entails that they crossed into it and violated its border.",
        Entails = [new("crossed-into"), new("violated-border-of")],
    };

    /// <summary>Gets <c>violated</c>: The subject violated the object (an agreement, a ceasefire, a border).</summary>
    public static Predicate Violated { get; } = new("violated", "violated")
    {
        Description = "The subject violated the object (an agreement, a ceasefire, a border).",
    };

    /// <summary>Gets <c>damaged</c>: The subject (an attacker, a strike, a blast) damaged the object (a building, a site, a vehicle); entails that the object suffered damage.</summary>
    public static Predicate Damaged { get; } = new("damaged", "damaged")
    {
        Description = "The subject (an attacker, a strike, a blast) damaged the object (a building, a site, a vehicle); entails that the object suffered damage.",
        Quantity = QuantityUse.Optional,
        Entails = [new("suffered-damage") { Subject = EntailedTerm.Object, Object = EntailedTerm.Nothing }],
    };

    /// <summary>Gets <c>destroyed</c>: The subject destroyed the object (a building, a site, a vehicle); entails that it damaged it, and that the object lies damaged from then on.</summary>
    public static Predicate Destroyed { get; } = new("destroyed", "destroyed")
    {
        Description = "The subject destroyed the object (a building, a site, a vehicle); entails that it damaged it, and that the object lies damaged from then on.",
        Quantity = QuantityUse.Optional,
        Entails = [new("damaged"), new("suffered-damage") { Subject = EntailedTerm.Object, Object = EntailedTerm.Nothing, Onward = true }],
    };

    /// <summary>Gets <c>suffered-damage</c>: The subject (a building, a site, a vehicle) was damaged, by whoever or whatever.</summary>
    public static Predicate SufferedDamage { get; } = new("suffered-damage", "suffered damage")
    {
        Description = "The subject (a building, a site, a vehicle) was damaged, by whoever or whatever.",
    };

    /// <summary>Gets <c>intact</c>: The subject (a building, a site, a vehicle) stood undamaged at the time; entails that it suffered no damage.</summary>
    public static Predicate Intact { get; } = new("intact", "stood intact")
    {
        Description = "The subject (a building, a site, a vehicle) stood undamaged at the time; entails that it suffered no damage.",
        Quantity = QuantityUse.Optional,
        Entails = [new("suffered-damage", Negated: true) { Object = EntailedTerm.Nothing }],
    };

    /// <summary>Gets <c>used</c>: The subject (a side, a unit) used the object (a weapon, a munition, a chemical agent), optionally how many.</summary>
    public static Predicate Used { get; } = new("used", "used")
    {
        Description = "The subject (a side, a unit) used the object (a weapon, a munition, a chemical agent), optionally how many.",
        Quantity = QuantityUse.Optional,
    };

    /// <summary>
    /// Gets <c>was-in</c>: The subject (a ship, an aircraft, a unit, a person) was in the object place at the time;
    /// in one place at a time, a place and the places within it being one account.
    /// </summary>
    public static Predicate WasIn { get; } = new("was-in", "was in")
    {
        Description = "The subject (a ship, an aircraft, a unit, a person) was in the object place at the time; in one place at a time.",
        Cardinality = PredicateCardinality.OneObjectPerSubject,
    };

    /// <summary>Gets <c>fired-from</c>: The subject (a missile, a rocket, a shell) was fired or launched from the object place; from one place.</summary>
    public static Predicate FiredFrom { get; } = new("fired-from", "was fired from")
    {
        Description = "The subject (a missile, a rocket, a shell) was fired or launched from the object place; from one place.",
        Cardinality = PredicateCardinality.OneObjectPerSubject,
    };

    /// <summary>Gets <c>killed</c>: The subject killed the object (people, or a side's people), optionally how many; a side killed has suffered losses, as many.</summary>
    public static Predicate Killed { get; } = new("killed", "killed")
    {
        Description = "The subject killed the object (people, or a side's people), optionally how many; a side killed has suffered losses.",
        Quantity = QuantityUse.Optional,
        Counts = CountKind.RunningTotal,
        Entails = [new("suffered-losses") { Subject = EntailedTerm.ObjectOwner, Object = EntailedTerm.Nothing, KeepsQuantity = true }],
    };

    /// <summary>Gets <c>wounded</c>: The subject wounded the object (people), optionally how many.</summary>
    public static Predicate Wounded { get; } = new("wounded", "wounded")
    {
        Description = "The subject wounded the object (people), optionally how many.",
        Quantity = QuantityUse.Optional,
        Counts = CountKind.RunningTotal,
    };

    /// <summary>Gets <c>missing</c>: The subject (people) went missing, optionally how many.</summary>
    public static Predicate Missing { get; } = new("missing", "went missing")
    {
        Description = "The subject (people) went missing, optionally how many.",
        Quantity = QuantityUse.Optional,
        Counts = CountKind.RunningTotal,
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
        Counts = CountKind.RunningTotal,
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
        Opposites =
        [
            new("aggression", "self-defence")
            {
                FirstAlso = ["act of aggression", "aggressive actions", "invasion", "unprovoked attack"],
                SecondAlso = ["self-defense", "defensive", "act of self-defence", "act of self-defense", "retaliation", "legitimate response", "pre-emptive action", "pre-emptive strike", "preemptive strike", "counter-terrorism operation"],
            },
            new("violation", "lawful")
            {
                FirstAlso = ["breach", "violation of the agreement", "ceasefire violation", "illegal", "unlawful", "contradicts the mandate", "contrary to the agreement", "contrary to the mandate", "aggression", "act of aggression", "war crime", "crime"],
                SecondAlso = ["legal", "legitimate", "in accordance with the agreement", "in line with the agreement", "within the mandate", "permitted", "in accordance with the mandate", "justified", "self-defence", "self-defense"],
            },
            new("fulfilling mandate", "failing mandate")
            {
                FirstAlso = ["fulfilling its mandate", "fulfilling obligations", "fulfilling its obligations"],
                SecondAlso = ["failing its mandate", "failing obligations", "failing its obligations", "not fulfilling its obligations", "failed in their duties", "failing in its duties"],
            },
            new("staged", "genuine")
            {
                FirstAlso = ["fabricated", "fake", "hoax", "false flag", "staged provocation", "fabrication"],
                SecondAlso = ["real", "authentic", "not staged"],
            },
            new("fabricated", "real")
            {
                FirstAlso = ["fake", "hoax", "fabrication", "made up", "invented", "fiction", "fictitious", "never happened", "did not happen", "did not take place", "never took place"],
                SecondAlso = ["genuine", "authentic", "happened", "took place"],
                FirstEntails = [new("occurred", Negated: true) { Object = EntailedTerm.Nothing }],
            },
            new("accidental", "deliberate")
            {
                FirstAlso = ["accident", "unintentional", "human error", "a mistake", "mistake", "unintended"],
                SecondAlso = ["intentional", "on purpose", "premeditated", "planned", "targeted"],
            },
        ],
    };

    /// <summary>
    /// Gets <c>occurred</c>: The subject (an incident, an event) took place. Every affirmation whose subject is an
    /// incident (what it did or caused: "the explosion killed 500") entails it; the label "fabricated" and its other
    /// words deny it.
    /// </summary>
    public static Predicate Occurred { get; } = new("occurred", "took place")
    {
        Description = "The subject (an incident, an event) took place. Every affirmation whose subject is an incident entails it; the label \"fabricated\" denies it.",
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


    /// <summary>Gets the wordings of the built-in notions: each is the same notion as, or the inverse of, a built-in predicate.</summary>
    public static ImmutableArray<Predicate> Wordings { get; } =
    [
        Wording("initiated", "initiated", "started"),
        Wording("provoked", "provoked", "started"),
        Wording("precipitated", "precipitated", "started"),
        Wording("instigated", "instigated", "started"),
        Wording("triggered", "triggered", "started"),
        Wording("opened-fire-first", "opened fire first in", "started"),
        Wording("caused", "caused", "started"),
        Wording("responsible-for", "was responsible for", "started"),
        new("was-caused-by", "was caused by") { Description = "The subject incident was caused by the object (a side, a weapon, a fault): \"caused\" turned round.", InverseOf = "started" },
        Wording("seized", "seized", "captured"),
        Wording("took-control-of", "took control of", "captured"),
        Wording("struck", "struck", "attacked", quantity: QuantityUse.Optional),
        Wording("shelled", "shelled", "attacked", quantity: QuantityUse.Optional),
        Wording("fired-on", "fired on", "attacked", quantity: QuantityUse.Optional),
        new("was-attacked-by", "was attacked by") { Description = "The subject was attacked by the object: \"attacked\" turned round.", InverseOf = "attacked", Quantity = QuantityUse.Optional },
        Wording("downed", "downed", "shot-down", quantity: QuantityUse.Optional),
        new("was-shot-down-by", "was shot down by") { Description = "The subject aircraft was shot down by the object: \"shot down\" turned round.", InverseOf = "shot-down", Quantity = QuantityUse.Optional },
        Wording("intruded-into", "intruded into", "violated-border-of"),
        Wording("injured", "injured", "wounded", quantity: QuantityUse.Optional),
        Wording("launched-from", "was launched from", "fired-from"),
    ];

    /// <summary>Gets every built-in predicate, the notions and then their <see cref="Wordings"/>, in a stable order.</summary>
    public static ImmutableArray<Predicate> All { get; } =
    [
        Controls,
        WithdrewFrom,
        Captured,
        TookPrisoner,
        Entered,
        Attacked,
        Started,
        InvolvedIn,
        Perpetrated,
        Violated,
        Killed,
        Wounded,
        Missing,
        Deployed,
        Returned,
        Blockaded,
        CharacterisedAs,
        Occurred,
        Opened,
        Closed,
        CalledFor,
        Investigated,
        IdentifiedAs,
        Stated,
        ShotDown,
        SufferedLosses,
        CrossedInto,
        ViolatedBorderOf,
        IllegallyCrossedInto,
        Damaged,
        Destroyed,
        SufferedDamage,
        Intact,
        Used,
        WasIn,
        FiredFrom,
        .. Wordings,
    ];

    /// <summary>Gets whether a predicate is one of the built-in predicates, as declared here (not a ledger's own declaration under a built-in's id).</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>Whether it equals the built-in of its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public static bool IsBuiltIn(Predicate predicate)
    {
        Preconditions.CheckNotNull(predicate);
        return ById.TryGetValue(predicate.Id, out Predicate? builtIn) && (ReferenceEquals(builtIn, predicate) || builtIn.Equals(predicate));
    }

    internal static Predicate? Find(PredicateId id) => ById.GetValueOrDefault(id);

    private static readonly System.Collections.Frozen.FrozenDictionary<PredicateId, Predicate> ById = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(All, p => p.Id);

    private static Predicate Wording(string id, string label, string sameAs, QuantityUse quantity = QuantityUse.None) =>
        new(id, label) { Description = $"Another wording of \"{sameAs}\".", SameAs = sameAs, Quantity = quantity };
}

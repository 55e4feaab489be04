namespace ClaimLedger;

/// <summary>
/// Ready-made parties for the conflict in and around Nagorno-Karabakh. Nothing in the library depends on them:
/// they are ordinary <see cref="Party"/> values, and any other party is added the same way.
/// </summary>
public static class WellKnownParties
{
    /// <summary>Gets the Russian Federation.</summary>
    public static Party Russia { get; } = new("russia", "Russia") { Aliases = ["Russian Federation", "Russian", "Moscow", "the Kremlin"] };

    /// <summary>Gets the Republic of Azerbaijan.</summary>
    public static Party Azerbaijan { get; } = new("azerbaijan", "Azerbaijan") { Aliases = ["Azerbaijani", "Baku"], AlignedWith = ["turkey"] };

    /// <summary>Gets the Republic of Armenia.</summary>
    public static Party Armenia { get; } = new("armenia", "Armenia") { Aliases = ["Armenian", "Yerevan"], AlignedWith = ["artsakh"] };

    /// <summary>Gets the self-proclaimed Republic of Artsakh (Nagorno-Karabakh Republic).</summary>
    public static Party Artsakh { get; } = new("artsakh", "Artsakh") { Aliases = ["Republic of Artsakh", "Nagorno-Karabakh Republic", "Stepanakert"], AlignedWith = ["armenia"] };

    /// <summary>Gets the Republic of Türkiye.</summary>
    public static Party Turkey { get; } = new("turkey", "Turkey") { Aliases = ["Türkiye", "Turkish", "Ankara"], AlignedWith = ["azerbaijan"] };

    /// <summary>Gets the five parties above, in a stable order.</summary>
    public static ImmutableArray<Party> All { get; } = [Russia, Azerbaijan, Armenia, Artsakh, Turkey];
}

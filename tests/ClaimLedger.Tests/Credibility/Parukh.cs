using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Credibility;

/// <summary>
/// The Parukh claims as the seed holds them: the Russian MoD (via TASS) said Azerbaijani forces withdrew; the
/// Azerbaijani MoD denied withdrawing; Artsakh's State Minister said on 30 March that Parukh remained occupied.
/// </summary>
internal static class Parukh
{
    internal static readonly Claim Withdrawal = Claim("parukh-ru-mod-withdrawal", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh",
        time: "27 March 2022", stated: "27 March 2022", relays: ["tass"]);

    internal static readonly Claim WithdrawalRelayedAgain = Claim("parukh-ru-mod-withdrawal-ria", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh",
        time: "27 March 2022", stated: "27 March 2022", relays: ["ria"]);

    internal static readonly Claim Denial = Claim("parukh-az-mod-denial", "az-mod", "party:azerbaijan", "withdrew-from", "place:parukh",
        stance: Stance.Denies, time: "27 March 2022", stated: "late March 2022");

    internal static readonly Claim RemainsOccupied = Claim("parukh-artsakh-occupied", "beglaryan", "party:azerbaijan", "controls", "place:parukh",
        time: "between 24 and 30 March 2022", stated: "30 March 2022");

    internal static Ledger Ledger { get; } = Build(Withdrawal, Denial, RemainsOccupied);

    internal static Ledger WithTwoRelayChains { get; } = Build(Withdrawal, WithdrawalRelayedAgain, Denial, RemainsOccupied);
}

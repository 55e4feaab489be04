using ClaimLedger.Validation;
using FsCheck.Xunit;
using static ClaimLedger.Tests.TestData;

namespace ClaimLedger.Tests.Validation;

/// <summary>
/// Valid claims are checked by a fast path before the FluentValidation rules run; a fast path that let one bad claim
/// through would let bad data into a ledger silently. Here every kind of fault, hidden among valid claims, must be
/// reported, and the builder must be left unchanged.
/// </summary>
public class FaultInjectionTests
{
    // Every rule's faults, from the table that is checked against the validators' own rules, and the batch-wide
    // fault of a duplicate id.
    private static readonly Func<Claim, Claim>[] Faults = [.. FastCheckRuleTests.AllClaimFaults, c => c with { Id = "c0" }];

    [Property(MaxTest = 200)]
    public bool Add_AnySingleFaultAmongValidClaims_IsReportedAndChangesNothing(int count, int position, int fault)
    {
        int n = Math.Abs(count % 20) + 2;
        var claims = Enumerable.Range(0, n)
            .Select(i => Claim($"c{i}", "ru-mod", "party:azerbaijan", i % 2 == 0 ? "withdrew-from" : "controls", "place:parukh",
                relays: i % 3 == 0 ? ["tass"] : null, statedAfter: i > 0 && i % 4 == 0 ? $"c{i - 1}" : null, quote: "words"))
            .ToArray();
        int at = Math.Abs(position % (n - 1)) + 1;
        claims[at] = Faults[Math.Abs(fault % Faults.Length)](claims[at]);
        var builder = new LedgerBuilder().Add(World);

        bool added = builder.TryAdd(new LedgerBatch { Claims = [.. claims] }, out var problems);

        return !added && problems.Length >= 1 && problems.All(p => p.Path.StartsWith("claims[", StringComparison.Ordinal))
            && builder.Build().Claims.Count == 0;
    }

    [Fact]
    public void Add_TheSameClaimsWithoutFaults_Succeeds()
    {
        var claims = Enumerable.Range(0, 10)
            .Select(i => Claim($"c{i}", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh", relays: ["tass"], quote: "words"));

        new LedgerBuilder().Add(World).AddClaim(claims).ClaimCount.Should().Be(10);
    }
}

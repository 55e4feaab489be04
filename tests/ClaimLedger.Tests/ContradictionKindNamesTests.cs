using ClaimLedger.Contradictions;

namespace ClaimLedger.Tests;

public class ContradictionKindNamesTests
{
    [Theory]
    [InlineData(ContradictionKind.Denial, "denial", "denial")]
    [InlineData(ContradictionKind.IncompatibleValues, "incompatible-values", "incompatible values")]
    [InlineData(ContradictionKind.OppositeCharacterisations, "opposite-characterisations", "opposite characterisations")]
    public void Names_OfAKind_AreKebabAndWords(ContradictionKind kind, string kebab, string words)
    {
        kind.ToKebabCase().Should().Be(kebab);
        kind.ToWords().Should().Be(words);
    }

    [Fact]
    public void TryParse_EveryKindsKebabName_RoundTrips()
    {
        foreach (ContradictionKind kind in Enum.GetValues<ContradictionKind>())
        {
            ContradictionKindNames.TryParse(kind.ToKebabCase(), out ContradictionKind parsed).Should().BeTrue();
            parsed.Should().Be(kind);
        }
    }

    [Theory]
    [InlineData("IncompatibleValues")]
    [InlineData("incompatible values")]
    [InlineData("")]
    public void TryParse_NotAKebabName_IsFalse(string name) =>
        ContradictionKindNames.TryParse(name, out _).Should().BeFalse();
}

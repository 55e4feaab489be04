namespace ClaimLedger.Package.Tests;

public class PackageSmokeTests
{
    [Fact]
    public void Placeholder_UntilPackingLands() => typeof(PackageSmokeTests).Namespace.Should().Be("ClaimLedger.Package.Tests");
}

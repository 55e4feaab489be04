namespace ClaimLedger.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_IsLoadable() => typeof(SmokeTests).Assembly.GetName().Name.Should().Be("ClaimLedger.Tests");
}

namespace ClaimLedger.Sample.Tests;

public class SampleSmokeTests
{
    [Fact]
    public void SampleAssembly_IsReferenced() => typeof(Program).Assembly.GetName().Name.Should().Be("ClaimLedger.Sample");
}

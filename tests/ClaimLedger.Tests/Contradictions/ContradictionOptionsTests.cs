using ClaimLedger.Contradictions;

namespace ClaimLedger.Tests.Contradictions;

public class ContradictionOptionsTests
{
    [Fact]
    public void Default_RunsTheBuiltInRulesWithBuiltInUnitsAndDropsSupersededFigures()
    {
        ContradictionOptions options = ContradictionOptions.Default;

        options.UseBuiltInRules.Should().BeTrue();
        options.Rules.Should().BeEmpty();
        options.Units.Should().BeSameAs(UnitVocabulary.BuiltIn);
        options.Quantities.Should().Be(QuantityOptions.Default);
        options.KeepSuperseded.Should().BeFalse();
        options.MaxDegreeOfParallelism.Should().Be(0, "every core by default");
        new ContradictionOptions().Should().Be(options);
        new ContradictionOptions { MaxDegreeOfParallelism = 1 }.Should().NotBe(options);
    }

    [Fact]
    public void MaxDegreeOfParallelism_Negative_IsRefusedWithItsNameAndValue()
    {
        Action set = () => _ = new ContradictionOptions { MaxDegreeOfParallelism = -2 };

        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism").WithMessage("*cannot be negative*");
    }

    [Fact]
    public void Units_Null_IsRefusedWithItsName()
    {
        Action set = () => _ = new ContradictionOptions { Units = null! };

        set.Should().Throw<ArgumentNullException>().WithParameterName("Units");
    }

    [Fact]
    public void Quantities_Null_IsRefusedWithItsName()
    {
        Action set = () => _ = new ContradictionOptions { Quantities = null! };

        set.Should().Throw<ArgumentNullException>().WithParameterName("Quantities");
    }

    [Fact]
    public void Rules_WithANullRule_AreRefused_AndADefaultArrayIsNone()
    {
        Action set = () => _ = new ContradictionOptions { Rules = [null!] };

        set.Should().Throw<ArgumentException>().WithParameterName("Rules");
        new ContradictionOptions { Rules = default }.Rules.Should().BeEmpty();
    }
}

using ClaimLedger.Credibility;

namespace ClaimLedger.Tests.Credibility;

/// <summary>The credibility options: their defaults, and each value refused where it is set when out of its range.</summary>
public class OptionsTests
{
    [Fact]
    public void IndependenceOptions_Defaults()
    {
        IndependenceOptions.Default.SamePartyVoiceWeight.Should().Be(0.25);
        IndependenceOptions.Default.AlignedPartyWeight.Should().Be(0.5);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void IndependenceOptions_WeightOutOfRange_IsRefusedNamingIt(double weight)
    {
        Action set = () => _ = new IndependenceOptions { AlignedPartyWeight = weight };

        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(IndependenceOptions.AlignedPartyWeight))
            .WithMessage("AlignedPartyWeight must be between 0 and 1*");
    }

    [Fact]
    public void TruthDiscoveryOptions_Defaults()
    {
        TruthDiscoveryOptions o = TruthDiscoveryOptions.Default;

        (o.MaxIterations, o.Tolerance, o.UngradedPrior, o.PriorWeight, o.CopyDiscount, o.CopyPrior, o.CopyRate, o.MinimumSharedForCopy, o.SameSideDependence)
            .Should().Be((100, 1e-6, 0.5, 2.0, 1.0, 0.2, 0.8, 2, 0.5));
        (o.FalseValues, o.SimilarityWeight).Should().Be((100, 0.5));
        o.Similarity.Should().BeSameAs(ValueSimilarity.Default);
        o.PriorFor(ReliabilityGrade.A).Should().Be(0.9);
        o.PriorFor(null).Should().Be(0.5);
    }

    public static TheoryData<Action, string> OutOfRange => new()
    {
        { () => _ = new TruthDiscoveryOptions { MaxIterations = 0 }, "MaxIterations" },
        { () => _ = new TruthDiscoveryOptions { Tolerance = 0 }, "Tolerance" },
        { () => _ = new TruthDiscoveryOptions { UngradedPrior = 1 }, "UngradedPrior" },
        { () => _ = new TruthDiscoveryOptions { PriorWeight = -1 }, "PriorWeight" },
        { () => _ = new TruthDiscoveryOptions { CopyDiscount = 2 }, "CopyDiscount" },
        { () => _ = new TruthDiscoveryOptions { CopyPrior = 0 }, "CopyPrior" },
        { () => _ = new TruthDiscoveryOptions { CopyRate = 1 }, "CopyRate" },
        { () => _ = new TruthDiscoveryOptions { FalseValues = 0 }, "FalseValues" },
        { () => _ = new TruthDiscoveryOptions { SimilarityWeight = 1.5 }, "SimilarityWeight" },
        { () => _ = new TruthDiscoveryOptions { MinimumSharedForCopy = 0 }, "MinimumSharedForCopy" },
        { () => _ = new TruthDiscoveryOptions { SameSideDependence = 1.1 }, "SameSideDependence" },
        { () => _ = new TruthDiscoveryOptions { GradePriors = ImmutableDictionary<ReliabilityGrade, double>.Empty.Add(ReliabilityGrade.B, 1.0) }, "GradePriors[B]" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void TruthDiscoveryOptions_OutOfRange_IsRefusedWhereSetNamingIt(Action set, string name) =>
        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name).WithMessage($"{name} must be*");

    [Fact]
    public void TruthDiscoveryOptions_NullSimilarity_IsRefused()
    {
        Action set = () => _ = new TruthDiscoveryOptions { Similarity = null! };

        set.Should().Throw<ArgumentNullException>().WithParameterName("Similarity");
    }

    [Fact]
    public void TruthDiscoveryOptions_NullPriors_AreRefused()
    {
        Action set = () => _ = new TruthDiscoveryOptions { GradePriors = null! };

        set.Should().Throw<ArgumentNullException>().WithParameterName("GradePriors");
    }
}

using System.Text;
using ClaimLedger.Fuzz;

namespace ClaimLedger.Tests.Fuzzing;

/// <summary>
/// A short, deterministic pass of the in-process mutation fuzzer over the loader and every parser: a fixed seed, a
/// fixed number of inputs from the committed corpus, a few seconds in all. Longer runs (and coverage-guided ones with
/// libFuzzer or AFL++) are in tests/ClaimLedger.Fuzz/README.md.
/// </summary>
public class MutationFuzzPassTests
{
    private const int Seed = 15;

    [Theory]
    [InlineData("load", "load", 4000)]
    [InlineData("date", "date", 6000)]
    [InlineData("quantity", "quantity", 6000)]
    [InlineData("term", "term", 3000)]
    [InlineData("grade", "term", 3000)]
    [InlineData("csv", "csv", 1500)]
    [InlineData("claimreview", "claimreview", 1500)]
    public void Target_FixedSeedAndCount_FindsNothing(string target, string corpus, int inputs)
    {
        var fuzzer = new MutationFuzzer(Corpus(corpus), Seed);

        IReadOnlyList<(byte[] Input, Exception Failure)> failures = fuzzer.Run(target, inputs);

        failures.Select(f => $"{f.Failure.GetType().Name}: {f.Failure.Message} for {Convert.ToBase64String(f.Input)}").Should().BeEmpty();
    }

    [Fact]
    public void Next_SameSeed_MakesTheSameInputs()
    {
        byte[][] corpus = Corpus("date");

        var a = new MutationFuzzer(corpus, Seed);
        var b = new MutationFuzzer(corpus, Seed);

        Enumerable.Range(0, 100).Select(_ => Convert.ToBase64String(a.Next()))
            .Should().Equal(Enumerable.Range(0, 100).Select(_ => Convert.ToBase64String(b.Next())));
    }

    [Fact]
    public void Targets_ReproducersPassAndAnUnknownTargetIsRefused()
    {
        var act = () => FuzzTargets.Run("nothing", Encoding.UTF8.GetBytes("x"));

        act.Should().Throw<ArgumentException>();
        FuzzTargets.Run("load", Encoding.UTF8.GetBytes("{\"x\": /*c*/ 5}"));
        FuzzTargets.Run("date", Encoding.UTF8.GetBytes("\uFF12\uFF10\uFF12\uFF12"));
    }

    private static byte[][] Corpus(string name) =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "FuzzCorpus", name)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
}

using System.Diagnostics;
using ClaimLedger;
using ClaimLedger.Data;
using ClaimLedger.Fuzz;
using ClaimLedger.Serialization;
using SharpFuzz;

// Entry points for the fuzzers (see README.md): libFuzzer and AFL++ through SharpFuzz, the in-process mutation
// fuzzer for a set time, and a save loop that the kill test of saving runs as a child process.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ClaimLedger.Fuzz (libfuzzer|afl) TARGET | mutate TARGET SECONDS CORPUS_DIR [SEED] | save-loop FILE");
    Console.Error.WriteLine($"targets: {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}

switch (args[0])
{
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => FuzzTargets.Run(args[1], span));
        return 0;
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            FuzzTargets.Run(args[1], copy.ToArray());
        });
        return 0;
    case "mutate" when args.Length >= 4:
        return Mutate(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3],
            args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1);
    case "save-loop":
        SaveLoop(args[1]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}'");
        return 2;
}

static int Mutate(string target, double seconds, string corpusDirectory, int seed)
{
    byte[][] corpus = [.. Directory.GetFiles(corpusDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    var fuzzer = new MutationFuzzer(corpus, seed);
    var clock = Stopwatch.StartNew();
    long runs = 0;
    int found = 0;
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        foreach ((byte[] input, Exception failure) in fuzzer.Run(target, 1000))
        {
            string file = $"finding-{target}-{seed}-{runs}-{found++}.bin";
            File.WriteAllBytes(file, input);
            Console.WriteLine($"{file}: {failure.GetType().Name}: {failure.Message}");
        }

        runs += 1000;
    }

    Console.WriteLine($"{target}: {runs} inputs in {clock.Elapsed.TotalSeconds:F0} s, {found} findings");
    return found == 0 ? 0 : 1;
}

// Saves two different ledgers in turn until killed: the kill test checks that the file is always one of them whole.
static void SaveLoop(string path)
{
    Ledger small = new LedgerBuilder { Title = "small" }.Build();
    Ledger large = BundledLedgers.NagornoKarabakh;
    Console.WriteLine("saving");
    for (long i = 0; ; i++)
    {
        LedgerFile.Save(i % 2 == 0 ? large : small, path);
    }
}

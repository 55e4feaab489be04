using PublicApiGenerator;

namespace ClaimLedger.Package.Tests;

/// <summary>Every change to the public API shows up as a reviewed diff of a committed file.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedFile()
    {
        string approvedPath = Repository.PathOf("tests", "ClaimLedger.Package.Tests", "PublicApi", "ClaimLedger.approved.txt");
        string receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        string received = Normalise(typeof(Ledger).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        string approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : string.Empty;

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of ClaimLedger differs from {approvedPath}. The API as built is in {receivedPath}. "
            + $"Review the difference (diff -u {approvedPath} {receivedPath}); if it is intended, approve it with "
            + $"'mv {receivedPath} {approvedPath}', note it in CHANGELOG.md and commit both.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}

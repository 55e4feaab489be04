using ClaimLedger.Serialization;
using ClaimLedger.Validation;

namespace ClaimLedger.Tests.Serialization;

/// <summary>
/// A problem the validators find in a file's item names the item as the file does, with the line and position where
/// the item starts, even when items before it could not be read and so never reached the batch.
/// </summary>
public class ProblemOriginTests
{
    private const string File = """
        {
          "format": "claimledger",
          "version": 2,
          "parties": [
            "not an object",
            { "id": "az", "name": "Azerbaijan" },
            { "id": "az", "name": "Azerbaijan again" },
            { "id": "ru", "name": "Russia" }
          ],
          "sources": [
            42,
            { "id": "ru-mod", "name": "Russian Ministry of Defence", "kind": "government", "party": "nobody" }
          ]
        }
        """;

    [Fact]
    public void Load_ProblemsOfItemsAfterAnUnreadableOne_NameTheFileIndexLineAndPosition()
    {
        var act = () => LedgerFile.Parse(File);

        var problems = act.Should().Throw<LedgerValidationException>().Which.Problems;
        problems.Should().ContainSingle(p => p.Code == ErrorCodes.DuplicateId).Which.Should().Match<ValidationProblem>(p =>
            p.Path == "parties[2].id" && p.Message == "the party id 'az' is already used by parties[1]" && p.Line == 7 && p.Position == 5);
        problems.Should().ContainSingle(p => p.Code == ErrorCodes.UnknownReference).Which.Should().Match<ValidationProblem>(p =>
            p.Path == "sources[1].party" && p.Line == 12 && p.Position == 5);
    }

    [Fact]
    public void Add_ProblemsOfABatchBuiltInCode_HaveItsIndexesAndNoLine()
    {
        var batch = new LedgerBatch { Parties = [new Party("az", "Azerbaijan"), new Party("az", "Azerbaijan again")] };

        new LedgerBuilder().TryAdd(batch, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
            p.Path == "parties[1].id" && p.Message == "the party id 'az' is already used by parties[0]" && p.Line == null && p.Position == null);
    }
}

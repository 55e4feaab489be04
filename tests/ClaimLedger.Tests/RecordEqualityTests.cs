using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClaimLedger.Tests;

/// <summary>
/// Every public record that holds a list compares the list by its contents: a record's generated equality compares an
/// <see cref="ImmutableArray{T}"/> by reference, so two equal results would differ. Written once, by reflection.
/// </summary>
public class RecordEqualityTests
{
    public static TheoryData<Type> RecordsWithLists => [.. typeof(Ledger).Assembly.GetExportedTypes()
        .Where(t => t.GetMethod("<Clone>$") is not null)
        .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RecordsWithLists))]
    public void Record_WithAList_DeclaresEqualityByContents(Type record)
    {
        MethodInfo equals = record.GetMethod("Equals", [record])!;

        equals.GetCustomAttribute<CompilerGeneratedAttribute>().Should().BeNull($"{record.Name} must compare its lists by contents, not by reference");
    }

    [Fact]
    public void RecordsWithLists_AreFound() => RecordsWithLists.Count.Should().BeGreaterThan(10);

    [Fact]
    public void Voice_WithEqualClaimsInAnotherArray_IsEqual()
    {
        Claim claim = TestData.Claim("c1", "ru-mod", "party:azerbaijan", "withdrew-from", "place:parukh");
        var first = new ClaimLedger.Contradictions.Voice("ru-mod", "russia", [claim]);
        var second = new ClaimLedger.Contradictions.Voice("ru-mod", "russia", [claim]);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
        (second with { Claims = [] }).Should().NotBe(first);
    }
}

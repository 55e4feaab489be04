using System.Reflection;
using ClaimLedger.Internal;

namespace ClaimLedger.Tests;

/// <summary>Every identifier type: a null converted to it says which type it was meant to be.</summary>
public class IdentifierConversionTests
{
    public static TheoryData<Type> IdentifierTypes() =>
        [typeof(PartyId), typeof(SourceId), typeof(PlaceId), typeof(IncidentId), typeof(ClaimId), typeof(PredicateId)];

    [Theory]
    [MemberData(nameof(IdentifierTypes))]
    public void ImplicitConversion_FromNull_ThrowsNamingTheType(Type idType)
    {
        MethodInfo conversion = idType.GetMethod("op_Implicit", [typeof(string)])!;

        Action act = () => conversion.Invoke(null, [null]);

        act.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>()
            .Which.Message.Should().StartWith($"a {idType.Name} cannot be null").And.StartWith(Identifier.NullMessage(idType.Name));
    }

    [Theory]
    [MemberData(nameof(IdentifierTypes))]
    public void Constructor_WithInvalidText_NamesTheType(Type idType)
    {
        Action act = () => Activator.CreateInstance(idType, "bad id");

        act.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentException>()
            .Which.Message.Should().StartWith($"'bad id' is not a valid {idType.Name}: ");
    }

    [Fact]
    public void OptionalParty_GivenANullString_SaysAPartyIdCannotBeNull()
    {
        string? party = null;

        Action act = () => _ = new Source("ru-mod", "Russian Ministry of Defence", SourceKind.Military) { Party = party! };

        act.Should().Throw<ArgumentNullException>().WithMessage("a PartyId cannot be null*");
    }
}

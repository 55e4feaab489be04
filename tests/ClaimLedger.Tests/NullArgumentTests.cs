using System.Reflection;
using ClaimLedger.Contradictions;
using ClaimLedger.Data;
using ClaimLedger.Serialization;

namespace ClaimLedger.Tests;

/// <summary>
/// Every public method and constructor of the library rejects null for each parameter that is not annotated as
/// nullable, with an <see cref="ArgumentNullException"/> naming that parameter. Written once, by reflection.
/// </summary>
public class NullArgumentTests
{
    private static readonly Ledger Sample = BundledLedgers.NagornoKarabakh;
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(string)] = "27 March 2022",
        [typeof(Ledger)] = Sample,
        [typeof(Claim)] = Sample.GetClaim("parukh-ru-mod-withdrawn"),
        [typeof(Proposition)] = Sample.GetClaim("parukh-ru-mod-withdrawn").Proposition,
        [typeof(Attribution)] = Sample.GetClaim("parukh-ru-mod-withdrawn").Attribution,
        [typeof(Term)] = Term.Party("azerbaijan"),
        [typeof(FuzzyDate)] = FuzzyDate.Parse("March 2022"),
        [typeof(Quantity)] = Quantity.Parse("about 2,000"),
        [typeof(LedgerBatch)] = LedgerBatch.Empty,
        [typeof(ContradictionFilter)] = ContradictionFilter.None,
        [typeof(ContradictionOptions)] = ContradictionOptions.Default,
        [typeof(QuantityOptions)] = QuantityOptions.Default,
        [typeof(LedgerFileOptions)] = LedgerFileOptions.Default,
        [typeof(Stream)] = new MemoryStream(),
        [typeof(ContradictionEngine)] = ContradictionEngine.Default,
        [typeof(LedgerBuilder)] = new LedgerBuilder(),
        [typeof(Predicate)] = BuiltInPredicates.Controls,
        [typeof(PartyId)] = new PartyId("azerbaijan"),
        [typeof(SourceId)] = new SourceId("ru-mod"),
        [typeof(PlaceId)] = new PlaceId("parukh"),
        [typeof(IncidentId)] = new IncidentId("parukh-2022"),
        [typeof(ClaimId)] = new ClaimId("parukh-ru-mod-withdrawn"),
        [typeof(PredicateId)] = new PredicateId("controls"),
        [typeof(int)] = 2022,
        [typeof(int?)] = 2022,
        [typeof(bool)] = false,
        [typeof(decimal)] = 3m,
        [typeof(LocalDate)] = new LocalDate(2022, 3, 27),
        [typeof(YearMonth)] = new YearMonth(2022, 3),
        [typeof(LocalTime)] = new LocalTime(7, 0),
    };

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var (member, parameter) in Cases())
        {
            data.Add($"{member.DeclaringType!.Name}.{member.Name}({parameter.Name})");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void PublicMember_NullForNonNullableParameter_ThrowsArgumentNullException(string name)
    {
        var (member, parameter) = Cases().Single(c => $"{c.Member.DeclaringType!.Name}.{c.Member.Name}({c.Parameter.Name})" == name);
        object?[] arguments = member.GetParameters().Select(p => p == parameter ? null : SampleFor(p.ParameterType)).ToArray();
        object? instance = member.IsStatic || member is ConstructorInfo ? null : SampleFor(member.DeclaringType!);

        Action act = () =>
        {
            try
            {
                object? result = member is ConstructorInfo ctor ? ctor.Invoke(arguments) : member.Invoke(instance, arguments);
                if (result is System.Collections.IEnumerable sequence and not string)
                {
                    foreach (object? _ in sequence)
                    {
                    }
                }
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        };

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(parameter.Name);
    }

    [Fact]
    public void Cases_CoverTheMainEntryPoints()
    {
        var names = Cases().Select(c => $"{c.Member.DeclaringType!.Name}.{c.Member.Name}").ToHashSet();
        names.Should().Contain(["LedgerBuilder.Add", "LedgerFile.Load", "LedgerFile.Save", "ContradictionEngine.FindAll", "FuzzyDate.Parse", "Quantity.Parse", "Term.Parse", "Ledger.FindPlace"]);
    }

    private static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> Cases()
    {
        IEnumerable<Type> types = typeof(Ledger).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !t.IsGenericTypeDefinition);
        foreach (Type type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            IEnumerable<MethodBase> members = type.GetConstructors()
                .Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.Name is not ("Equals" or "Deconstruct" or "<Clone>$" or "PrintMembers")));
            foreach (MethodBase member in members.OrderBy(m => m.ToString(), StringComparer.Ordinal))
            {
                ParameterInfo[] parameters = member.GetParameters();
                if (parameters.Any(p => p.IsOut || p.ParameterType.IsByRef || !CanSample(p.ParameterType) && !IsCandidate(p))
                    || (!member.IsStatic && member is not ConstructorInfo && !CanSample(type)))
                {
                    continue;
                }

                foreach (ParameterInfo parameter in parameters.Where(IsCandidate))
                {
                    if (parameters.Where(p => p != parameter).All(p => CanSample(p.ParameterType) || Nullable(p)))
                    {
                        yield return (member, parameter);
                    }
                }
            }
        }
    }

    private static bool IsCandidate(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && !Nullable(parameter) && !parameter.ParameterType.IsByRef;

    private static bool Nullable(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.Nullable;

    private static bool CanSample(Type type) => Samples.ContainsKey(type) || type.IsEnum || IsSequence(type);

    private static bool IsSequence(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || type.IsArray;

    private static object? SampleFor(Type type)
    {
        if (Samples.TryGetValue(type, out object? value))
        {
            return value is MemoryStream ? new MemoryStream() : value;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (IsSequence(type))
        {
            Type element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            return Array.CreateInstance(element, 0);
        }

        return null;
    }
}

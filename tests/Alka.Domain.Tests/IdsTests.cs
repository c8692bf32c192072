using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using CsCheck;

namespace Alka.Domain.Tests;

/// <summary>
/// The ids of every public enum (<see cref="Ids"/>). They are public API: <c>ids.csv</c> (<c>enum,member,id</c>, an
/// empty id for a member without one) was generated once, from the <c>*Ids</c> classes the attributes replaced, and is
/// never regenerated; any change of an id, a member or an enum fails here.
/// </summary>
public class IdsTests
{
    private static readonly Type[] Enums =
        [.. typeof(Ids).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static TheoryData<Type> EnumsWithIds => [.. Enums.Where(e => Fields(e).Any(f => IdOf(f) is not null))];

    // Ids the command-line contract (cli.md) makes public.
    public static TheoryData<Type, string[]> ContractIds => new()
    {
        { typeof(Region), ["north", "haifa", "tel-aviv-center", "jerusalem", "south"] },
        { typeof(District), ["jerusalem", "north", "haifa", "center", "tel-aviv", "south", "judea-samaria"] },
        { typeof(MunicipalStatus), ["city", "local-council", "regional-council"] },
        { typeof(ParticipantRole), ["council-head", "district-manager", "senior-official", "deputy-director-general", "manager", "board-member", "other"] },
        { typeof(Sector), ["central-government", "local-government", "statutory-body", "civil-society", "business", "philanthropy", "academia"] },
        { typeof(MeetingKind), ["forum", "national", "steering-committee", "expanded-steering-committee", "planning-team", "study-tour", "cohort-meeting"] },
        { typeof(MeritCriterion), ["leadership", "leads-change", "teamwork", "social-awareness", "affinity", "commitment"] },
        { typeof(Community), ["jewish", "muslim", "christian-western", "christian-orthodox", "druze"] },
        { typeof(DayVerdict), ["ok", "avoid", "blocked"] },
        { typeof(PeripheryStatus), ["center", "periphery"] },
        { typeof(SelectionDecision), ["admitted", "waitlisted", "not-selected", "ineligible"] },
        { typeof(EligibilityRuleKind), ["role", "sector", "serving", "locality-population", "dg-nomination", "steering-recommendation"] },
    };

    [Fact]
    public void EveryEnumMember_HasTheIdOfTheCommittedTable()
    {
        var table = File.ReadAllLines(Path.Combine(TestData.RepositoryRoot, "tests", "Alka.Domain.Tests", "ids.csv"));

        string[] actual =
        [
            "enum,member,id",
            .. Enums.SelectMany(e => Fields(e).Select(f => $"{e.Name},{f.Name},{(Call(nameof(Ids.IsDefined), f) is true ? Call(nameof(Ids.ToId), f) : "")}")),
        ];

        actual.Should().Equal(table, "an id is public API: ids.csv is never regenerated");
    }

    [Theory]
    [MemberData(nameof(EnumsWithIds))]
    public void Ids_AreKebabCaseUniqueParsedBackAndWrittenToJsonAsIs(Type type) =>
        typeof(IdsTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null);

    [Theory]
    [MemberData(nameof(EnumsWithIds))]
    public void EnumWithIds_HasAnIdOnEveryMemberButFlagsNone_AndNamesItsConverter(Type type)
    {
        Fields(type).Where(f => IdOf(f) is null).Select(f => f.Name)
            .Should().BeEquivalentTo(type.IsDefined(typeof(FlagsAttribute)) ? ["None"] : Array.Empty<string>());
        type.GetCustomAttribute<JsonConverterAttribute>()!.ConverterType.Should().Be(typeof(IdJsonConverter<>).MakeGenericType(type));
    }

    [Fact]
    public void EnumsWithoutIds_AreTheseFour() =>
        Enums.Where(e => Fields(e).All(f => IdOf(f) is null)).Should().Equal(
            typeof(CommunityDayRuleKind), typeof(DayStanding), typeof(HebrewMonth), typeof(WeekdayAlignment));

    [Theory]
    [MemberData(nameof(ContractIds))]
    public void Ids_OfTheCommandLineContract_AreExactlyThese(Type type, string[] ids) =>
        ((System.Collections.IEnumerable)Call(nameof(Ids.All), type)!).Cast<object>().Select(v => Call(nameof(Ids.ToId), type, v)).Should().Equal(ids);

    [Fact]
    public void ToId_ValueWithoutAnId_Throws()
    {
        FluentActions.Invoking(() => ((Region)0).ToId()).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
        FluentActions.Invoking(() => ((MeetingKind)99).ToId()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewMonth.Tishrei.ToId()).Should().Throw<ArgumentOutOfRangeException>("an enum without ids has no id");
        FluentActions.Invoking(() => ObservanceCategories.None.ToId()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => (ObservanceCategories.RestDay | ObservanceCategories.Eve).ToId()).Should().Throw<ArgumentOutOfRangeException>("two flags are not one member");
    }

    [Fact]
    public void TryParse_IsOrdinalAndCaseSensitive()
    {
        Ids.TryParse("tel-aviv-center", out Region region).Should().BeTrue();
        region.Should().Be(Region.TelAvivCenter);
        foreach (var id in new[] { "Tel-Aviv-Center", "tel-aviv-center ", "TelAvivCenter", "3", "", null })
        {
            Ids.TryParse(id, out region).Should().BeFalse(id);
            region.Should().Be((Region)0);
        }

        Ids.TryParse("north", out MeetingKind _).Should().BeFalse("an id belongs to its own enum");
        Ids.TryParse("north", out HebrewMonth _).Should().BeFalse();
    }

    [Fact]
    public void All_IsEveryMemberWithAnIdInDeclarationOrder_ReadOnly()
    {
        Ids.All<ObservanceCategories>().Should().Equal(
            ObservanceCategories.National, ObservanceCategories.RestDay, ObservanceCategories.CholHamoed, ObservanceCategories.Eve,
            ObservanceCategories.Fast, ObservanceCategories.FastEve, ObservanceCategories.Memorial, ObservanceCategories.Minor,
            ObservanceCategories.SpecialShabbat, ObservanceCategories.RoshChodesh);
        Ids.All<HebrewMonth>().Should().BeEmpty();
        Ids.All<Region>().Should().BeSameAs(Ids.All<Region>()).And.NotBeAssignableTo<Region[]>();
    }

    [Fact]
    public void AnyValue_IsDefinedToIdAndParsedBack_AsTheAttributesSay() =>
        Gen.Int[-3, 1100].Sample(i =>
        {
            Expect((MeetingKind)i);
            Expect((ObservanceCategories)i);
            Expect((SparseIds)(i * 1_000_000_000_000L));
            Expect((ByteIds)(byte)i);
        });

    [Fact]
    public void ToIds_JoinsTheFlagsInDeclarationOrder_OrThrows()
    {
        (ObservanceCategories.RestDay | ObservanceCategories.National).ToIds("|").Should().Be("national|rest-day");
        (ObservanceCategories.CholHamoed | ObservanceCategories.Eve).ToIds(", ").Should().Be("chol-hamoed, eve");
        ObservanceCategories.None.ToIds("|").Should().BeEmpty();
        FluentActions.Invoking(() => ((ObservanceCategories)(1 << 12)).ToIds("|")).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("flags");
        FluentActions.Invoking(() => Region.North.ToIds("|")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("flags");
        FluentActions.Invoking(() => ObservanceCategories.Eve.ToIds(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AnyFlags_ToIds_IsTheIdsOfItsSetFlags() =>
        Gen.Int[0, (1 << 10) - 1].Sample(bits =>
            ((ObservanceCategories)bits).ToIds("|").Should().Be(string.Join('|', Fields(typeof(ObservanceCategories))
                .Where(f => IdOf(f) is not null && (bits & (int)f.GetValue(null)!) != 0).Select(IdOf))));

    [Fact]
    public void AValueNamedTwice_TakesTheFirstMembersId_AndAnIdNamingTwoMembers_Throws()
    {
        Aliases.Uno.ToId().Should().Be("one");
        Ids.TryParse("uno", out Aliases uno).Should().BeTrue();
        uno.Should().Be(Aliases.One);
        FluentActions.Invoking(() => DuplicateIds.A.ToId()).Should().Throw<TypeInitializationException>()
            .WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public void Sector_OfEachOrganizationKind_IsASector() =>
        Ids.All<OrganizationKind>().Select(Organization.SectorOf).Should().OnlyContain(s => Ids.IsDefined(s));

    /// <summary>
    /// <c>docs/ids.md</c> lists every id with its member's summary; this test fails when it is stale, and rewrites it
    /// when <c>ALKA_UPDATE_DOCS=1</c>.
    /// </summary>
    [Fact]
    public void IdsPage_IsTheCommittedDocsFile()
    {
        var path = Path.Combine(TestData.RepositoryRoot, "docs", "ids.md");
        var page = IdsPage.Write(Enums);
        if (Environment.GetEnvironmentVariable("ALKA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page);
        }

        File.ReadAllText(path).Should().Be(page, "docs/ids.md is stale: run the tests with ALKA_UPDATE_DOCS=1");
    }

    private static void Check<T>()
        where T : struct, Enum
    {
        var all = Ids.All<T>();
        all.Should().Equal(Fields(typeof(T)).Where(f => IdOf(f) is not null).Select(f => (T)f.GetValue(null)!));
        var ids = all.Select(v => v.ToId()).ToList();
        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        var json = AlkaJson.Options.TryGetTypeInfo(typeof(T), out var info) ? info : null;
        foreach (var value in all)
        {
            Ids.IsDefined(value).Should().BeTrue();
            Ids.TryParse(value.ToId(), out T parsed).Should().BeTrue();
            parsed.Should().Be(value);
            if (json is not null && !typeof(T).IsDefined(typeof(FlagsAttribute)))
            {
                JsonSerializer.Serialize(value, json).Should().Be($"\"{value.ToId()}\"");
            }
        }
    }

    // What the attributes say, read without Ids.
    private static void Expect<T>(T value)
        where T : struct, Enum
    {
        var member = Fields(typeof(T)).FirstOrDefault(f => f.GetValue(null)!.Equals(value) && IdOf(f) is not null);
        var id = member is null ? null : IdOf(member);
        Ids.IsDefined(value).Should().Be(id is not null, value.ToString());
        if (id is null)
        {
            FluentActions.Invoking(() => value.ToId()).Should().Throw<ArgumentOutOfRangeException>();
            return;
        }

        value.ToId().Should().Be(id);
        Ids.TryParse(id, out T parsed).Should().BeTrue();
        parsed.Should().Be(value);
    }

    private static FieldInfo[] Fields(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static);

    private static string? IdOf(FieldInfo field) => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name;

    // Calls Ids.<method><T> for the enum of a field (with the field's value) or of a type.
    private static object? Call(string method, FieldInfo field) => Call(method, field.DeclaringType!, field.GetValue(null));

    private static object? Call(string method, Type type, params object?[] arguments)
    {
        var generic = typeof(Ids).GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length);
        return generic.MakeGenericMethod(type).Invoke(null, arguments);
    }

    public enum SparseIds : long
    {
        [JsonStringEnumMemberName("least")]
        Least = -2_000_000_000_000L,

        Zero = 0,

        [JsonStringEnumMemberName("most")]
        Most = 1_000_000_000_000L * 1100,
    }

    public enum ByteIds : byte
    {
        [JsonStringEnumMemberName("two")]
        Two = 2,

        [JsonStringEnumMemberName("max")]
        Max = byte.MaxValue,
    }

#pragma warning disable CA1069 // Two names of one value: what the test is about.
    public enum Aliases
    {
        [JsonStringEnumMemberName("one")]
        One = 1,

        [JsonStringEnumMemberName("uno")]
        Uno = 1,
    }
#pragma warning restore CA1069

    public enum DuplicateIds
    {
        [JsonStringEnumMemberName("a")]
        A,

        [JsonStringEnumMemberName("a")]
        B,
    }
}

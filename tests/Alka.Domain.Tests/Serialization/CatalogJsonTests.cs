using Alka.Domain.Validation;
using System.Text;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using Ardalis.Result;

namespace Alka.Domain.Tests.Serialization;

public class CatalogJsonTests
{
    private static readonly string BuiltInJson = CatalogJson.Write(BuiltInCatalog.Instance);

    [Fact]
    public void Read_WrittenBuiltInCatalog_IsAnEqualCatalog()
    {
        var read = CatalogJson.Read(BuiltInJson);

        read.IsSuccess.Should().BeTrue(Describe(read));
        read.Value.Should().NotBeSameAs(BuiltInCatalog.Instance);
        EqualityContract.Check(read.Value, BuiltInCatalog.Instance);
        CatalogJson.Write(read.Value).Should().Be(BuiltInJson);
    }

    [Fact]
    public void Read_Stream_IsTheSameAsText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BuiltInJson));

        CatalogJson.Read(stream).Value.Should().Be(BuiltInCatalog.Instance);
    }

    [Fact]
    public void Write_BuiltInCatalog_HasSchemaVersionIdsAndHebrewAsIs()
    {
        BuiltInJson.Should().StartWith("{\n  \"schemaVersion\": 3,");
        BuiltInJson.Should().Contain("\"kind\": \"regional-forum\"").And.Contain("פורום מנהלי מחוזות").And.NotContain("\r");
    }

    internal static string Describe<T>(Result<T> result) =>
        string.Join("\n", result.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}"));
}

public class CatalogJsonRejectionTests
{
    private static readonly string Valid = CatalogJson.Write(BuiltInCatalog.Instance);

    public static TheoryData<string, string, string> Rejected => new()
    {
        // input, expected identifier, expected code
        { "", "$", SerializationErrors.Malformed },
        { "   ", "$", SerializationErrors.Malformed },
        { "{", "$", SerializationErrors.Malformed },
        { Valid[..(Valid.Length / 2)], "$", SerializationErrors.Malformed },
        { "{\"schemaVersion\": 3,}", "$", SerializationErrors.Malformed },
        { "null", "$", SerializationErrors.Invalid },
        { "[]", "$", SerializationErrors.Invalid },
        { "42", "$", SerializationErrors.Invalid },
        { "{}", "$", SerializationErrors.Invalid },
        { new string('[', 100_000) + new string(']', 100_000), "$", SerializationErrors.TooDeep },
        { new string('[', 40) + new string(']', 40), "$", SerializationErrors.TooDeep },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": \"1\"", StringComparison.Ordinal), "$.schemaVersion", SerializationErrors.Invalid },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": 1", StringComparison.Ordinal), "$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": 3, \"extra\": 0", StringComparison.Ordinal), "$.extra", SerializationErrors.Invalid },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": 3, \"schemaVersion\": 3", StringComparison.Ordinal), "$.schemaVersion", SerializationErrors.Invalid },
        { Valid.Replace("\"kind\": \"regional-forum\"", "\"kind\": \"regional-party\"", StringComparison.Ordinal), "$.programs[3].format", SerializationErrors.Invalid },
        { Valid.Replace("\"length\": \"half-day\"", "\"length\": \"half-hour\"", StringComparison.Ordinal), "$.programs[3].schedule.meetings[0].length", SerializationErrors.Invalid },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Read_RejectedInput_IsInvalidWithPathAndCode(string json, string identifier, string code)
    {
        var read = CatalogJson.Read(json);

        read.IsSuccess.Should().BeFalse();
        read.ValidationErrors.Should().Contain(e => e.Identifier == identifier && e.ErrorCode == code, CatalogJsonTests.Describe(read));
    }

    // System.Text.Json's messages name .NET types; the library says what the format expects, and what it found.
    public static TheoryData<string, string, string> Worded => new()
    {
        // input, identifier, message
        { "[]", "$", "Expected an object; found an array." },
        { "null", "$", "Expected an object; found null." },
        { "{}", "$", "Missing required members: schemaVersion, institute, organizations, programs." },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": \"1\"", StringComparison.Ordinal), "$.schemaVersion", "Expected a whole number from -2147483648 to 2147483647; found a string." },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": 3e10", StringComparison.Ordinal), "$.schemaVersion", "Expected a whole number from -2147483648 to 2147483647." },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": 3, \"extra\": 0", StringComparison.Ordinal), "$.extra", "Unknown member; expected one of: schemaVersion, institute, organizations, programs." },
        { Valid.Replace("\"schemaVersion\": 3", "\"schemaVersion\": 3, \"schemaVersion\": 3", StringComparison.Ordinal), "$.schemaVersion", "The member appears more than once." },
        { Valid.Replace("\"kind\": \"regional-forum\"", "\"kind\": \"regional-party\"", StringComparison.Ordinal), "$.programs[3].format", "Unknown kind; expected one of: learning-program, peer-forum, regional-forum, cross-sector-process, network." },
        { Valid.Replace("\"length\": \"half-day\"", "\"length\": 3", StringComparison.Ordinal), "$.programs[3].schedule.meetings[0].length", "Expected one of half-day, full-day, multi-day; found a number." },
        { Valid.Replace("\"id\": \"merhav\"", "\"id\": null", StringComparison.Ordinal), "$.programs[0].id", "Expected a string; found null." },
        { Valid.Replace("\"institute\": {", "\"institute\": 5, \"x\": {", StringComparison.Ordinal), "$.institute", "Expected an object; found a number." },
        { CatalogJsonPartnerDocumentTests.Minimal.Replace("\"2027-09-05\"", "20270905", StringComparison.Ordinal), "$.programs[0].format.cohorts[0].endDate", "Expected an ISO date (uuuu-MM-dd); found a number." },
        { CatalogJsonPartnerDocumentTests.Minimal.Replace("\"kind\": \"learning-program\"", "\"kinds\": \"learning-program\"", StringComparison.Ordinal), "$.programs[0].format", "Missing required member: kind (one of: learning-program, peer-forum, regional-forum, cross-sector-process, network)." },
        { CatalogJsonPartnerDocumentTests.Minimal.Replace("\"english\": \"Pilot\", ", "", StringComparison.Ordinal), "$.programs[0].name", "Missing required member: english." },
        { CatalogJsonPartnerDocumentTests.Minimal.Replace("\"number\": 1,", "\"number\": 1, \"a\\nb\\u001b[31m'\": 0,", StringComparison.Ordinal), "$.programs[0].format.cohorts[0]['a\nb\u001b[31m'']", "Unknown member; expected one of: number, coordinator, source, startDate, endDate, participants, partners, projects." },
    };

    [Theory]
    [MemberData(nameof(Worded))]
    public void Read_ShapeProblem_SaysWhatTheFormatExpectsWithoutDotNetTypes(string json, string identifier, string message)
    {
        var read = CatalogJson.Read(json);

        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode, e.ErrorMessage)).Should().Equal([(identifier, SerializationErrors.Invalid, message)]);
    }

    [Fact]
    public void Read_BadDate_KeepsThePatternsReason()
    {
        var read = CatalogJson.Read(CatalogJsonPartnerDocumentTests.Minimal.Replace("2027-09-05", "2027-02-30", StringComparison.Ordinal));

        read.ValidationErrors.Should().ContainSingle().Which.ErrorMessage.Should().StartWith("Expected an ISO date (uuuu-MM-dd): ").And.Contain("2027-02-30");
    }

    [Fact]
    public void Read_HugeDocument_IsTooLargeWithoutParsing()
    {
        var huge = "[\"" + new string('x', AlkaJson.MaxBytes) + "\"]";

        CatalogJson.Read(huge).ValidationErrors.Should().ContainSingle(e => e.ErrorCode == SerializationErrors.TooLarge);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(huge));
        CatalogJson.Read(stream).ValidationErrors.Should().ContainSingle(e => e.ErrorCode == SerializationErrors.TooLarge);
    }

    [Fact]
    public void Read_InvalidUtf8_IsMalformed() =>
        CatalogJson.Read([(byte)'"', 0xC3, 0x28, (byte)'"']).ValidationErrors.Should().ContainSingle(e => e.ErrorCode == SerializationErrors.Malformed);

    [Fact]
    public void Read_ByteOrderMark_IsAccepted() =>
        CatalogJson.Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Valid)]).IsSuccess.Should().BeTrue();

    [Fact]
    public void Read_DomainRulesBroken_ListsEveryProblemWithItsJsonPath()
    {
        var broken = Valid
            .Replace("\"minimum\": 2,\n                  \"maximum\": 3", "\"minimum\": 3,\n                  \"maximum\": 2", StringComparison.Ordinal)
            .Replace("\"decidedBy\": \"steering-committee\"", "\"decidedBy\": \"management-team\"", StringComparison.Ordinal)
            .Replace("\"organizationId\": \"mifam-hasharon\"", "\"organizationId\": \"mifam\"", StringComparison.Ordinal);

        var read = CatalogJson.Read(broken);

        read.IsSuccess.Should().BeFalse();
        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Contain(
        [
            ("$.programs[5].governance.bodies[2].members[1].seats", Domain.Validation.CommonErrors.InvalidRange),
            ("$.programs[5].budget.decidedBy", Domain.Governance.GovernanceErrors.MissingPower),
            ("$.programs[6].budget.decidedBy", Domain.Governance.GovernanceErrors.MissingPower),
        ], CatalogJsonTests.Describe(read));
    }

    [Fact]
    public void Read_DanglingReference_IsUnknownReference()
    {
        var read = CatalogJson.Read(Valid.Replace("\"organizationId\": \"mifam-hasharon\"", "\"organizationId\": \"mifam\"", StringComparison.Ordinal));

        read.ValidationErrors.Should().Contain(e => e.ErrorCode == Domain.Validation.CommonErrors.UnknownReference && e.Identifier.StartsWith("$.programs[7]", StringComparison.Ordinal), CatalogJsonTests.Describe(read));
    }
}

public class CatalogJsonPartnerDocumentTests
{
    // What a partner team writes by hand: optional members and lists left out, the discriminator after other members.
    internal const string Minimal = """
        {
          "schemaVersion": 3,
          "institute": {
            "organizationId": "alka", "parentOrganizationId": "jdc-israel", "source": "newsletter-2012-03",
            "approach": { "english": "Collective Impact", "hebrew": "השפעה קולקטיבית" },
            "strategies": [], "centers": []
          },
          "organizations": [
            { "id": "jdc-israel", "name": { "english": "JDC Israel", "hebrew": "ג'וינט ישראל" }, "kind": "institute", "source": "digital-leaders-page" },
            { "id": "alka", "name": { "english": "Alka", "hebrew": "אלכא" }, "kind": "institute", "source": "digital-leaders-page", "parentId": "jdc-israel" }
          ],
          "programs": [
            {
              "id": "pilot-cohort",
              "name": { "english": "Pilot", "hebrew": "פיילוט" },
              "sources": [ "merhav-page" ],
              "format": {
                "cohorts": [
                  { "number": 1, "source": "merhav-page", "startDate": "2027-03-07", "endDate": "2027-09-05",
                    "coordinator": { "capacity": "staff", "staffRole": "coordinator", "organizationId": "alka" } }
                ],
                "kind": "learning-program"
              },
              "schedule": {
                "meetings": [
                  { "id": "meetings", "kind": "cohort-meeting", "group": "all", "source": "merhav-page",
                    "name": { "english": "Meetings", "hebrew": "מפגשים" },
                    "cadence": { "kind": "over-span", "count": { "minimum": 9, "maximum": 10 }, "span": 6, "unit": "month" } }
                ]
              }
            }
          ]
        }
        """;

    [Fact]
    public void Read_HandWrittenMinimalDocument_IsValid()
    {
        var read = CatalogJson.Read(Minimal);

        read.IsSuccess.Should().BeTrue(CatalogJsonTests.Describe(read));
        var cohort = ((LearningProgramFormat)read.Value.Find("pilot-cohort")!.Format).Cohorts[0];
        cohort.StartDate.Should().Be(new NodaTime.LocalDate(2027, 3, 7));
        read.Value.Find("pilot-cohort")!.Schedule.Meetings[0].Cadence!.Value.ToString().Should().Be("9–10 meetings over about 6 months");
    }

    [Fact]
    public void Read_BadDateAndMissingRequiredMember_AreInvalidAtTheirPaths()
    {
        CatalogJson.Read(Minimal.Replace("2027-09-05", "2027-02-30", StringComparison.Ordinal)).ValidationErrors
            .Should().ContainSingle(e => e.ErrorCode == SerializationErrors.Invalid && e.Identifier == "$.programs[0].format.cohorts[0].endDate");
        CatalogJson.Read(Minimal.Replace("\"number\": 1, ", string.Empty, StringComparison.Ordinal)).ValidationErrors
            .Should().ContainSingle(e => e.ErrorCode == SerializationErrors.Invalid);
        CatalogJson.Read(Minimal.Replace("\"sources\": [ \"merhav-page\" ]", "\"sources\": null", StringComparison.Ordinal)).ValidationErrors
            .Should().ContainSingle(e => e.ErrorCode == SerializationErrors.Invalid && e.Identifier.StartsWith("$.programs[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EveryDomainProblemOfADocument_IsListed()
    {
        var broken = Minimal
            .Replace("\"endDate\": \"2027-09-05\"", "\"endDate\": \"2027-01-01\"", StringComparison.Ordinal)
            .Replace("\"staffRole\": \"coordinator\"", "\"staffRole\": \"facilitator\"", StringComparison.Ordinal)
            .Replace("\"span\": 6", "\"span\": 0", StringComparison.Ordinal)
            .Replace("\"parentId\": \"jdc-israel\"", "\"parentId\": \"jdc\"", StringComparison.Ordinal);

        CatalogJson.Read(broken).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().BeEquivalentTo(
        [
            ("$.programs[0].format.cohorts[0].coordinator.staffRole", ProgramErrors.CohortCoordinatorRole),
            ("$.programs[0].format.cohorts[0].endDate", CommonErrors.EndBeforeStart),
            ("$.programs[0].schedule.meetings[0].cadence.span", Domain.Validation.CommonErrors.OutOfRange),
            ("$.organizations[1].parentId", Domain.Validation.CommonErrors.UnknownReference),
        ]);
    }
}

using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Selection;

public class CandidateCsvTests
{
    private const string Header =
        "id,name,role,organization,sector,district,locality,locality_population,community,periphery,socioeconomic_cluster,serving,nominated_by_director_general,recommended_by_steering,leadership,leads_change,teamwork,social_awareness,affinity,commitment";

    private const string Row = "c001,\"Levi, Dana\",council-head,council-2710,local-government,haifa,2710,57677,muslim,periphery,2,true,false,false,4,5,3,4,4,5";

    [Fact]
    public void Header_IsTheContractsColumns() => string.Join(',', CandidateCsv.Header).Should().Be(Header);

    [Fact]
    public void Read_ContractRow_IsEveryAttribute()
    {
        var c = CandidateCsv.Read(Header + "\n" + Row + "\n").Value.Candidates.Single();

        (c.Id, c.Name, c.Role, c.Organization, c.Sector, c.District, c.Locality, c.LocalityPopulation).Should()
            .Be(("c001", "Levi, Dana", ParticipantRole.CouncilHead, "council-2710", Sector.LocalGovernment, Region.Haifa, "2710", 57_677));
        (c.Community, c.Periphery, c.SocioeconomicCluster, c.IsServing, c.IsNominatedByDirectorGeneral, c.IsRecommendedBySteering).Should()
            .Be((Community.Muslim, PeripheryStatus.Periphery, 2, true, false, false));
        c.Scores.Should().Be(new CriterionScores(4, 5, 3, 4, 4, 5));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_CrlfAndByteOrderMark_AreAccepted()
    {
        var columns = Header.Split(',');
        var fields = Row.Replace("\"Levi, Dana\"", "Dana", StringComparison.Ordinal).Split(',');
        var reversed = string.Join(',', columns.Reverse()) + "\r\n" + string.Join(',', fields.Reverse()) + "\r\n\r\n";

        var pool = CandidateCsv.Read("\uFEFF" + reversed).Value;

        pool.Candidates.Single().Scores.Should().Be(new CriterionScores(4, 5, 3, 4, 4, 5));
        pool.Candidates.Single().Name.Should().Be("Dana");
    }

    [Fact]
    public void Write_ThenRead_IsAnEqualPool()
    {
        var pool = Candidates.Pool(
            Candidates.Make("a", 4, name: "Quote \" and, comma"),
            Candidates.Make("b", scores: new CriterionScores(1, 2, 3, 4, 5, 1), community: Community.ChristianOrthodox, serving: false, organization: "line\nbreak"));

        CandidateCsv.Read(CandidateCsv.Write(pool)).Value.Should().Be(pool);
        CandidateCsv.Write(pool).Should().StartWith(Header + "\n");
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "", CandidateCsv.HeaderIdentifier, SerializationErrors.CsvHeader },
        { Header.Replace(",commitment", "", StringComparison.Ordinal) + "\n", CandidateCsv.HeaderIdentifier, SerializationErrors.CsvHeader },
        { Header + ",notes\n", CandidateCsv.HeaderIdentifier, SerializationErrors.CsvHeader },
        { Header + ",id\n", CandidateCsv.HeaderIdentifier, SerializationErrors.CsvHeader },
        { Header + "\n" + Row + ",extra\n", "row 2", SerializationErrors.CsvFieldCount },
        { Header + "\n\n" + Row + "\n", "row 2", SerializationErrors.CsvFieldCount },
        { Header + "\n" + Row.Replace("council-head", "mayor", StringComparison.Ordinal), "row 2, role", SerializationErrors.CsvValue },
        { Header + "\n" + Row.Replace(",haifa,", ",eilat,", StringComparison.Ordinal), "row 2, district", SerializationErrors.CsvValue },
        { Header + "\n" + Row.Replace(",57677,", ",57 677,", StringComparison.Ordinal), "row 2, locality_population", SerializationErrors.CsvValue },
        { Header + "\n" + Row.Replace(",true,false,", ",yes,false,", StringComparison.Ordinal), "row 2, serving", SerializationErrors.CsvValue },
        { Header + "\n" + Row.Replace(",true,false,", ",True,false,", StringComparison.Ordinal), "row 2, serving", SerializationErrors.CsvValue },
        { Header + "\n" + Row.Replace(",muslim,", ",,", StringComparison.Ordinal), "row 2, community", CommonErrors.Required },
        { Header + "\n" + Row.Replace(",4,5,3,4,4,5", ",4,5,3,4,4,6", StringComparison.Ordinal), "row 2, commitment", CommonErrors.OutOfRange },
        { Header + "\n" + Row.Replace(",4,5,3,4,4,5", ",4,5,3,4,4.5,5", StringComparison.Ordinal), "row 2, affinity", SerializationErrors.CsvValue },
        { Header + "\n" + Row.Replace(",periphery,2,", ",periphery,11,", StringComparison.Ordinal), "row 2, socioeconomic_cluster", CommonErrors.OutOfRange },
        { Header + "\n" + Row.Replace(",57677,", ",-3,", StringComparison.Ordinal), "row 2, locality_population", CommonErrors.OutOfRange },
        { Header + "\n" + Row.Replace("c001,", ",", StringComparison.Ordinal), "row 2, id", CommonErrors.Required },
        { Header + "\n" + Row.Replace("c001,", "c 001,", StringComparison.Ordinal), "row 2, id", SelectionErrors.InvalidCandidateId },
        { Header + "\n" + Row + "\n" + Row + "\n", "row 3, id", SelectionErrors.DuplicateCandidate },
        { Header + "\n" + Row.Replace("\"Levi, Dana\"", "\"Levi, Dana", StringComparison.Ordinal), "row 2", SerializationErrors.CsvMalformed },
        { Header + "\n" + Row.Replace("\"Levi, Dana\"", "\"Levi\" Dana", StringComparison.Ordinal), "row 2", SerializationErrors.CsvMalformed },
        { Header + "\n" + Row.Replace("\"Levi, Dana\"", "Levi \"Dana\"", StringComparison.Ordinal), "row 2", SerializationErrors.CsvMalformed },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_NamesTheRowAndColumn(string text, string identifier, string code) =>
        CandidateCsv.Read(text).Should().HaveError(identifier, code);

    // An id repeated between a row whose value did not parse and another row, in either order, is reported once; between
    // two rows that parsed, once (by the pool).
    [Fact]
    public void Read_IdRepeatedByARowWithABadValue_IsReportedToo()
    {
        var bad = Row.Replace(",true,false,", ",yes,false,", StringComparison.Ordinal);

        CandidateCsv.Read(Header + "\n" + Row + "\n" + bad + "\n" + bad + "\n" + Row + "\n" + Row + "\n").ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().BeEquivalentTo(
        [
            ("row 3, serving", SerializationErrors.CsvValue),
            ("row 4, serving", SerializationErrors.CsvValue),
            ("row 5, id", SelectionErrors.DuplicateCandidate),
            ("row 6, id", SelectionErrors.DuplicateCandidate),
            ("row 3, id", SelectionErrors.DuplicateCandidate),
            ("row 4, id", SelectionErrors.DuplicateCandidate),
        ]);
        CandidateCsv.Read(Header + "\n" + bad + "\n" + Row + "\n").Should().HaveError("row 3, id", SelectionErrors.DuplicateCandidate);
    }

    [Fact]
    public void Read_ProblemsInSeveralRowsAndCells_AreEveryOneListed()
    {
        var text = Header + "\n"
            + Row.Replace(",4,5,3,4,4,5", ",0,5,3,4,4,9", StringComparison.Ordinal) + "\n"
            + Row.Replace("c001,", "c002,", StringComparison.Ordinal).Replace("council-head", "x", StringComparison.Ordinal).Replace(",2,true", ",x,true", StringComparison.Ordinal)
                .Replace(",4,5,3,4,4,5", ",4,5,3,4,4,7", StringComparison.Ordinal) + "\n";

        CandidateCsv.Read(text).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("row 2, leadership", CommonErrors.OutOfRange),
            ("row 2, commitment", CommonErrors.OutOfRange),
            ("row 3, role", SerializationErrors.CsvValue),
            ("row 3, socioeconomic_cluster", SerializationErrors.CsvValue),
            ("row 3, commitment", CommonErrors.OutOfRange));
    }

    [Fact]
    public void ReadCohort_HeaderCandidateThenOneIdARow()
    {
        CandidateCsv.ReadCohort("candidate\na\nb\n").Value.Should().Equal("a", "b");
        CandidateCsv.ReadCohort("candidate\r\n\"a\"").Value.Should().Equal("a");
        CandidateCsv.ReadCohort("id\na\n").Should().HaveError(CandidateCsv.HeaderIdentifier, SerializationErrors.CsvHeader);
        CandidateCsv.ReadCohort("").Should().HaveError(CandidateCsv.HeaderIdentifier, SerializationErrors.CsvHeader);
        CandidateCsv.ReadCohort("candidate\na,b\n").Should().HaveError("row 2", SerializationErrors.CsvFieldCount);
        CandidateCsv.ReadCohort("candidate\n\na\n").Should().HaveError("row 2, candidate", CommonErrors.Required);
    }
}

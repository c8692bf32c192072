using Alka.Domain.Geography;
using Alka.Domain.Governance;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;

namespace Alka.Domain.Tests.Planning;

/// <summary>Small programs of one series or body, to test a planning rule alone.</summary>
internal static class TestPrograms
{
    private const SourceDocument Source = SourceDocument.CouncilHeadsForumPage;

    /// <summary>A regional forum of the North alone, every five weeks, half a day, without hosts or national meetings.</summary>
    public static InstituteProgram North() => Program(
        "north-only",
        PeerForumFormat.Instance,
        [MeetingSeries.Create("north", MeetingKind.Forum, MeetingGroup.Of(Region.North), Text("North"), SourceDocument.DistrictManagersForumPage, Cadence.Every(5, CadenceUnit.Week), MeetingLength.HalfDay).Value]);

    /// <summary>A peer forum whose forum meetings have no stated cadence and, when <paramref name="roaming"/>, roam between councils.</summary>
    public static InstituteProgram Forum(bool roaming = false) => Program(
        "forum-only",
        PeerForumFormat.Instance,
        [roaming
            ? MeetingSeries.Create("forum", MeetingKind.Forum, MeetingGroup.All, Text("Forum"), Source, venue: VenueKind.HostCouncil, roaming: RoamingPolicy.Create(HostPool.Create(VenueKind.HostCouncil).Value, spotlightOnHost: true).Value).Value
            : MeetingSeries.Create("forum", MeetingKind.Forum, MeetingGroup.All, Text("Forum"), Source).Value]);

    /// <summary>A peer forum of a steering committee alone, every two to three months.</summary>
    public static InstituteProgram Steering() => Program(
        "steering-only",
        PeerForumFormat.Instance,
        [],
        [GoverningBody.Create("steering-committee", GoverningBodyKind.SteeringCommittee, Text("Steering"), [BodyMember.Participants()], Source, [Power.Content], Cadence.Every(2, 3, CadenceUnit.Month)).Value]);

    public static BilingualText Text(string english) => BilingualText.Create(english, "טקסט");

    private static InstituteProgram Program(string id, ProgramFormat format, MeetingSeries[] series, GoverningBody[]? bodies = null)
    {
        var program = InstituteProgram.Create(
            id,
            Text(id),
            [Source, SourceDocument.DistrictManagersForumPage],
            format,
            governance: bodies is null ? null : ProgramGovernance.Create(bodies: bodies).Value,
            schedule: ProgramSchedule.Create(series).Value);
        return program.IsSuccess
            ? program.Value
            : throw new InvalidOperationException(string.Join("; ", program.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}")));
    }
}

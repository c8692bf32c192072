using Alka.Domain.Geography;
using Alka.Domain.Governance;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;

namespace Alka.Domain.Programs;

/// <summary>The rules that tie the parts of one program together (references between its lists).</summary>
internal static class ProgramRules
{
    public static void Validate(InstituteProgram program, Problems problems, string path)
    {
        var governance = program.Governance;
        var partners = governance.Partners.Where(p => p is not null).Select(p => p.OrganizationId).ToHashSet(StringComparer.Ordinal);
        var at = At.Member(path, "governance");
        BodyMembersArePartners(governance, partners, problems, at);
        BudgetDecidedByPower(program, problems, path);
        Responsibilities(governance, partners, problems, at);
        CadencesPrecedeKnownMeetings(program, problems, path);
        RegionsHaveForumSeries(program, problems, path);
        NotRelatedToItself(program, problems, path);
    }

    // Heads and representatives of organizations sit on a program's bodies as its partners.
    private static void BodyMembersArePartners(ProgramGovernance governance, HashSet<string> partners, Problems problems, string path)
    {
        for (var b = 0; b < governance.Bodies.Count; b++)
        {
            var members = governance.Bodies[b]?.Members ?? [];
            for (var m = 0; m < members.Count; m++)
            {
                if (members[m] is { Capacity: MemberCapacity.OrganizationHead or MemberCapacity.OrganizationRepresentative, OrganizationId: { } id }
                    && !partners.Contains(id))
                {
                    var at = At.Member(At.Index(At.Member(At.Index(At.Member(path, "bodies"), b), "members"), m), "organizationId");
                    problems.Add(at, ProgramErrors.NotAPartner, $"'{id}' sits on the body but is not a partner of the program.");
                }
            }
        }
    }

    // "The steering committee ... decides policy, personnel and budget": budget decisions belong to a body that holds
    // the budget power.
    private static void BudgetDecidedByPower(InstituteProgram program, Problems problems, string path)
    {
        if (program.Budget is { } budget)
        {
            RequirePower(program.Governance, budget.DecidedBy, Power.Budget, problems, At.Member(path, "budget.decidedBy"));
        }
    }

    private static void Responsibilities(ProgramGovernance governance, HashSet<string> partners, Problems problems, string path)
    {
        for (var i = 0; i < governance.Responsibilities.Count; i++)
        {
            if (governance.Responsibilities[i] is not { } duty)
            {
                continue;
            }

            var at = At.Index(At.Member(path, "responsibilities"), i);
            for (var p = 0; p < duty.PartyIds.Count; p++)
            {
                if (!partners.Contains(duty.PartyIds[p]))
                {
                    problems.Add(At.Index(At.Member(at, "partyIds"), p), ProgramErrors.NotAPartner, $"'{duty.PartyIds[p]}' carries the duty but is not a partner of the program.");
                }
            }

            if (duty.LeadId is { } lead && !duty.PartyIds.Contains(lead))
            {
                problems.Add(At.Member(at, "leadId"), CommonErrors.UnknownReference, $"The lead '{lead}' is not one of the duty's parties.");
            }

            if (duty.AgreementWith is not { } agreement)
            {
                continue;
            }

            if (governance.FindBody(agreement) is not null && duty.Matter is { } matter)
            {
                RequirePower(governance, agreement, matter, problems, At.Member(at, "agreementWith"));
            }
            else if (governance.FindBody(agreement) is null && !partners.Contains(agreement))
            {
                problems.Add(At.Member(at, "agreementWith"), CommonErrors.UnknownReference, $"'{agreement}' is neither a body nor a partner of the program.");
            }
        }
    }

    private static void RequirePower(ProgramGovernance governance, string bodyId, Power power, Problems problems, string at)
    {
        var body = governance.FindBody(bodyId);
        if (body is null)
        {
            problems.Add(at, CommonErrors.UnknownReference, $"The program has no body '{bodyId}'.");
        }
        else if (!body.Holds(power))
        {
            problems.Add(at, GovernanceErrors.MissingPower, $"'{bodyId}' does not hold the {power.ToId()} power.");
        }
    }

    // "Before every forum meeting a planning team meets": the series it precedes must exist.
    private static void CadencesPrecedeKnownMeetings(InstituteProgram program, Problems problems, string path)
    {
        var series = program.Schedule.Meetings.Where(m => m is not null).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        void Check(Cadence? cadence, string at)
        {
            if (cadence is { Kind: CadenceKind.BeforeEach, Before: { } before } && !series.Contains(before))
            {
                problems.Add(At.Member(at, "cadence.before"), SchedulingErrors.CadenceBeforeUnknownMeeting, $"The program has no meeting series '{before}' to precede.");
            }
        }

        var bodies = program.Governance.Bodies;
        for (var i = 0; i < bodies.Count; i++)
        {
            Check(bodies[i]?.Cadence, At.Index(At.Member(path, "governance.bodies"), i));
        }

        var meetings = program.Schedule.Meetings;
        for (var i = 0; i < meetings.Count; i++)
        {
            Check(meetings[i]?.Cadence, At.Index(At.Member(path, "schedule.meetings"), i));
        }
    }

    // "Each regional forum meets once every five weeks": every region has a forum series of its own.
    private static void RegionsHaveForumSeries(InstituteProgram program, Problems problems, string path)
    {
        if (program.Format is not RegionalForumFormat regional)
        {
            return;
        }

        for (var i = 0; i < regional.Regions.Count; i++)
        {
            var region = regional.Regions[i];
            if (Ids.All<Region>().Contains(region)
                && !program.Schedule.Meetings.Any(m => m is { Kind: MeetingKind.Forum } && m.Group == MeetingGroup.Of(region)))
            {
                problems.Add(At.Index(At.Member(path, "format.regions"), i), ProgramErrors.RegionWithoutForumSeries, $"The region '{region.ToId()}' has no forum meeting series.");
            }
        }
    }

    private static void NotRelatedToItself(InstituteProgram program, Problems problems, string path)
    {
        var related = program.Profile.RelatedProgramIds;
        for (var i = 0; i < related.Count; i++)
        {
            if (related[i] == program.Id)
            {
                problems.Add(At.Index(At.Member(path, "profile.relatedProgramIds"), i), ProgramErrors.RelatedToItself, "A program is not related to itself.");
            }
        }
    }
}

using Alka.Domain.Governance;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;

namespace Alka.Domain.Programs;

/// <summary>The rules that tie the parts of one program together (references between its lists).</summary>
internal static class ProgramRules
{
    public static void Validate(InstituteProgram program, Problems problems, string path)
    {
        var partners = program.Partners.Where(p => p is not null).Select(p => p.OrganizationId).ToHashSet(StringComparer.Ordinal);
        BodyMembersArePartners(program, partners, problems, path);
        BudgetDecidedByPower(program, problems, path);
        Responsibilities(program, partners, problems, path);
        CadencesPrecedeKnownMeetings(program, problems, path);
        RegionsHaveForumSeries(program, problems, path);
    }

    // Heads and representatives of organizations sit on a program's bodies as its partners.
    private static void BodyMembersArePartners(InstituteProgram program, HashSet<string> partners, Problems problems, string path)
    {
        for (var b = 0; b < program.Bodies.Count; b++)
        {
            var members = program.Bodies[b]?.Members ?? [];
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
        if (program.Format is LearningProgramFormat { Budget: { } budget })
        {
            RequirePower(program, budget.DecidedBy, Power.Budget, problems, At.Member(path, "format.budget.decidedBy"));
        }
    }

    private static void Responsibilities(InstituteProgram program, HashSet<string> partners, Problems problems, string path)
    {
        for (var i = 0; i < program.Responsibilities.Count; i++)
        {
            if (program.Responsibilities[i] is not { } duty)
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

            if (program.FindBody(agreement) is not null && duty.Matter is { } matter)
            {
                RequirePower(program, agreement, matter, problems, At.Member(at, "agreementWith"));
            }
            else if (program.FindBody(agreement) is null && !partners.Contains(agreement))
            {
                problems.Add(At.Member(at, "agreementWith"), CommonErrors.UnknownReference, $"'{agreement}' is neither a body nor a partner of the program.");
            }
        }
    }

    private static void RequirePower(InstituteProgram program, string bodyId, Power power, Problems problems, string at)
    {
        var body = program.Bodies.FirstOrDefault(b => b?.Id == bodyId);
        if (body is null)
        {
            problems.Add(at, CommonErrors.UnknownReference, $"The program has no body '{bodyId}'.");
        }
        else if (!body.Holds(power))
        {
            problems.Add(at, GovernanceErrors.MissingPower, $"'{bodyId}' does not hold the {power.ToId()} power.");
        }
    }

    // "Before every forum meeting a planning team meets": the meetings it precedes must exist.
    private static void CadencesPrecedeKnownMeetings(InstituteProgram program, Problems problems, string path)
    {
        var kinds = program.Meetings.Where(m => m is not null).Select(m => m.Kind).ToHashSet();
        void Check(Cadence? cadence, string at)
        {
            if (cadence is { Kind: CadenceKind.BeforeEach, Before: { } before } && !kinds.Contains(before))
            {
                problems.Add(At.Member(at, "cadence.before"), SchedulingErrors.CadenceBeforeUnknownMeeting, $"The program has no {before.ToId()} meetings to precede.");
            }
        }

        for (var i = 0; i < program.Bodies.Count; i++)
        {
            Check(program.Bodies[i]?.Cadence, At.Index(At.Member(path, "bodies"), i));
        }

        for (var i = 0; i < program.Meetings.Count; i++)
        {
            Check(program.Meetings[i]?.Cadence, At.Index(At.Member(path, "meetings"), i));
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
            if (Ids.IsDefined(region)
                && !program.Meetings.Any(m => m is { Kind: MeetingKind.Forum } && m.Group == region.ToId()))
            {
                problems.Add(At.Index(At.Member(path, "format.regions"), i), ProgramErrors.RegionWithoutForumSeries, $"The region '{region.ToId()}' has no forum meeting series.");
            }
        }
    }
}

using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using BenchmarkDotNet.Attributes;

namespace Alka.Domain.Benchmarks;

/// <summary>
/// The id of every member of an enum and back, per pass: <see cref="Ids.ToId{T}"/> (an array read) against a
/// hand-written <c>switch</c>, the shape of the <c>*Ids</c> classes it replaced; <see cref="Ids.TryParse{T}"/> (a
/// dictionary) against a linear search of the ids. Neither allocates.
/// </summary>
[MemoryDiagnoser]
public class IdsBenchmarks
{
    private static readonly MeetingKind[] Kinds = [.. Ids.All<MeetingKind>()];
    private static readonly SourceDocument[] Sources = [.. Ids.All<SourceDocument>()];
    private static readonly string[] SourceIds = [.. Sources.Select(s => s.ToId())];

    [Benchmark(Baseline = true)]
    public int ToIdSwitch()
    {
        var length = 0;
        foreach (var kind in Kinds)
        {
            length += Switch(kind).Length;
        }

        return length;
    }

    [Benchmark]
    public int ToId()
    {
        var length = 0;
        foreach (var kind in Kinds)
        {
            length += kind.ToId().Length;
        }

        return length;
    }

    [Benchmark]
    public int TryParseLinear()
    {
        var sum = 0;
        foreach (var id in SourceIds)
        {
            foreach (var candidate in Sources)
            {
                if (string.Equals(candidate.ToId(), id, StringComparison.Ordinal))
                {
                    sum += (int)candidate;
                    break;
                }
            }
        }

        return sum;
    }

    [Benchmark]
    public int TryParse()
    {
        var sum = 0;
        foreach (var id in SourceIds)
        {
            sum += Ids.TryParse(id, out SourceDocument source) ? (int)source : 0;
        }

        return sum;
    }

    private static string Switch(MeetingKind kind) => kind switch
    {
        MeetingKind.Forum => "forum",
        MeetingKind.National => "national",
        MeetingKind.SteeringCommittee => "steering-committee",
        MeetingKind.ExpandedSteeringCommittee => "expanded-steering-committee",
        MeetingKind.PlanningTeam => "planning-team",
        MeetingKind.StudyTour => "study-tour",
        MeetingKind.CohortMeeting => "cohort-meeting",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

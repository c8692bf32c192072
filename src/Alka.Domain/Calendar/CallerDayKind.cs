using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Calendar;

/// <summary>What a <see cref="CallerDay"/> is.</summary>
/// <remarks>
/// Its ids (see <see cref="Ids"/>) are the reason ids of caller-supplied days. The value <c>0</c> is not a kind.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<CallerDayKind>))]
public enum CallerDayKind
{
    /// <summary>A Knesset election: a national rest day (Basic Law: The Knesset, §10).</summary>
    [JsonStringEnumMemberName("knesset-election")]
    KnessetElection = 1,

    /// <summary>
    /// A general election of local authorities: a rest day only in the authorities that vote (Local Authorities
    /// (Elections) Law, 5725-1965, as amended in 2018).
    /// </summary>
    [JsonStringEnumMemberName("local-election")]
    LocalElection,

    /// <summary>A second round of a local election: a workday, recorded but not a day off.</summary>
    [JsonStringEnumMemberName("run-off")]
    RunOff,

    /// <summary>A day lost to an emergency (security, weather, health).</summary>
    [JsonStringEnumMemberName("emergency")]
    Emergency,

    /// <summary>A day lost to a strike (general, public sector, transport).</summary>
    [JsonStringEnumMemberName("strike")]
    Strike,

    /// <summary>Any other day on which the forum must not meet.</summary>
    [JsonStringEnumMemberName("blackout")]
    Blackout,
}

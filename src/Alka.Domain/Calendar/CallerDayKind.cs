namespace Alka.Domain.Calendar;

/// <summary>What a <see cref="CallerDay"/> is. The value <c>0</c> is not a kind. Ids: <see cref="CallerDayKinds"/>.</summary>
public enum CallerDayKind
{
    /// <summary>A Knesset election: a national rest day (Basic Law: The Knesset, §10) — <c>knesset-election</c>.</summary>
    KnessetElection = 1,

    /// <summary>
    /// A general election of local authorities: a rest day only in the authorities that vote (Local Authorities
    /// (Elections) Law, 5725-1965, as amended in 2018) — <c>local-election</c>.
    /// </summary>
    LocalElection,

    /// <summary>A second round of a local election: a workday, recorded but not a day off — <c>run-off</c>.</summary>
    RunOff,

    /// <summary>A day lost to an emergency (security, weather, health) — <c>emergency</c>.</summary>
    Emergency,

    /// <summary>A day lost to a strike (general, public sector, transport) — <c>strike</c>.</summary>
    Strike,

    /// <summary>Any other day on which the forum must not meet — <c>blackout</c>.</summary>
    Blackout,
}

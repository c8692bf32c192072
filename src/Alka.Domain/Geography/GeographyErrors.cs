namespace Alka.Domain.Geography;

/// <summary>
/// The error codes of local authority codes, wherever the library reads one (a local election's authorities, a forum
/// calendar's authorities, a pool of host councils). Each is the <c>ErrorCode</c> of an Ardalis <c>ValidationError</c>;
/// the codes are public API and never change.
/// </summary>
public static class GeographyErrors
{
    /// <summary>
    /// A local authority that is not written as a CBS code: four digits for a city or local council (<c>0031</c>), two for
    /// a regional council (<c>01</c>), leading zeros kept.
    /// </summary>
    /// <remarks>
    /// <see cref="Calendar.CallerDay.LocalElection"/>, <see cref="Calendar.CallerDay.RunOff"/>, <see cref="Scheduling.ForumCalendar.Create"/>
    /// (identifier <c>authorities[i]</c>), <see cref="Scheduling.HostPool.Create"/> of councils (<c>hostIds[i]</c>).
    /// </remarks>
    public const string InvalidAuthority = "invalid-authority";

    /// <summary>A well-formed CBS code that is not the code of any authority of <see cref="LocalAuthorities.All"/>.</summary>
    /// <remarks>Wherever <see cref="InvalidAuthority"/> arises.</remarks>
    public const string UnknownAuthority = "unknown-authority";
}

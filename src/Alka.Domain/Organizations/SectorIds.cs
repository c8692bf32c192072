namespace Alka.Domain.Organizations;

/// <summary>The stable text ids of <see cref="Sector"/> values, as used in JSON, files and on the command line.</summary>
public static class SectorIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<Sector> All { get; } =
        [Sector.CentralGovernment, Sector.LocalGovernment, Sector.StatutoryBody, Sector.CivilSociety, Sector.Business, Sector.Philanthropy, Sector.Academia];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>academia</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this Sector value) => value switch
    {
        Sector.CentralGovernment => "central-government",
        Sector.LocalGovernment => "local-government",
        Sector.StatutoryBody => "statutory-body",
        Sector.CivilSociety => "civil-society",
        Sector.Business => "business",
        Sector.Philanthropy => "philanthropy",
        Sector.Academia => "academia",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a sector."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out Sector value) => Ids.TryParse(All, ToId, id, out value);
}

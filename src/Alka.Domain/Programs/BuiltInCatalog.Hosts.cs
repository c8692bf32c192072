using Alka.Domain.Geography;
using Alka.Domain.Scheduling;

namespace Alka.Domain.Programs;

// The default host pools of the District Managers Forum. The source says only that "every meeting is hosted by another
// ministry" (at its district office); which offices, is the library's documented default: per region, six ministries
// that work by district, each at the government complex of the district where its office usually sits (the CBS code of
// that city). `alka plan --hosts` replaces it.
public static partial class BuiltInCatalog
{
    private static readonly (string Id, string English, string Hebrew)[] DistrictMinistries =
    [
        ("interior", "Ministry of the Interior", "משרד הפנים"),
        ("welfare", "Ministry of Welfare and Social Security", "משרד הרווחה והביטחון החברתי"),
        ("health", "Ministry of Health", "משרד הבריאות"),
        ("education", "Ministry of Education", "משרד החינוך"),
        ("economy", "Ministry of Economy and Industry", "משרד הכלכלה והתעשייה"),
        ("environmental-protection", "Ministry of Environmental Protection", "המשרד להגנת הסביבה"),
    ];

    private static IEnumerable<Host> DistrictOffices(Region region)
    {
        var (english, hebrew) = region switch
        {
            Region.North => ("North District", "מחוז הצפון"),
            Region.Haifa => ("Haifa District", "מחוז חיפה"),
            Region.TelAvivCenter => ("Tel Aviv and Center", "תל אביב והמרכז"),
            Region.Jerusalem => ("Jerusalem District", "מחוז ירושלים"),
            _ => ("South District", "מחוז הדרום"),
        };
        foreach (var (ministry, ministryEnglish, ministryHebrew) in DistrictMinistries)
        {
            yield return Ok(Host.Create(
                $"{ministry}-{region.ToId()}",
                MeetingGroup.Of(region),
                T($"{ministryEnglish}, {english}", $"{ministryHebrew}, {hebrew}"),
                OfficeCity(region, ministry)));
        }
    }

    // The CBS code of the city of the government complex: Nof HaGalil (1061), Haifa (4000), Tel Aviv-Yafo (5000) or, for
    // the Center District offices of the Interior and Environmental Protection, Ramla (8500), Jerusalem (3000),
    // Be'er Sheva (9000).
    private static string OfficeCity(Region region, string ministry) => region switch
    {
        Region.North => "1061",
        Region.Haifa => "4000",
        Region.TelAvivCenter => ministry is "interior" or "environmental-protection" ? "8500" : "5000",
        Region.Jerusalem => "3000",
        _ => "9000",
    };
}

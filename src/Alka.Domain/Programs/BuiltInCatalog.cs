using Alka.Domain.Sources;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// The built-in catalog: every program, forum, body and partner of the institute that the source documents describe,
/// each fact with the document it comes from. It is built in code: loading it reads no file.
/// </summary>
/// <remarks>
/// The program ids are public API (<c>merhav</c>, <c>council-heads-forum</c>, <c>district-managers-forum</c>,
/// <c>digital-leaders-government</c>, <c>digital-leaders-local</c>, <c>deputy-directors-general</c>,
/// <c>negev-circles</c>, <c>mayors-forum</c>, <c>synergy</c>, <c>lay-leadership</c>, <c>infrastructure-coalition</c>,
/// and more). Staff appear by role, not by name. Thread-safe: built once, on first use.
/// </remarks>
public static partial class BuiltInCatalog
{
    private static readonly Lazy<ProgramCatalog> Catalog = new(Build);

    /// <summary>The built-in catalog.</summary>
    public static ProgramCatalog Instance => Catalog.Value;

    private static ProgramCatalog Build() => Ok(ProgramCatalog.Create(
        BuildInstitute(),
        BuildOrganizations(),
        [
            Merhav(),
            GovernmentCivilSocietyInitiative(),
            DeputyDirectorsGeneral(),
            DistrictManagersForum(),
            HaKatedra(),
            DigitalLeaders(DigitalLeadersProgram.Government),
            DigitalLeaders(DigitalLeadersProgram.Local),
            CouncilHeadsForum(),
            LocalAuthoritiesActivity(),
            NegevCircles(),
            RegionalDevelopmentNorthSouth(),
            MayorsForum(),
            LayLeadership(),
            Synergy(),
            InfrastructureCoalition(),
        ]));

    private static Institute BuildInstitute() => Ok(Institute.Create(
        OrganizationIds.Alka,
        OrganizationIds.Jdc,
        T("Collective Impact: complex social problems are tackled through cross-sector collaboration of nonprofits, government, businesses and philanthropists; isolated interventions are not enough.",
          "השפעה קולקטיבית: התמודדות עם בעיות חברתיות מורכבות באמצעות שיתוף פעולה בין-מגזרי של ארגונים ללא כוונת רווח, ממשלה, עסקים ופילנתרופים; התערבויות מבודדות אינן מספיקות."),
        [
            Ok(StrategyDescription.Create(Strategy.LearningPrograms, T("Learning programs for leaders, oriented towards achieving social impact.", "תכניות למידה למנהיגים, המכוונות להשגת השפעה חברתית."), SourceDocument.Newsletter2012)),
            Ok(StrategyDescription.Create(Strategy.LeadershipSupport, T("Mentoring and supporting transformative and adaptive leaders to create system-wide impact that is measurable and sustainable.", "חניכה וליווי של מנהיגים מחוללי שינוי ומסתגלים ליצירת השפעה מערכתית, מדידה ובת קיימא."), SourceDocument.Newsletter2012)),
            Ok(StrategyDescription.Create(Strategy.CrossSectorProcesses, T("Supporting high-impact processes of leaders with the government, and developing the infrastructure needed for cross-sector collaborations.", "ליווי תהליכים רבי השפעה של מנהיגים עם הממשלה, ופיתוח התשתית הנדרשת לשיתופי פעולה בין-מגזריים."), SourceDocument.Newsletter2012)),
        ],
        [
            Ok(Center.Create(
                CenterIds.PublicLeadership,
                T("Center for Public Leadership and Management", "המרכז למנהיגות ולניהול ציבורי"),
                T("A long-term government contract (2011) for a cluster of programs: training for senior elected officials and senior civil servants, and programs for graduates to lead systemic change.",
                  "חוזה ארוך טווח עם הממשלה (2011) לאשכול תכניות: הכשרה לנבחרי ציבור בכירים ולבכירי שירות המדינה, ותכניות לבוגרים להובלת שינויים מערכתיים."),
                SourceDocument.Newsletter2012)),
            Ok(Center.Create(
                CenterIds.RegionalDevelopment,
                T("Center for Regional Development", "המרכז לפיתוח אזורי"),
                T("Leads Negev Circles, regional work in the North and South connecting municipal leaders to build long-term development strategies, and the Mayors Forum.",
                  "מוביל את מעגלי נגב, עבודה אזורית בצפון ובדרום המחברת מנהיגים מוניציפליים לבניית אסטרטגיות פיתוח ארוכות טווח, ואת פורום ראשי הרשויות."),
                SourceDocument.Newsletter2012)),
            Ok(Center.Create(
                CenterIds.SocialLeadership,
                T("Center for Social Leadership and Civil Society", "המרכז למנהיגות חברתית ולחברה אזרחית"),
                T("Lay leadership of nonprofits (the Penni and Stephen Weinberg Center for Lay Leadership, the Synergy Program, a best-practices manual) and the Coalition of Infrastructure Organizations; government ministries have expressed interest in partnering to establish it.",
                  "מנהיגות מתנדבת בארגונים ללא כוונת רווח (המרכז למנהיגות מתנדבת על שם פני וסטיבן ויינברג, תכנית סינרגיה, מדריך פרקטיקות מיטביות) וקואליציית ארגוני התשתית; משרדי ממשלה הביעו עניין בשותפות להקמתו."),
                SourceDocument.Newsletter2012)),
        ],
        SourceDocument.Newsletter2012));

    private static BilingualText T(string english, string hebrew) => BilingualText.Create(english, hebrew);

    // The built-in catalog is code: a rule it breaks is a bug, reported with every problem.
    private static TValue Ok<TValue>(Result<TValue> result) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException(
            "The built-in catalog breaks its own rules: "
            + string.Join("; ", result.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}")));

    private static class CenterIds
    {
        public const string PublicLeadership = "public-leadership-and-management";
        public const string RegionalDevelopment = "regional-development";
        public const string SocialLeadership = "social-leadership-and-civil-society";
    }
}

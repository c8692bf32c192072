using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;

namespace Alka.Domain.Programs;

// The built-in selection policies of the four programs that choose participants (the contract's selection.md).
// Eligibility comes from the sources; seat counts, waiting lists and quota shares no source states are marked
// Provenance.Default and documented in docs/selection.md as the library's defaults.
public static partial class BuiltInCatalog
{
    private static readonly IReadOnlyList<CriterionWeight> SixCriteria = CriterionWeight.Equally(Ids.All<MeritCriterion>());

    // "Managers and senior representatives of ministries and local government, selected by the ministry's
    // Director-General and recommended by members of the steering committee"; judged on six criteria (no weights: equal).
    private static SelectionPolicy MerhavSelection() => Ok(SelectionPolicy.Create(
        MerhavPage,
        [
            Ok(SectorEligibility.Create([Sector.CentralGovernment, Sector.LocalGovernment], MerhavPage)),
            Ok(DirectorGeneralNomination.Create(MerhavPage)),
            Ok(SteeringRecommendation.Create(ProgramIds.GovernmentCivilSociety, BodyIds.Steering, MerhavPage)),
        ],
        SixCriteria,
        SeatRange.Between(20, 30, Provenance.Default),
        [
            // An inter-ministerial peer network: no ministry dominates.
            Ok(Quota.ForEachValue("organization-max", MixDimension.Organization, QuotaBound.OfCount(4))),
        ],
        Waitlist.Of(5, Provenance.Default),
        audience: [ParticipantRole.Manager, ParticipantRole.SeniorOfficial]));

    // "Serving heads of local councils of up to 20,000 residents", mixing "Jewish and Arab localities, center and
    // periphery, high and low socio-economic standing": the mix is the source's, the shares the library's defaults.
    private static SelectionPolicy CouncilHeadsSelection() => Ok(SelectionPolicy.Create(
        CouncilHeadsPage,
        [
            Ok(RoleEligibility.Create([ParticipantRole.CouncilHead], CouncilHeadsPage)),
            Ok(ServingEligibility.Create(CouncilHeadsPage)),
            Ok(LocalityPopulationEligibility.Create(20_000, CouncilHeadsPage)),
        ],
        SixCriteria,
        SeatRange.Between(15, 30, Provenance.Default),
        [
            Ok(Quota.Create("community-jewish", MixDimension.Community, ["jewish"], QuotaBound.OfShare(0.3m))),
            Ok(Quota.Create("community-arab", MixDimension.Community, ["muslim", "christian-western", "christian-orthodox", "druze"], QuotaBound.OfShare(0.3m))),
            Ok(Quota.Create("periphery", MixDimension.Periphery, ["periphery"], QuotaBound.OfShare(0.3m))),
            Ok(Quota.Create("center", MixDimension.Periphery, ["center"], QuotaBound.OfShare(0.2m))),
            Ok(Quota.Create("ses-low", MixDimension.SocioeconomicStanding, ["1", "2", "3", "4"], QuotaBound.OfShare(0.3m))),
            Ok(Quota.Create("ses-high", MixDimension.SocioeconomicStanding, ["7", "8", "9", "10"], QuotaBound.OfShare(0.2m))),
        ],
        Waitlist.Of(5, Provenance.Default)));

    // Nominated by a Director-General, from government, local government or civil society; cohorts of 25 to 40 (the
    // budget band); about 75% from the program's own sector (published practice, not in the source pages: a default).
    private static SelectionPolicy DigitalLeadersSelection(bool government) => Ok(SelectionPolicy.Create(
        DigitalPage,
        [
            Ok(DirectorGeneralNomination.Create(DigitalPage)),
            Ok(SectorEligibility.Create([Sector.CentralGovernment, Sector.LocalGovernment, Sector.CivilSociety], DigitalPage)),
        ],
        SixCriteria,
        SeatRange.Between(25, 40, DigitalPage),
        [
            government
                ? Ok(Quota.Create("central-government", MixDimension.Sector, ["central-government"], QuotaBound.OfShare(0.7m), QuotaBound.OfShare(0.8m)))
                : Ok(Quota.Create("local-government", MixDimension.Sector, ["local-government"], QuotaBound.OfShare(0.7m), QuotaBound.OfShare(0.8m))),
        ],
        Waitlist.Of(5, Provenance.Default)));
}

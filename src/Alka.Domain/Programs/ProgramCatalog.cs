using System.Text.Json.Serialization;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// A catalog of the institute's world: the institute, the organizations that take part, and the programs. The
/// built-in one is <see cref="BuiltInCatalog.Instance"/>; others are read from JSON (<c>Alka.Domain.Serialization.CatalogJson</c>).
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; equality is structural over everything it holds, so a catalog written to JSON and read
/// back equals the original.
/// </para>
/// <para>
/// Besides each program's own rules (<see cref="InstituteProgram"/>), a catalog checks its references: every
/// organization, center and program id named anywhere exists; program and organization ids are unique; a lead
/// ministry is a ministry, and a program has at most one; a steering recommendation names a steering committee.
/// </para>
/// </remarks>
public sealed class ProgramCatalog : IEquatable<ProgramCatalog>
{
    /// <summary>The version of the JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 3;

    [JsonConstructor]
    internal ProgramCatalog(
        int schemaVersion,
        Institute institute,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<InstituteProgram> programs)
    {
        SchemaVersion = schemaVersion;
        Institute = institute;
        Organizations = ReadOnly.Copy(organizations);
        Programs = ReadOnly.Copy(programs);
    }

    /// <summary>The version of the JSON format; always <see cref="CurrentSchemaVersion"/> for a valid catalog.</summary>
    public int SchemaVersion { get; }

    /// <summary>The institute, its strategies and centers.</summary>
    public Institute Institute { get; }

    /// <summary>The organizations that take part in the programs (the institute and JDC Israel included).</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The programs, forums, processes and networks.</summary>
    public IReadOnlyList<InstituteProgram> Programs { get; }

    /// <summary>Creates a catalog.</summary>
    /// <returns>The catalog, or every problem with its path (<c>programs[3].partners[0].organizationId</c>) and code.</returns>
    public static Result<ProgramCatalog> Create(
        Institute institute, IEnumerable<Organization> organizations, IEnumerable<InstituteProgram> programs)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(programs);
        var catalog = new ProgramCatalog(CurrentSchemaVersion, institute, [.. organizations], [.. programs]);
        return Problems.Check(catalog, catalog.Validate);
    }

    /// <summary>The program with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public InstituteProgram? Find(string id) => Programs.FirstOrDefault(p => p.Id == id);

    /// <summary>The organization with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Organization? FindOrganization(string id) => Organizations.FirstOrDefault(o => o.Id == id);

    /// <inheritdoc/>
    public bool Equals(ProgramCatalog? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && Equals(Institute, other.Institute)
        && Equality.Lists(Organizations, other.Organizations) && Equality.Lists(Programs, other.Programs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SchemaVersion, Institute, Equality.Hash(Organizations), Equality.Hash(Programs));

    internal void Validate(Problems problems, string path)
    {
        if (SchemaVersion != CurrentSchemaVersion)
        {
            problems.Add(At.Member(path, "schemaVersion"), ProgramErrors.UnsupportedSchemaVersion, $"Schema version {SchemaVersion} is not {CurrentSchemaVersion}, the version this library reads.");
        }

        var institute = At.Member(path, "institute");
        if (problems.Required(Institute, institute))
        {
            Institute.Validate(problems, institute);
        }

        var organizations = At.Member(path, "organizations");
        problems.Items(Organizations, organizations, (o, p, at) => o.Validate(p, at));
        problems.Unique(Organizations, o => o?.Id, organizations, "organization");
        var programs = At.Member(path, "programs");
        problems.Items(Programs, programs, (o, p, at) => o.Validate(p, at));
        problems.Unique(Programs, o => o?.Id, programs, "program");
        new CatalogReferences(this, problems, path).Validate();
    }

    // References across the catalog. Parts that are missing (null) were reported already and are skipped here.
    private sealed class CatalogReferences(ProgramCatalog catalog, Problems problems, string path)
    {
        private readonly Dictionary<string, Organization> _organizations = Index(catalog.Organizations, o => o.Id);
        private readonly Dictionary<string, InstituteProgram> _programs = Index(catalog.Programs, p => p.Id);

        public void Validate()
        {
            var institute = At.Member(path, "institute");
            Organization(catalog.Institute?.OrganizationId, At.Member(institute, "organizationId"));
            Organization(catalog.Institute?.ParentOrganizationId, At.Member(institute, "parentOrganizationId"));
            for (var i = 0; i < catalog.Organizations.Count; i++)
            {
                if (catalog.Organizations[i]?.ParentId is { } parent)
                {
                    Organization(parent, At.Member(At.Index(At.Member(path, "organizations"), i), "parentId"));
                }
            }

            for (var i = 0; i < catalog.Programs.Count; i++)
            {
                if (catalog.Programs[i] is { } program)
                {
                    Program(program, At.Index(At.Member(path, "programs"), i));
                }
            }
        }

        private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string?> id)
            where T : class
        {
            var index = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item is not null && id(item) is { } key)
                {
                    index.TryAdd(key, item);
                }
            }

            return index;
        }

        private void Program(InstituteProgram program, string at)
        {
            if (program.Profile.CenterId is { } center && catalog.Institute is { } institute && !institute.Centers.Any(c => c?.Id == center))
            {
                problems.Add(At.Member(at, "profile.centerId"), CommonErrors.UnknownReference, $"The institute has no center '{center}'.");
            }

            Partners(program.Governance.Partners, At.Member(at, "governance.partners"));
            if (program.Format is LearningProgramFormat learning)
            {
                for (var c = 0; c < learning.Cohorts.Count; c++)
                {
                    var cohort = At.Index(At.Member(at, "format.cohorts"), c);
                    Partners(learning.Cohorts[c]?.Partners ?? [], At.Member(cohort, "partners"));
                    Organization(learning.Cohorts[c]?.Coordinator?.OrganizationId, At.Member(cohort, "coordinator.organizationId"));
                }
            }

            var bodies = program.Governance.Bodies;
            for (var b = 0; b < bodies.Count; b++)
            {
                var members = bodies[b]?.Members ?? [];
                for (var m = 0; m < members.Count; m++)
                {
                    Organization(members[m]?.OrganizationId, At.Member(At.Index(At.Member(At.Index(At.Member(at, "governance.bodies"), b), "members"), m), "organizationId"));
                }
            }

            var relatedIds = program.Profile.RelatedProgramIds;
            for (var i = 0; i < relatedIds.Count; i++)
            {
                if (relatedIds[i] is { } related && !_programs.ContainsKey(related))
                {
                    problems.Add(At.Index(At.Member(at, "profile.relatedProgramIds"), i), CommonErrors.UnknownReference, $"The catalog has no program '{related}'.");
                }
            }

            var rules = program.Selection?.Eligibility ?? [];
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i] is SteeringRecommendation recommendation)
                {
                    Recommendation(recommendation, At.Index(At.Member(at, "selection.eligibility"), i));
                }
            }
        }

        private void Partners(IReadOnlyList<ProgramPartner> partners, string at)
        {
            var leads = 0;
            for (var i = 0; i < partners.Count; i++)
            {
                if (partners[i] is not { } partner)
                {
                    continue;
                }

                var id = At.Member(At.Index(at, i), "organizationId");
                Organization(partner.OrganizationId, id);
                if (!partner.Has(PartnerRole.LeadMinistry))
                {
                    continue;
                }

                if (++leads > 1)
                {
                    problems.Add(At.Member(At.Index(at, i), "roles"), OrganizationErrors.SeveralLeadMinistries, "A program has one lead ministry.");
                }

                if (_organizations.TryGetValue(partner.OrganizationId, out var organization) && organization.Kind != OrganizationKind.Ministry)
                {
                    problems.Add(id, OrganizationErrors.LeadMinistryNotMinistry, $"'{organization.Id}' leads as a ministry but is a {organization.Kind.ToId()}.");
                }
            }
        }

        private void Recommendation(SteeringRecommendation recommendation, string at)
        {
            if (recommendation.ProgramId is null || recommendation.BodyId is null)
            {
                return;
            }

            if (!_programs.TryGetValue(recommendation.ProgramId, out var program))
            {
                problems.Add(At.Member(at, "programId"), CommonErrors.UnknownReference, $"The catalog has no program '{recommendation.ProgramId}'.");
            }
            else if (program.Governance.FindBody(recommendation.BodyId) is not { } body)
            {
                problems.Add(At.Member(at, "bodyId"), CommonErrors.UnknownReference, $"'{program.Id}' has no body '{recommendation.BodyId}'.");
            }
            else if (body.Kind is not (GoverningBodyKind.SteeringCommittee or GoverningBodyKind.ExpandedSteeringCommittee))
            {
                problems.Add(At.Member(at, "bodyId"), SelectionErrors.RecommendationNotBySteering, $"'{body.Id}' is a {body.Kind.ToId()}, not a steering committee.");
            }
        }

        private void Organization(string? id, string at)
        {
            if (id is not null && !_organizations.ContainsKey(id))
            {
                problems.Add(at, CommonErrors.UnknownReference, $"The catalog has no organization '{id}'.");
            }
        }
    }
}

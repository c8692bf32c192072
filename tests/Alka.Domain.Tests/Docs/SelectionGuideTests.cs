using System.Text.RegularExpressions;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Sources;

namespace Alka.Domain.Tests.Docs;

/// <summary>
/// The worked example of <c>docs/selection.md</c> runs here: the guide's C# policy, its JSON twin and its candidates
/// file give the selection the guide prints, line for line; the guide's own test runs as it is written there.
/// </summary>
public partial class SelectionGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "selection.md"));

    // As the guide writes it.
    private static SelectionPolicy OurPolicy() => SelectionPolicy.Create(
        Provenance.Default,                                   // our own policy: no source of the institute states it
        [
            SectorEligibility.Create([Sector.CivilSociety, Sector.LocalGovernment], Provenance.Default).Value,
            SteeringRecommendation.Create("negev-leaders", "steering-committee", Provenance.Default).Value,
        ],
        [
            CriterionWeight.Of(MeritCriterion.Leadership, 2), // leadership counts double
            CriterionWeight.Of(MeritCriterion.Teamwork),
            CriterionWeight.Of(MeritCriterion.SocialAwareness),
        ],
        SeatRange.Between(3, 4, Provenance.Default),
        [
            Quota.Create("periphery", MixDimension.Periphery, ["periphery"], minimum: QuotaBound.OfShare(0.5m)).Value,
            Quota.ForEachValue("organization-max", MixDimension.Organization, QuotaBound.OfCount(1)).Value,
        ],
        Waitlist.Of(2, Provenance.Default)).Value;

    [Fact]
    public void Example_PrintsWhatTheGuideSays()
    {
        var policy = OurPolicy();
        var pool = CandidateCsv.Read(Block("csv")).Value;
        var selection = policy.Select(pool).Value;

        var printed = new Dictionary<string, string>
        {
            ["selection"] = selection.ToString(),
            ["string.Join(\", \", selection.Admitted.Select(c => c.Id))"] = string.Join(", ", selection.Admitted.Select(c => c.Id)),
            ["selection.Find(\"n02\")"] = selection.Find("n02")!.ToString(),
            ["selection.Find(\"n05\")"] = selection.Find("n05")!.ToString(),
            ["selection.Find(\"n06\")"] = selection.Find("n06")!.ToString(),
            ["selection.WhatIf(\"n02\").Value"] = selection.WhatIf("n02").Value.ToString()!,
            ["selection.WhatIf(\"n07\").Value"] = selection.WhatIf("n07").Value.ToString()!,
            ["selection.Replacement(\"n01\").Value?.Id"] = selection.Replacement("n01").Value?.Id ?? "",
            ["selection.Replacement(\"n05\").Value?.Id ?? \"none\""] = selection.Replacement("n05").Value?.Id ?? "none",
            ["policy.Audit(pool, [\"n01\", \"n03\", \"n04\"]).Value.Findings.Single()"] = policy.Audit(pool, ["n01", "n03", "n04"]).Value.Findings.Single().ToString(),
            ["policy.Audit(pool, [\"n01\", \"n02\", \"n03\", \"n04\"]).Value.Findings.Single()"] = policy.Audit(pool, ["n01", "n02", "n03", "n04"]).Value.Findings.Single().ToString(),
        };

        var lines = WriteLine().Matches(Guide).ToDictionary(m => m.Groups["expression"].Value, m => m.Groups["comment"].Value.Trim());
        lines.Keys.Should().BeEquivalentTo(printed.Keys, "every line the guide prints is checked here");
        foreach (var (expression, value) in printed)
        {
            lines[expression].Should().Be(value, $"the guide says what {expression} prints");
        }
    }

    [Fact]
    public void JsonPolicy_IsTheCSharpPolicy() => SelectionJson.ReadPolicy(Block("json")).Value.Should().Be(OurPolicy());

    [Fact]
    public void CSharpPolicy_IsTheOneTheGuideWrites() =>
        Guide.Should().Contain("SeatRange.Between(3, 4, Provenance.Default)").And.Contain("QuotaBound.OfShare(0.5m)")
            .And.Contain("CriterionWeight.Of(MeritCriterion.Leadership, 2)");

    // The guide's test, as a partner team would write it.
    [Fact]
    public void OurForum_KeepsHalfFromThePeripheryAndOnePerOrganization()
    {
        var pool = CandidateCsv.Read(Block("csv")).Value;

        var selection = OurPolicy().Select(pool).Value;

        selection.Misses.Should().BeEmpty();
        selection.Admitted.Count(c => c.Periphery == PeripheryStatus.Periphery).Should().BeGreaterThanOrEqualTo(2);
        selection.Find("n02")!.Reasons.Should().Equal("quota:organization-max", "waitlist", "seats");
        OurPolicy().Audit(pool, selection.Admitted.Select(c => c.Id)).Value.IsValid.Should().BeTrue();
    }

    [Fact]
    public void TestDataFiles_AreTheGuidesExample()
    {
        File.ReadAllText(TestData.PathOf("selection/partner-policy.json")).Should().Be(Block("json"));
        File.ReadAllText(TestData.PathOf("selection/partner-candidates.csv")).Should().Be(Block("csv"));
    }

    private static string Block(string language) =>
        Regex.Match(Guide, "```" + language + "\\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;


    [GeneratedRegex(@"Console\.WriteLine\((?<expression>.+?)\);\s*//(?<comment>[^\n]*)")]
    private static partial Regex WriteLine();
}

using System.CommandLine;
using System.Globalization;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Geography;
using Alka.Domain.Serialization;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka authorities [--status STATUS] [--max-population N] [--format table|csv|json]</c>: Israel's local authorities
/// as the library holds them (CBS data), ordered by code.
/// </summary>
internal static class AuthoritiesCommand
{
    private static readonly Column<LocalAuthority>[] CsvColumns =
    [
        new("code", (a, _) => a.Code),
        new("name_en", (a, _) => a.Name.English),
        new("name_he", (a, _) => a.Name.Hebrew),
        new("status", (a, _) => a.Status.ToId()),
        new("district", (a, _) => a.District.ToId()),
        new("region", (a, _) => a.Region.ToId()),
        new("population", (a, text) => text.Append(a.Population.Value).Span),
        new("ses_cluster", (a, text) => text.Append(a.SocioEconomicCluster.Value).Span),
        new("periphery_cluster", (a, text) => text.Append(a.PeripheryCluster.Value).Span),
    ];

    private static readonly Column<LocalAuthority>[] TableColumns =
    [
        new("code", (a, _) => a.Code),
        new("name", (a, _) => a.Name.English),
        new("שם", (a, _) => a.Name.Hebrew),
        new("status", (a, _) => a.Status.ToId()),
        new("district", (a, _) => a.District.ToId()),
        new("region", (a, _) => a.Region.ToId()),
        new("population 2021", (a, text) => text.Append(a.Population.Value).Span),
        new("ses 2019", (a, text) => text.Append(a.SocioEconomicCluster.Value).Span),
        new("periphery 2020", (a, text) => text.Append(a.PeripheryCluster.Value).Span),
    ];

    public static Command Create()
    {
        var status = StatusOption();
        var maxPopulation = MaxPopulationOption();
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command(
            "authorities",
            "Israel's local authorities (CBS): code, names, status, district, the District Managers Forum region, population (2021), " +
            "socio-economic cluster (2019) and periphery cluster (2020), ordered by code.")
        {
            status, maxPopulation, format,
        };
        command.SetAction(parseResult =>
        {
            var authorities = LocalAuthorities.Filter(parseResult.GetValue(status), parseResult.GetValue(maxPopulation));
            Write(parseResult.Output(), authorities, format.ValueOf(parseResult));
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Option<MunicipalStatus?> StatusOption() =>
        new("--status")
        {
            Description = "Only authorities of this status: " + string.Join(", ", Ids.All<MunicipalStatus>().Select(s => s.ToId())),
            HelpName = "STATUS",
            CustomParser = argument =>
            {
                var text = argument.Tokens.Count == 0 ? "" : argument.Tokens[^1].Value;
                if (Ids.TryParse<MunicipalStatus>(text, out var value))
                {
                    return value;
                }

                argument.AddError($"--status: '{text}' is not one of {string.Join(", ", Ids.All<MunicipalStatus>().Select(s => s.ToId()))}.");
                return null;
            },
        };

    private static Option<int?> MaxPopulationOption() =>
        new("--max-population")
        {
            Description = "Only authorities of at most N residents (end of 2021), N included",
            HelpName = "N",
            CustomParser = argument =>
            {
                var text = argument.Tokens.Count == 0 ? "" : argument.Tokens[^1].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                argument.AddError($"--max-population: '{text}' is not a number of residents (0 or more, digits only).");
                return null;
            },
        };

    private static void Write(OutputWriter output, IReadOnlyList<LocalAuthority> authorities, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.Write(output, CsvColumns, authorities);
                break;
            case OutputFormat.Json:
                output.Write(GeographyJson.Write(authorities));
                output.Write('\n');
                break;
            default:
                Table.Write(output, TableColumns, authorities);
                output.Write(LocalAuthorities.Source.Attribution + "\n");
                break;
        }
    }
}

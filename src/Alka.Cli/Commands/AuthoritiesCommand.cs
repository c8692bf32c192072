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
    /// <summary>The header of the CSV output.</summary>
    public static readonly string[] CsvHeader =
        ["code", "name_en", "name_he", "status", "district", "region", "population", "ses_cluster", "periphery_cluster"];

    public static Command Create()
    {
        var status = StatusOption();
        var maxPopulation = MaxPopulationOption();
        var format = CommandLineInput.FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
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
            Write(parseResult.InvocationConfiguration.Output, authorities, parseResult.GetValue(format));
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

    private static void Write(TextWriter output, IReadOnlyList<LocalAuthority> authorities, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.WriteRecord(output, CsvHeader);
                foreach (var a in authorities)
                {
                    Csv.WriteRecord(
                        output, a.Code, a.Name.English, a.Name.Hebrew, a.Status.ToId(), a.District.ToId(), a.Region.ToId(),
                        Number(a.Population), Number(a.SocioEconomicCluster), Number(a.PeripheryCluster));
                }

                break;
            case OutputFormat.Json:
                output.Write(GeographyJson.Write(authorities));
                output.Write('\n');
                break;
            default:
                Table.Write(
                    output,
                    ["code", "name", "שם", "status", "district", "region", "population 2021", "ses 2019", "periphery 2020"],
                    authorities.Select(a => (IReadOnlyList<string>)
                    [
                        a.Code, a.Name.English, a.Name.Hebrew, a.Status.ToId(), a.District.ToId(), a.Region.ToId(),
                        Number(a.Population), Number(a.SocioEconomicCluster), Number(a.PeripheryCluster),
                    ]));
                output.Write(LocalAuthorities.Source.Attribution + "\n");
                break;
        }
    }

    private static string Number(Statistic statistic) => statistic.Value.ToString(CultureInfo.InvariantCulture);
}

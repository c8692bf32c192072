using System.Text.Json.Serialization;

namespace Alka.Cli.Output;

/// <summary>How a command writes its records to standard output; the ids are the values of <c>--format</c>.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns for people, Hebrew and English.</summary>
    [JsonStringEnumMemberName("table")]
    Table,

    /// <summary>RFC 4180 CSV, UTF-8 without BOM, <c>\n</c> line ends, a fixed header row.</summary>
    [JsonStringEnumMemberName("csv")]
    Csv,

    /// <summary>The library's own JSON.</summary>
    [JsonStringEnumMemberName("json")]
    Json,
}

namespace Alka.Cli.Output;

/// <summary>How a command writes its records to standard output.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns for people, Hebrew and English.</summary>
    Table,

    /// <summary>RFC 4180 CSV, UTF-8 without BOM, <c>\n</c> line ends, a fixed header row.</summary>
    Csv,

    /// <summary>The library's own JSON.</summary>
    Json,
}

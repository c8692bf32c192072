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

    /// <summary>An RFC 5545 iCalendar (<c>alka plan</c>).</summary>
    Ics,
}

/// <summary>The ids of <see cref="OutputFormat"/> on the command line.</summary>
internal static class OutputFormatIds
{
    public static string ToId(this OutputFormat format) => format switch
    {
        OutputFormat.Table => "table",
        OutputFormat.Csv => "csv",
        OutputFormat.Json => "json",
        OutputFormat.Ics => "ics",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}

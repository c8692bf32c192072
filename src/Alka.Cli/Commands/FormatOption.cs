using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;

namespace Alka.Cli.Commands;

/// <summary>
/// The <c>--format</c> option with the formats a command writes, the first the default; read it with
/// <see cref="ValueOf"/>. Help shows the formats as they are typed (<c>--format &lt;table|csv|json&gt;</c>, "table (default)").
/// </summary>
/// <remarks>
/// The default is not a <c>DefaultValueFactory</c>: help would print it as the enum's name (<c>Table</c>), a value
/// <c>--format</c> refuses.
/// </remarks>
internal sealed class FormatOption : Option<OutputFormat>
{
    private readonly OutputFormat[] _formats;

    /// <summary>The option accepting <paramref name="formats"/>; the first is the default.</summary>
    public FormatOption(params OutputFormat[] formats)
        : base("--format")
    {
        ArgumentOutOfRangeException.ThrowIfZero(formats.Length);
        _formats = formats;
        var ids = formats.Select(f => f.ToId()).ToArray();
        HelpName = string.Join('|', ids);
        Description = formats.Length == 1
            ? $"Output format: {ids[0]}, the only one"
            : $"Output format: {ids[0]} (default), {string.Join(", ", ids[1..])}";
        CustomParser = argument =>
        {
            var text = argument.Tokens.Count == 0 ? "" : argument.Tokens[^1].Value;
            if (!Ids.TryParse(text, out OutputFormat format) || !_formats.Contains(format))
            {
                argument.AddError($"--format: '{text}' is not one of {string.Join(", ", ids)}.");
            }

            return format;
        };
    }

    /// <summary>The format asked for, or the default when <c>--format</c> is absent.</summary>
    public OutputFormat ValueOf(ParseResult parseResult) =>
        parseResult.GetResult(this) is null ? _formats[0] : parseResult.GetValue(this);
}

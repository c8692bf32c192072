using System.Globalization;
using NodaTime;

namespace Alka.Cli.Output;

/// <summary>
/// The text of one cell of <paramref name="row"/>: a string the row already holds (an id, a name), or text composed
/// in <paramref name="scratch"/> and returned as <see cref="CellText.Span"/>. Valid until the next call.
/// </summary>
internal delegate ReadOnlySpan<char> Cell<in T>(T row, CellText scratch);

/// <summary>A column of a CSV file or a table: its header and how a row's cell reads.</summary>
internal sealed class Column<T>(string header, Cell<T> cell)
{
    /// <summary>The header, e.g. <c>hebrew_date</c>.</summary>
    public string Header { get; } = header;

    /// <summary>Writes the cell of a row.</summary>
    public Cell<T> Cell { get; } = cell;
}

/// <summary>Columns over rows of strings, for small outputs already in memory.</summary>
internal static class Columns
{
    /// <summary>One column per header, the <c>i</c>-th reading the <c>i</c>-th string of a row.</summary>
    public static Column<IReadOnlyList<string>>[] Of(IReadOnlyList<string> headers) =>
        [.. headers.Select((header, i) => new Column<IReadOnlyList<string>>(header, (row, _) => row[i]))];
}

/// <summary>A reusable buffer in which a cell's text is composed without a string.</summary>
internal sealed class CellText
{
    private char[] _chars = new char[256];

    /// <summary>The text composed since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>The number of characters composed.</summary>
    public int Length { get; private set; }

    /// <summary>Empties the buffer.</summary>
    /// <returns>This buffer.</returns>
    public CellText Clear()
    {
        Length = 0;
        return this;
    }

    /// <summary>Appends <paramref name="text"/>.</summary>
    /// <returns>This buffer.</returns>
    public CellText Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    /// <summary>Appends <paramref name="c"/>.</summary>
    /// <returns>This buffer.</returns>
    public CellText Append(char c)
    {
        Reserve(1);
        _chars[Length++] = c;
        return this;
    }

    /// <summary>Appends <paramref name="date"/> as ISO <c>uuuu-MM-dd</c>.</summary>
    /// <returns>This buffer.</returns>
    public CellText Append(LocalDate date)
    {
        Reserve(IsoDate.MaxLength);
        Length += IsoDate.Format(date, _chars.AsSpan(Length));
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as it formats itself (e.g. a Hebrew date, <c>"H"</c> in Hebrew), without a string.</summary>
    /// <returns>This buffer.</returns>
    public CellText Append<T>(T value, ReadOnlySpan<char> format = default)
        where T : ISpanFormattable
    {
        int written;
        while (!value.TryFormat(_chars.AsSpan(Length), out written, format, CultureInfo.InvariantCulture))
        {
            Reserve(_chars.Length);
        }

        Length += written;
        return this;
    }

    private void Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }
    }
}

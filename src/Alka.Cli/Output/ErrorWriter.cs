using System.Buffers;
using System.Globalization;
using System.Text;

namespace Alka.Cli.Output;

/// <summary>
/// Standard error: one line per problem, whatever the problem's text holds — control characters (a newline, an
/// escape sequence) and bidirectional overrides are written escaped (<c>\n</c>, <c>\x1B</c>, <c>\u202E</c>), so that
/// echoed input can neither split a line nor reach the terminal — and at most <see cref="MaxLines"/> lines, then one
/// that counts the rest. A stream that cannot be written is given up silently: there is nowhere else to say so.
/// </summary>
/// <remarks>
/// Also a <see cref="TextWriter"/>: text written through it is cut into lines at <c>\n</c>. Not thread-safe.
/// </remarks>
internal sealed class ErrorWriter : TextWriter
{
    /// <summary>The most lines written; the rest are counted in one more.</summary>
    public const int MaxLines = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // C0 and C1 controls, DEL, the bidirectional embeddings, overrides and isolates, and the line and paragraph separators.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i),
         '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    private readonly Stream _stream;
    private readonly StringBuilder _pending = new();
    private bool _broken;

    /// <summary>Writes to <paramref name="stream"/>.</summary>
    public ErrorWriter(Stream stream)
        : base(CultureInfo.InvariantCulture)
    {
        _stream = stream;
        CoreNewLine = ['\n'];
    }

    /// <summary>The number of lines asked for, written or not.</summary>
    public int Lines { get; private set; }

    /// <inheritdoc/>
    public override Encoding Encoding => Utf8;

    /// <summary>Writes <paramref name="text"/> as one line, escaped; past <see cref="MaxLines"/> only counts it.</summary>
    public void Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (++Lines <= MaxLines)
        {
            Send(Escape(text) + "\n");
        }
    }

    /// <summary>Writes the count of the lines left out, if any, and any text not yet ended by a newline.</summary>
    public override void Flush()
    {
        if (_pending.Length > 0)
        {
            var text = _pending.ToString();
            _pending.Clear();
            Line(text);
        }

        if (Lines > MaxLines)
        {
            var left = Lines - MaxLines;
            Send(string.Create(CultureInfo.InvariantCulture, $"alka: … and {left} more problem{(left == 1 ? "" : "s")}\n"));
            Lines = MaxLines;
        }

        try
        {
            if (!_broken)
            {
                _stream.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            _broken = true;
        }
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (value == '\n')
        {
            var text = _pending.ToString();
            _pending.Clear();
            Line(text);
        }
        else
        {
            _pending.Append(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        foreach (var c in value.AsSpan())
        {
            Write(c);
        }
    }

    /// <summary>
    /// <paramref name="text"/> with every control character and bidirectional control escaped: <c>\n</c>, <c>\r</c>,
    /// <c>\t</c>, <c>\xHH</c> below U+0100, <c>\uHHHH</c> above.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when !Unsafe.Contains(c) => escaped.Append(c),
                < '\u0100' => escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            };
        }

        return escaped.ToString();
    }

    private void Send(string text)
    {
        if (_broken)
        {
            return;
        }

        try
        {
            _stream.Write(Utf8.GetBytes(text));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            _broken = true;
        }
    }
}

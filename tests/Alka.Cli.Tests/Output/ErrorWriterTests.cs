using System.Text;
using Alka.Cli.Output;

namespace Alka.Cli.Tests.Output;

public class ErrorWriterTests
{
    [Theory]
    [InlineData("plain text, עברית", "plain text, עברית")]
    [InlineData("a\nb\r\tc", @"a\nb\r\tc")]
    [InlineData("\u001b[31mred\u001b[0m", @"\x1B[31mred\x1B[0m")]
    [InlineData("\0\u007f\u0085\u009b", @"\x00\x7F\x85\x9B")]
    [InlineData("abc\u202edef\u2066\u2028", @"abc\u202Edef\u2066\u2028")]
    [InlineData("back\\slash", "back\\slash")]
    public void Escape_ControlCharacters_AreWrittenAsEscapes(string text, string escaped) =>
        ErrorWriter.Escape(text).Should().Be(escaped);

    [Fact]
    public void Line_BeyondTheMaximum_IsCountedInOneLastLine()
    {
        using var stream = new MemoryStream();
        using (var errors = new ErrorWriter(stream))
        {
            for (var i = 0; i < 1234; i++)
            {
                errors.Line($"problem {i}");
            }

            errors.Flush();
        }

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        lines.Should().HaveCount(ErrorWriter.MaxLines + 2).And.EndWith(["alka: … and 1134 more problems", ""]);
        lines[99].Should().Be("problem 99");
    }

    [Fact]
    public void Write_TextWithNewlines_IsOneLinePerNewline()
    {
        using var stream = new MemoryStream();
        using (var errors = new ErrorWriter(stream))
        {
            errors.Write("first\nsecond \u001b");
            errors.Flush();
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("first\nsecond \\x1B\n");
    }
}

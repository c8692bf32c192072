using System.Text;
using Alka.Cli.Output;
using CsCheck;
using NodaTime;
using NodaTime.Text;

namespace Alka.Cli.Tests.Output;

public class OutputWriterTests
{
    [Fact]
    public void Write_AnyText_IsItsUtf8WithoutABom()
    {
        Gen.String.Sample(text =>
        {
            using var stream = new MemoryStream();
            using (var writer = new OutputWriter(stream, "standard output"))
            {
                writer.Write(text);
                writer.Flush();
            }

            return stream.ToArray().AsSpan().SequenceEqual(new UTF8Encoding(false).GetBytes(text));
        });
    }

    [Fact]
    public void Write_ASurrogatePairOneCharAtATime_IsOneCharacter()
    {
        using var stream = new MemoryStream();
        using var writer = new OutputWriter(stream, "standard output");

        foreach (var c in "a😀ב")
        {
            writer.Write(c);
        }

        writer.Flush();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("a😀ב");
    }

    [Fact]
    public void Write_MoreThanTheBuffer_GoesOutInPiecesOfAtMost64KiB()
    {
        using var stream = new MemoryStream();
        using var writer = new OutputWriter(stream, "standard output");
        var line = new string('x', 999) + "\n";

        for (var i = 0; i < 1000; i++)
        {
            writer.Write(line);
        }

        stream.Length.Should().BeGreaterThan(0, "a full buffer goes out before the flush").And.BeLessThan(1_000_000);
        writer.Flush();
        stream.Length.Should().Be(1_000_000);
    }

    [Fact]
    public void Write_Date_IsNodaTimesIsoPattern()
    {
        Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28]).Sample((year, month, day) =>
        {
            var date = new LocalDate(year, month, day);
            Span<char> text = stackalloc char[IsoDate.MaxLength];
            return text[..IsoDate.Format(date, text)].SequenceEqual(LocalDatePattern.Iso.Format(date));
        });
    }

    [Fact]
    public void Flush_ToAFailingStream_IsOutputFailedNamingTheStream()
    {
        using var writer = new OutputWriter(new ReadOnlyStream(), "standard output");
        writer.Write("x");

        var flush = () => writer.Flush();

        flush.Should().Throw<OutputFailedException>().WithMessage("cannot write to standard output: *");
    }

    private sealed class ReadOnlyStream : MemoryStream
    {
        public override bool CanWrite => false;

        public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException("Stream does not support writing.");
    }
}

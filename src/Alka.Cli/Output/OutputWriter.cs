using System.Buffers;
using System.Globalization;
using System.Text;

namespace Alka.Cli.Output;

/// <summary>
/// Standard output: text encoded as UTF-8 (no BOM, <c>\n</c> line ends) straight into one buffer that goes to the
/// stream when full and on <see cref="Flush"/>. Also a <see cref="TextWriter"/>, so that help and version text take the
/// same path; a failed write is an <see cref="OutputFailedException"/>.
/// </summary>
/// <remarks>Not thread-safe: one command writes it.</remarks>
internal sealed class OutputWriter : TextWriter
{
    private const int BufferBytes = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stream;
    private readonly string _name;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private int _count;

    /// <summary>Writes to <paramref name="stream"/>, named <paramref name="name"/> in messages (e.g. <c>standard output</c>).</summary>
    public OutputWriter(Stream stream, string name)
        : base(CultureInfo.InvariantCulture)
    {
        _stream = stream;
        _name = name;
        CoreNewLine = ['\n'];
    }

    /// <inheritdoc/>
    public override Encoding Encoding => Utf8;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (value < 0x80 && _count < _buffer.Length)
        {
            _buffer[_count++] = (byte)value;
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            if (_buffer.Length - _count < Utf8.GetMaxByteCount(1))
            {
                Drain();
            }

            _encoder.Convert(chars, _buffer.AsSpan(_count), flush: false, out var used, out var written, out _);
            chars = chars[used..];
            _count += written;
        }
    }

    /// <inheritdoc/>
    public override void WriteLine() => Write('\n');

    // UTF-8 bytes as they are, from a document a library streams (Through).
    private void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _count)
        {
            Drain();
        }

        if (utf8.Length > _buffer.Length)
        {
            Send(utf8);
        }
        else
        {
            utf8.CopyTo(_buffer.AsSpan(_count));
            _count += utf8.Length;
        }
    }

    /// <summary>
    /// Lets <paramref name="write"/> write to the stream through this writer's buffer, e.g. a JSON document that a
    /// library streams; failures are reported as this writer's.
    /// </summary>
    public void WriteStream(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new Through(this);
        write(stream);
    }

    /// <summary>Sends the buffered bytes to the stream and flushes it.</summary>
    /// <exception cref="OutputFailedException">The stream refused them.</exception>
    public override void Flush()
    {
        Drain();
        try
        {
            _stream.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(_name, e);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        base.Dispose(disposing);
    }

    private void Drain()
    {
        if (_count > 0)
        {
            var count = _count;
            _count = 0;
            Send(_buffer.AsSpan(0, count));
        }
    }

    private void Send(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _stream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(_name, e);
        }
    }

    // A write-only stream over the writer's buffer.
    private sealed class Through(OutputWriter writer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer) => writer.WriteUtf8(buffer);

        public override void Write(byte[] buffer, int offset, int count) => writer.WriteUtf8(buffer.AsSpan(offset, count));

        public override void Flush()
        {
            // The writer flushes when the command is done.
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>Writing to standard output or standard error failed: a full disk, a closed pipe, a closed stream.</summary>
internal sealed class OutputFailedException(string name, Exception inner)
    : IOException($"cannot write to {name}: {inner.Message}", inner);

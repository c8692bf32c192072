using Alka.Cli;

// Standard output and error as raw streams: the tool encodes its own UTF-8 and handles every failure to write.
// A stream that cannot be opened (closed by the caller) is one that fails on the first write.
using var output = Open(Console.OpenStandardOutput);
using var error = Open(Console.OpenStandardError);
return AlkaCommandLine.Run(args, output, error);

static Stream Open(Func<Stream> open)
{
    try
    {
        return open();
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        return new FailingStream(e);
    }
}

/// <summary>Stands for a standard stream that could not be opened: every write fails with the reason.</summary>
internal sealed class FailingStream(Exception reason) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => throw new IOException(reason.Message, reason);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

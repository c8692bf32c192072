using Alka.Cli;
using Alka.Cli.Output;

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

using System.Text;
using Alka.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return AlkaCommandLine.Run(args, Console.Out, Console.Error);

using System.CommandLine;
using PolicyGen.Cli.Commands;

namespace PolicyGen.Cli;

/// <summary>Builds the command tree and runs it; usage errors exit 2, unexpected failures 4, never a stack trace.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("policygen: bilingual FR/NL policy notes from YAML sources.")
        {
            ValidateCommand.Create(output, error),
            SchemaCommand.Create(output),
            BuildCommand.Create(output, error),
            InitCommand.Create(output, error),
            PreviewCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"policygen: {e.Message}");
            }

            error.WriteLine("Run 'policygen --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"policygen: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in policygen; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}

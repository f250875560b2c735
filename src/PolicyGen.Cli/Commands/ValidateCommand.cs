using System.CommandLine;
using PolicyGen.Cli.Reporting;
using PolicyGen.Diagnostics;
using PolicyGen.Pipeline;

namespace PolicyGen.Cli.Commands;

/// <summary><c>policygen validate [DIR]</c>: load, merge and check a project; print diagnostics.</summary>
public static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommonOptions.ProjectDirectory();
        var format = CommonOptions.Format();
        var warnAsError = CommonOptions.WarnAsError();
        var command = new Command("validate", "Check the sources of a project and report every problem.")
        {
            directory, format, warnAsError,
        };
        command.SetAction(parse => Run(output, error, parse.GetValue(directory)!, parse.GetValue(format), parse.GetValue(warnAsError)));
        return command;
    }

    public static int Run(TextWriter output, TextWriter error, string directory, OutputFormat format, bool warnAsError)
    {
        var result = ProjectValidation.Run(directory);
        var diagnostics = Escalation.WarningsAsErrors(result.Diagnostics, warnAsError);
        DiagnosticWriter.Write(output, diagnostics, format, DiagnosticWriter.Summary(diagnostics, result.Project?.Notes.Count ?? 0));
        if (Environment.GetEnvironmentVariable("POLICYGEN_TIMINGS") == "1")
        {
            foreach (var t in result.Timings)
            {
                error.WriteLine(FormattableString.Invariant($"{t.Stage,-28} {t.Elapsed.TotalMilliseconds,8:F1} ms"));
            }
        }
        return diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}

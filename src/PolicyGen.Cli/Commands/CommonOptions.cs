using System.CommandLine;
using PolicyGen.Cli.Reporting;

namespace PolicyGen.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<OutputFormat> Format(string name = "--format") => new(name)
    {
        Description = "How to print diagnostics: text (path(line,col): error PG1234: …), json, or github (Actions annotations).",
        DefaultValueFactory = _ => OutputFormat.Text,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "text";
            if (Enum.TryParse<OutputFormat>(token, ignoreCase: true, out var value) && !int.TryParse(token, out _))
            {
                return value;
            }

            result.AddError($"'{token}' is not a format; use text, json or github.");
            return OutputFormat.Text;
        },
    };

    /// <summary>The project folder argument (default: the current folder); a stray option is not taken for a folder.</summary>
    public static Argument<string> ProjectDirectory()
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "The project folder (the one holding policygen.yaml).",
            DefaultValueFactory = _ => ".",
        };
        directory.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[0].Value.StartsWith('-'))
            {
                result.AddError($"unknown option '{result.Tokens[0].Value}'");
            }
        });
        return directory;
    }

    public static Option<bool> WarnAsError() => new("--warnaserror")
    {
        Description = "Treat warnings as errors (exit 1 when there are any).",
    };
}

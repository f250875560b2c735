namespace PolicyGen.Tests.Rendering;

/// <summary>A fact that is skipped, with the reason shown, when a command-line program is not on the PATH.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresProgramFactAttribute : FactAttribute
{
    public RequiresProgramFactAttribute(string program)
    {
        Program = program;
        if (Programs.Find(program) is null)
        {
            Skip = $"{program} is not installed (poppler-utils / qpdf); install it to run this test.";
        }
    }

    public string Program { get; }
}

/// <summary>Finds and runs command-line programs.</summary>
public static class Programs
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a program and returns its exit code and standard output.</summary>
    public static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo(Find(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}

using System.Diagnostics;

namespace PolicyGen.Tests.LibreOffice;

/// <summary>Runs LibreOffice headless to convert a DOCX to PDF.</summary>
public static class Soffice
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The <c>soffice</c> executable on the PATH, or null.</summary>
    public static string? Path => Found.Value;

    /// <summary>Converts a DOCX to PDF in a folder; returns the PDF's path and LibreOffice's output.</summary>
    public static (string? Pdf, int ExitCode, string Output) ConvertToPdf(string docx, string folder)
    {
        var profile = System.IO.Path.Combine(folder, "profile");
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, docx })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (null, -1, "timed out");
        }

        var pdf = System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(docx) + ".pdf");
        return (File.Exists(pdf) ? pdf : null, process.ExitCode, output.Result + error.Result);
    }

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            var candidate = System.IO.Path.Combine(directory, "soffice");
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

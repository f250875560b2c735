using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// The pages of a preview PDF as PNG files beside it (<c>&lt;name&gt;-1.png</c>…), drawn by pdftoppm (poppler-utils)
/// when it is on PATH. The pages are drawn into a temporary folder and renamed into place; pages left from a
/// longer earlier preview are removed. Without pdftoppm a note says so and the PDF stands alone.
/// </summary>
public static partial class PreviewImages
{
    public const string Program = "pdftoppm";

    /// <returns>The PNG files written (none when pdftoppm is missing or fails).</returns>
    public static IReadOnlyList<string> Write(string pdf, TextWriter error, string? searchPath = null)
    {
        if (ExecutableSearch.Find(Program, searchPath) is not { } pdftoppm)
        {
            error.WriteLine($"policygen: --png needs {Program} (poppler-utils) on PATH, which is not there; the PDF is written, open it instead: {pdf}");
            return [];
        }

        var full = Path.GetFullPath(pdf);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileNameWithoutExtension(full);
        var temp = Path.Combine(folder, $".{name}.{Environment.ProcessId}.png{AtomicFile.TempSuffix}");
        try
        {
            Directory.CreateDirectory(temp);
            var start = new ProcessStartInfo(pdftoppm) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-png", "-r", "96", full, Path.Combine(temp, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error.WriteLine($"policygen: {Program} could not draw the pages of {pdf} (exit {process.ExitCode}): {stderr.Result.Trim()}");
                return [];
            }

            var written = new List<string>();
            foreach (var page in Directory.EnumerateFiles(temp, "page-*.png").Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(folder, $"{name}-{int.Parse(Path.GetFileNameWithoutExtension(page)["page-".Length..], System.Globalization.CultureInfo.InvariantCulture)}.png");
                File.Move(page, target, overwrite: true);
                written.Add(target);
            }

            RemoveStale(folder, name, written);
            return written;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <summary>Pages of an earlier, longer preview of the same part.</summary>
    private static void RemoveStale(string folder, string name, List<string> written)
    {
        var page = new Regex("^" + Regex.Escape(name) + @"-[0-9]+\.png$", RegexOptions.CultureInvariant);
        foreach (var file in Directory.EnumerateFiles(folder, name + "-*.png"))
        {
            if (page.IsMatch(Path.GetFileName(file)) && !written.Contains(file))
            {
                File.Delete(file);
            }
        }
    }
}

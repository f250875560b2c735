using System.Diagnostics;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// Hands a file to the system's viewer: <c>xdg-open</c> on Linux and the BSDs, <c>open</c> on macOS, the shell's
/// file association on Windows. Where there is none, or it fails, a note says so: never an error.
/// </summary>
public static class SystemViewer
{
    /// <returns>Whether a viewer was started.</returns>
    public static bool Open(string file, TextWriter error, string? searchPath = null)
    {
        var full = Path.GetFullPath(file);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                using var shell = Process.Start(new ProcessStartInfo(full) { UseShellExecute = true });
                return true;
            }

            var opener = OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            if (ExecutableSearch.Find(opener, searchPath) is not { } program)
            {
                error.WriteLine($"policygen: no viewer to open the preview with ({opener} is not on PATH); open {full} yourself.");
                return false;
            }

            var start = new ProcessStartInfo(program) { UseShellExecute = false };
            start.ArgumentList.Add(full);
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            error.WriteLine($"policygen: the system viewer could not be started ({e.Message}); open {full} yourself.");
            return false;
        }
    }
}

namespace PolicyGen.Cli;

/// <summary>Finds a program on PATH (with the Windows extensions where they apply), as a shell would.</summary>
public static class ExecutableSearch
{
    /// <param name="program">The program's name, without extension.</param>
    /// <param name="searchPath">The folders to search, separated as PATH is; by default PATH itself.</param>
    /// <returns>The program's full path, or null when it is on none of the folders.</returns>
    public static string? Find(string program, string? searchPath = null)
    {
        var folders = (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = OperatingSystem.IsWindows() ? [program + ".exe", program + ".cmd", program + ".bat"] : new[] { program };
        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

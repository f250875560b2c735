namespace PolicyGen.Cli.Watching;

/// <summary>
/// Which changed files a preview depends on: the YAML files of the project (policygen.yaml and the notes' files)
/// and every file of the project's template folder; not the outputs, nor editors' backup, swap and temporary files.
/// </summary>
public sealed class SourceFiles(string projectDirectory, string? templateFolder)
{
    private readonly string _project = Path.GetFullPath(projectDirectory);
    private readonly string? _templates = templateFolder is null ? null : Path.GetFullPath(templateFolder);

    /// <summary>The folders to watch: the project's and, when it lies elsewhere, the template folder.</summary>
    public IReadOnlyList<string> Folders => _templates is null || Inside(_templates, _project) ? [_project] : [_project, _templates];

    public bool IsSource(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#')
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var full = Path.GetFullPath(path);
        if (_templates is not null && Inside(full, _templates))
        {
            return true;
        }

        return Inside(full, _project)
            && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Inside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}

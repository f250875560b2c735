using PolicyGen.Diagnostics;
using PolicyGen.Loading.Yaml;
using PolicyGen.Merging;
using PolicyGen.Model;

namespace PolicyGen.Loading;

/// <summary>
/// Loads a project folder: reads <c>policygen.yaml</c>, resolves each note's files (confined to the
/// folder), reads them safely, merges each note's files and binds the result to the model.
/// </summary>
public sealed class ProjectLoader(YamlLimits limits)
{
    public const string ProjectFileName = "policygen.yaml";

    public ProjectLoader()
        : this(YamlLimits.Default)
    {
    }

    /// <summary>Loads the project; returns null when not even the project file could be read.</summary>
    /// <param name="directory">The project folder.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="only">
    /// Which notes to read (by id); by default all. The files of the others are still resolved, so that a file two
    /// notes list or a missing one is still reported, but they are not read.
    /// </param>
    public Project? Load(string directory, DiagnosticBag diagnostics, Func<string, bool>? only = null)
    {
        var root = Path.GetFullPath(directory);
        var prefix = directory.TrimEnd('/', '\\');
        prefix = prefix is "." or "" ? string.Empty : prefix.Replace('\\', '/') + "/";
        var projectFile = Path.Combine(root, ProjectFileName);
        if (!File.Exists(projectFile))
        {
            diagnostics.Add(DiagnosticDescriptors.NoProjectFile, new SourceLocation(directory, 0, 0), directory);
            return null;
        }

        var reader = new SafeYamlReader(limits);
        var volumeNode = reader.ReadFile(projectFile, prefix + ProjectFileName, diagnostics);
        if (volumeNode is null)
        {
            return null;
        }

        var volume = new ModelBinder(diagnostics).Bind<Volume>(volumeNode);
        if (volume is null)
        {
            return null;
        }

        var notes = new List<Note>();
        var seenIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var seenFiles = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in volume.Notes ?? [])
        {
            if (entry.Id is null)
            {
                continue;
            }

            if (!seenIds.TryAdd(entry.Id, entry.Location))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateNote, entry.Location, $"the note id '{entry.Id}' is also used at {seenIds[entry.Id]}");
                continue;
            }

            var files = ResolveFiles(root, prefix, entry, diagnostics);
            var read = only?.Invoke(entry.Id) ?? true;
            var roots = new List<YamlNode>();
            foreach (var (full, display) in files)
            {
                if (!seenFiles.TryAdd(full, entry.Location))
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateNote, entry.Location, $"'{display}' is listed twice");
                    continue;
                }

                if (!read)
                {
                    continue;
                }

                if (reader.ReadFile(full, display, diagnostics) is { } node)
                {
                    if (node is YamlMapping)
                    {
                        roots.Add(node);
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticDescriptors.WrongNodeKind, node.Location, "a note file", "a mapping", node.KindName);
                    }
                }
            }

            if (roots.Count == 0)
            {
                continue;
            }

            var merged = new NoteMerger(diagnostics).Merge(roots);
            if (merged is not null && new ModelBinder(diagnostics).Bind<Note>(merged) is { } note)
            {
                note.Id = entry.Id;
                ObjectiveOrder.Apply(note);
                notes.Add(note);
            }
        }

        return new Project { RootDirectory = root, Volume = volume, Notes = notes };
    }

    /// <summary>The files a note entry names: files as given, folders as their .yaml files by name.</summary>
    private static List<(string Full, string Display)> ResolveFiles(string root, string prefix, NoteEntry entry, DiagnosticBag diagnostics)
    {
        var result = new List<(string, string)>();
        foreach (var relative in entry.Files ?? [])
        {
            var full = Path.GetFullPath(Path.Combine(root, relative));
            if (!IsInside(root, full) || !IsInside(root, RealPath(full)))
            {
                diagnostics.Add(DiagnosticDescriptors.PathOutsideProject, entry.Location, relative);
                continue;
            }

            if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full)
                    .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                foreach (var file in found)
                {
                    if (!IsInside(root, RealPath(file)))
                    {
                        diagnostics.Add(DiagnosticDescriptors.PathOutsideProject, entry.Location, prefix + Display(root, file));
                        continue;
                    }

                    result.Add((file, prefix + Display(root, file)));
                }

                if (found.Count == 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.FileNotFound, entry.Location, $"the folder '{relative}' holds no .yaml file");
                }
            }
            else if (File.Exists(full))
            {
                result.Add((full, prefix + Display(root, full)));
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.FileNotFound, entry.Location, $"'{relative}' does not exist");
            }
        }

        return result;
    }

    private static string Display(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    private static bool IsInside(string root, string full)
    {
        var rel = Path.GetRelativePath(root, full);
        return rel != ".." && !rel.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(rel);
    }

    /// <summary>The path with symbolic links resolved (for files and folders that are links).</summary>
    private static string RealPath(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}

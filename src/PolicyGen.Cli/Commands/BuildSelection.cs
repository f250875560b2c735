using PolicyGen.Cli.Reporting;
using PolicyGen.Model;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// Which notes a build writes (<c>--note</c>), whether warnings fail it (<c>--warnaserror</c>) and how its diagnostics
/// are printed (<c>--diagnostics</c>).
/// </summary>
public sealed record BuildSelection(IReadOnlyList<string> Notes, bool WarnAsError)
{
    /// <summary>How diagnostics are printed: text, json or github (Actions annotations).</summary>
    public OutputFormat Diagnostics { get; init; } = OutputFormat.Text;

    public static BuildSelection Everything { get; } = new([], false);

    /// <summary>The project with only the selected notes, or null (and a message) when one is unknown.</summary>
    public Project? Select(Project project, TextWriter error)
    {
        if (Notes.Count == 0)
        {
            return project;
        }

        var unknown = Notes.Where(id => project.Notes.All(n => n.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"policygen: no note '{string.Join("', '", unknown)}' in this project; its notes are: {string.Join(", ", project.Notes.Select(n => n.Id))}.");
            return null;
        }

        return new Project
        {
            RootDirectory = project.RootDirectory,
            Volume = project.Volume,
            Notes = [.. project.Notes.Where(n => Notes.Contains(n.Id))],
        };
    }
}

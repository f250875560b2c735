using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using PolicyGen.Loading.Yaml;
using PolicyGen.Markdown;
using PolicyGen.Templating;
using PolicyGen.Validation;

namespace PolicyGen.Pipeline;

/// <summary>
/// The first stages of the pipeline: load (read, merge, bind), then validate: the content rules, the rich
/// text (only the Markdown the writers support) and each note's label overrides.
/// </summary>
public static class ProjectValidation
{
    /// <param name="directory">The project folder.</param>
    /// <param name="limits">The limits of the YAML reader; by default <see cref="YamlLimits.Default"/>.</param>
    /// <param name="notes">
    /// Which notes to load and check (by id), by default all: the project file is always read and checked, the
    /// other notes are neither read nor checked (see <see cref="ProjectLoader.Load"/>).
    /// </param>
    public static ValidationResult Run(string directory, YamlLimits? limits = null, Func<string, bool>? notes = null) =>
        Check(Load(directory, limits, notes));

    /// <summary>Only the first stage: the project as loaded, with the loader's diagnostics.</summary>
    public static ValidationResult Load(string directory, YamlLimits? limits = null, Func<string, bool>? notes = null)
    {
        var bag = new DiagnosticBag();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var project = new ProjectLoader(limits ?? YamlLimits.Default).Load(directory, bag, notes);
        return new ValidationResult(project, Validator.ApplySettings(bag.Sorted(), project?.Volume)) { Timings = [new StageTiming("load", clock.Elapsed)] };
    }

    /// <summary>The second stage: the checks of a loaded project, added to what loading found.</summary>
    public static ValidationResult Check(ValidationResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Project is not { } project)
        {
            return loaded;
        }

        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var timings = loaded.Timings.ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var rule in Validator.Rules)
        {
            clock.Restart();
            rule.Check(project, bag);
            timings.Add(new StageTiming(rule.GetType().Name, clock.Elapsed));
        }

        clock.Restart();
        new RichTextRule().Check(project, bag);
        foreach (var note in project.Notes)
        {
            LabelOverrides.Check(note, bag);
        }

        timings.Add(new StageTiming("rich text and labels", clock.Elapsed));
        return new ValidationResult(project, Validator.ApplySettings(bag.Sorted(), project.Volume)) { Timings = timings };
    }
}

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

        // The checks only read the project: they run at once, each into its own bag, and their findings are put
        // together in the order of the checks (the rules, then the rich text and the labels).
        var checks = Validator.Rules.Select(rule => (Name: rule.GetType().Name, Run: new Action<DiagnosticBag>(found => rule.Check(project, found))))
            .Append((Name: "rich text and labels", Run: found =>
            {
                new RichTextRule().Check(project, found);
                foreach (var note in project.Notes)
                {
                    LabelOverrides.Check(note, found);
                }
            }))
            .ToList();
        var bags = new DiagnosticBag[checks.Count];
        var times = new TimeSpan[checks.Count];
        Parallel.For(0, checks.Count, i =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            bags[i] = new DiagnosticBag();
            checks[i].Run(bags[i]);
            times[i] = clock.Elapsed;
        });

        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var timings = loaded.Timings.ToList();
        for (var i = 0; i < checks.Count; i++)
        {
            bag.AddRange(bags[i].Items);
            timings.Add(new StageTiming(checks[i].Name, times[i]));
        }

        return new ValidationResult(project, Validator.ApplySettings(bag.Sorted(), project.Volume)) { Timings = timings };
    }
}

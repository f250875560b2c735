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
    public static ValidationResult Run(string directory, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var project = new ProjectLoader(limits ?? YamlLimits.Default).Load(directory, bag);
        timings.Add(new StageTiming("load", clock.Elapsed));
        if (project is not null)
        {
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
        }

        var diagnostics = Validator.ApplySettings(bag.Sorted(), project?.Volume);
        return new ValidationResult(project, diagnostics) { Timings = timings };
    }
}

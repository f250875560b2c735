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
        var project = new ProjectLoader(limits ?? YamlLimits.Default).Load(directory, bag);
        if (project is not null)
        {
            Validator.Validate(project, bag);
            new RichTextRule().Check(project, bag);
            foreach (var note in project.Notes)
            {
                LabelOverrides.Check(note, bag);
            }
        }

        var diagnostics = Validator.ApplySettings(bag.Sorted(), project?.Volume);
        return new ValidationResult(project, diagnostics);
    }
}

using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using PolicyGen.Loading.Yaml;
using PolicyGen.Validation;

namespace PolicyGen.Pipeline;

/// <summary>The first stages of the pipeline: load (read, merge, bind), then validate.</summary>
public static class ProjectValidation
{
    public static ValidationResult Run(string directory, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var project = new ProjectLoader(limits ?? YamlLimits.Default).Load(directory, bag);
        if (project is not null)
        {
            Validator.Validate(project, bag);
        }

        var diagnostics = Validator.ApplySettings(bag.Sorted(), project?.Volume);
        return new ValidationResult(project, diagnostics);
    }
}

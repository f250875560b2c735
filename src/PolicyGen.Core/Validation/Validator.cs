using PolicyGen.Diagnostics;
using PolicyGen.Model;
using PolicyGen.Validation.Rules;

namespace PolicyGen.Validation;

/// <summary>Runs every content rule over a loaded project, then applies the project's rule settings.</summary>
public static class Validator
{
    /// <summary>The rules, in the order they run.</summary>
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new VolumeRule(),
        new TextLanguagesRule(),
        new PlaceholderRule(),
        new NumberingRule(),
        new ReferencesRule(),
        new ActionTitlesRule(),
        new AllocationLabelsRule(),
        new ThresholdsRule(),
        new DeadlinesRule(),
        new ActionDeadlinesRule(),
        new LanguageRule(),
        new CopiedParagraphRule(),
        new NumberParityRule(),
        new DecimalPointRule(),
        new BalanceRule(),
        new GuillemetApostropheRule(),
        new GluedNumberRule(),
        new TitleFullStopRule(),
        new AbbreviationsRule(),
    ];

    public static void Validate(Project project, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(project, diagnostics);
        }
    }

    /// <summary>Applies per-rule severities from policygen.yaml: drops rules that are off, re-grades the others.</summary>
    public static IReadOnlyList<Diagnostic> ApplySettings(IEnumerable<Diagnostic> diagnostics, Volume? volume)
    {
        var settings = volume?.Rules;
        if (settings is null || settings.Count == 0)
        {
            return [.. diagnostics];
        }

        var result = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            if (d.Descriptor.Configurable && settings.TryGetValue(d.Id, out var severity))
            {
                if (severity != Severity.Off)
                {
                    result.Add(d with { Severity = severity });
                }
            }
            else
            {
                result.Add(d);
            }
        }

        return result;
    }
}

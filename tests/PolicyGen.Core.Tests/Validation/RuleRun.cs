using PolicyGen.Diagnostics;
using PolicyGen.Pipeline;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Validation;

/// <summary>Validates a small note in a throw-away project, for rule tests.</summary>
internal static class RuleRun
{
    /// <summary>The start of a note with one strategic objective; append its fields indented by four spaces.</summary>
    public const string Os = "strategic_objectives:\n  - number: 1\n    title: {fr: Objectif un, nl: Doelstelling een}\n";

    public static List<Diagnostic> Diagnostics(string noteBody, string? volume = null)
    {
        using var project = TempProject.WithNote("title: {fr: Démo, nl: Demo}\n" + TempProject.Chapters + noteBody, volume);
        return [.. ProjectValidation.Run(project.Directory).Diagnostics];
    }

    public static List<string> Codes(string noteBody, string? volume = null) => [.. Diagnostics(noteBody, volume).Select(d => d.Id)];
}

using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation;

/// <summary>One content rule: checks the merged model of a project and reports what it finds.</summary>
public interface IRule
{
    /// <summary>The diagnostics this rule may report.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    void Check(Project project, DiagnosticBag diagnostics);
}

/// <summary>A rule that looks at one note at a time.</summary>
public abstract class NoteRule : IRule
{
    public abstract IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    public void Check(Project project, DiagnosticBag diagnostics)
    {
        foreach (var note in project.Notes)
        {
            Check(project, note, diagnostics);
        }
    }

    protected abstract void Check(Project project, Note note, DiagnosticBag diagnostics);

    protected static string LanguageName(Language language) => language == Language.Fr ? "French" : "Dutch";
}

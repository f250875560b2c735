using PolicyGen.Diagnostics;
using PolicyGen.Documents.Selection;
using PolicyGen.Model;

namespace PolicyGen.Pipeline;

/// <summary>
/// The outcome of <see cref="PartPreview.Run"/>: the diagnostics of the note, and either what was made of the part
/// (<see cref="Output"/>), or a <see cref="Problem"/> with the command line (no such note or part), or neither when
/// the sources have errors.
/// </summary>
/// <typeparam name="T">What the caller makes of the part (a PDF).</typeparam>
/// <param name="Project">The project with the previewed note only, or null when it could not be loaded.</param>
/// <param name="Diagnostics">The diagnostics of the project file and of the note, sorted, with the project's rule settings applied.</param>
public sealed record PartPreviewResult<T>(Project? Project, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>What was made of the part, only when the sources have no errors.</summary>
    public T? Output { get; init; }

    /// <summary>The part that was selected, or null.</summary>
    public DocumentPart? Part { get; init; }

    /// <summary>What is wrong with the note or part asked for, with what there is instead; null when nothing is.</summary>
    public string? Problem { get; init; }

    /// <summary>How long each stage took (the checks ran beside rendering and making).</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

using PolicyGen.Diagnostics;

namespace PolicyGen.Cli.Commands;

/// <summary>What one preview pass did.</summary>
/// <param name="ExitCode">0 when the PDF was written, 1 for errors in the sources, 2 for a note or part that does not exist, 3 when the PDF could not be written.</param>
/// <param name="Diagnostics">The diagnostics of the project file and the note.</param>
/// <param name="Pdf">The PDF written, or null.</param>
/// <param name="Pages">The number of pages of the PDF.</param>
/// <param name="Elapsed">How long the pass took.</param>
public sealed record PreviewOutcome(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, string? Pdf, int Pages, TimeSpan Elapsed)
{
    /// <summary>What was wrong with the note or part asked for, or with where the PDF goes; or null.</summary>
    public string? Problem { get; init; }

    /// <summary>The PNG pages written, if asked for and possible.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];
}

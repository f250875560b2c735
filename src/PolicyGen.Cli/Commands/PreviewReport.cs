using System.Globalization;
using PolicyGen.Cli.Reporting;
using PolicyGen.Diagnostics;

namespace PolicyGen.Cli.Commands;

/// <summary>How a preview pass is told: its diagnostics, then one line saying what was written.</summary>
public sealed class PreviewReport(TextWriter output, TextWriter error)
{
    private HashSet<Diagnostic> _shown = [];

    /// <summary>Prints every diagnostic of the pass, then the summary (a single preview).</summary>
    public void Once(PreviewOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            error.WriteLine($"policygen: {problem}");
            return;
        }

        foreach (var d in outcome.Diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        var summary = DiagnosticWriter.Summary(outcome.Diagnostics, 1);
        output.WriteLine(outcome.Pdf is { } pdf
            ? $"{summary} Wrote {pdf} ({Pages(outcome.Pages)}{Images(outcome)}) in {Milliseconds(outcome)} ms."
            : summary);
    }

    /// <summary>
    /// Prints a pass of watch mode: the errors, and the warnings that were not there the pass before (so that
    /// diagnostics show as they appear instead of scrolling by on every save), then one line.
    /// </summary>
    public void Update(PreviewOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            error.WriteLine($"policygen: {problem}");
            return;
        }

        foreach (var d in outcome.Diagnostics.Where(d => d.Severity == Severity.Error || !_shown.Contains(d)))
        {
            output.WriteLine(d.ToString());
        }

        _shown = [.. outcome.Diagnostics];
        var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
        output.WriteLine(outcome.Pdf is { } pdf
            ? $"updated {pdf} in {Milliseconds(outcome)} ms ({Pages(outcome.Pages)}{Images(outcome)})"
            : $"not updated: {errors} error{(errors == 1 ? string.Empty : "s")} in the sources; the previous preview stays");
    }

    private static string Pages(int pages) => $"{pages} page{(pages == 1 ? string.Empty : "s")}";

    private static string Images(PreviewOutcome outcome) => outcome.Images.Count > 0 ? $", {outcome.Images.Count} PNG" : string.Empty;

    private static string Milliseconds(PreviewOutcome outcome) => outcome.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}

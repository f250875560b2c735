using PolicyGen.Diagnostics;

namespace PolicyGen.Cli.Reporting;

/// <summary><c>--warnaserror</c>: every warning counts as an error.</summary>
public static class Escalation
{
    public static IReadOnlyList<Diagnostic> WarningsAsErrors(IReadOnlyList<Diagnostic> diagnostics, bool on) =>
        on ? [.. diagnostics.Select(d => d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)] : diagnostics;
}

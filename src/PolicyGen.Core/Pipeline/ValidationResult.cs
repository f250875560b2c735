using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Pipeline;

/// <summary>The outcome of loading and validating a project.</summary>
public sealed record ValidationResult(Project? Project, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Project is not null && ErrorCount == 0;

    /// <summary>How long each stage took (shown by the CLI when POLICYGEN_TIMINGS=1).</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}

/// <summary>The time one stage of the pipeline took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

namespace PolicyGen.Diagnostics;

/// <summary>How serious a diagnostic is. <see cref="Off"/> only appears in rule configuration.</summary>
public enum Severity
{
    Off,
    Warning,
    Error,
}

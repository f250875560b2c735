namespace PolicyGen.Diagnostics;

/// <summary>
/// One kind of problem: a stable <c>PG####</c> code, a default severity, a message format
/// (composite format with <c>{0}</c>… placeholders) and a help text used in <c>docs/diagnostics.md</c>.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    Severity DefaultSeverity,
    string MessageFormat,
    string Help,
    bool Configurable = true);

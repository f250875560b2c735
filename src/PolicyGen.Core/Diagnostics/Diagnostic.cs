using System.Globalization;

namespace PolicyGen.Diagnostics;

/// <summary>A problem found in the sources, at a location, with its effective severity.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, SourceLocation Location, string Message)
{
    public string Id => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor, descriptor.DefaultSeverity, location,
            args.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));

    /// <summary>MSBuild form: <c>path(line,col): error PG1234: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";
}

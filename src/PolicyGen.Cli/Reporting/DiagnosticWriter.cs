using System.Text;
using System.Text.Json;
using PolicyGen.Diagnostics;

namespace PolicyGen.Cli.Reporting;

/// <summary>Prints diagnostics and the closing summary in the chosen format.</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, OutputFormat format, string summary)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(Json(diagnostics));
                break;
            case OutputFormat.Github:
                foreach (var d in diagnostics)
                {
                    output.WriteLine(Github(d));
                }

                output.WriteLine(summary);
                break;
            default:
                foreach (var d in diagnostics)
                {
                    output.WriteLine(d.ToString());
                }

                output.WriteLine(summary);
                break;
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int notes)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{notes} note{(notes == 1 ? string.Empty : "s")} checked: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}.";
    }

    /// <summary>A GitHub workflow command; see "Workflow commands for GitHub Actions" (error/warning with file, line, col, title).</summary>
    public static string Github(Diagnostic d)
    {
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        var props = new StringBuilder();
        if (!d.Location.IsNone)
        {
            props.Append("file=").Append(EscapeProperty(d.Location.Path));
            if (d.Location.Line > 0)
            {
                props.Append(",line=").Append(d.Location.Line).Append(",col=").Append(d.Location.Column);
            }

            props.Append(',');
        }

        props.Append("title=").Append(EscapeProperty($"{d.Id} {d.Descriptor.Title}"));
        return $"::{kind} {props}::{EscapeData(d.Message)}";
    }

    private static string EscapeData(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string s) =>
        EscapeData(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WritePropertyName("diagnostics");
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Id);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("file", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}

using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PolicyGen.Templating;

/// <summary>Turns Scriban's parse messages and runtime exceptions into policygen diagnostics with file, line and column.</summary>
internal static partial class TemplateErrors
{
    [GeneratedRegex(@"^Cannot get member with name (?<name>.+?)\.?$")]
    private static partial Regex MissingMember();

    [GeneratedRegex(@"^The variable or function `(?<name>[^`]+)` was not found")]
    private static partial Regex MissingVariable();

    public static SourceLocation Locate(SourceSpan span) =>
        string.IsNullOrEmpty(span.FileName) ? SourceLocation.None : new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    public static void Report(LogMessageBag messages, DiagnosticBag diagnostics)
    {
        foreach (var message in messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateSyntax, Locate(message.Span), message.Message);
        }
    }

    public static void Report(ScriptRuntimeException exception, PolicyTemplateContext context, IEnumerable<string> globals, DiagnosticBag diagnostics)
    {
        if (exception is ScriptParserRuntimeException parse)
        {
            Report(parse.ParserMessages, diagnostics);
            return;
        }

        var location = Locate(exception.Span);
        switch (Cause(exception))
        {
            case UnknownLabelException label:
                diagnostics.Add(DiagnosticDescriptors.UnknownLabel, location, label.Key, label.Suggestion is null ? string.Empty : $"; did you mean '{label.Suggestion}'?");
                return;
            case TemplateAccessException access when access.Outside:
                diagnostics.Add(DiagnosticDescriptors.TemplateOutsideFolder, location, access.Name);
                return;
            case TemplateAccessException access:
                diagnostics.Add(DiagnosticDescriptors.TemplateNotFound, location, access.Message);
                return;
        }

        var message = exception.OriginalMessage ?? exception.Message;
        if (MissingMember().Match(message) is { Success: true } member)
        {
            var name = member.Groups["name"].Value;
            diagnostics.Add(DiagnosticDescriptors.TemplateUnknownName, location,
                $"'{name}' is not a field of this object{Suggest(name, context.LastMissingMemberCandidates)}");
        }
        else if (MissingVariable().Match(message) is { Success: true } variable)
        {
            var name = variable.Groups["name"].Value;
            diagnostics.Add(DiagnosticDescriptors.TemplateUnknownName, location, $"'{name}' is not defined{Suggest(name, globals)}");
        }
        else if (message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateLimit, location, message);
        }
        else
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateRuntime, location, Cause(exception) is { } cause && cause != exception ? cause.Message : message);
        }
    }

    private static string Suggest(string name, IEnumerable<string> candidates) =>
        KeySuggestions.Nearest(name, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    private static Exception? Cause(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is UnknownLabelException or TemplateAccessException)
            {
                return e;
            }

            if (e.InnerException is null)
            {
                return e;
            }
        }

        return null;
    }
}

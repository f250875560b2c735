using System.Collections.Concurrent;
using PolicyGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicyGen.Templating;

/// <summary>
/// Renders templates of a <see cref="TemplateFolders"/> set with Scriban: parsed once, rendered with a strict
/// context (unknown names are errors), with the limits that fit the set (<see cref="TemplateLimits"/>).
/// Problems become diagnostics carrying the template's path, line and column. Safe to use from several threads:
/// parsed templates are shared, each rendering has its own context.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly TemplateFolders _folders;
    private readonly TemplateLoader _loader;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateRenderer(TemplateFolders folders, TemplateLimits? limits = null)
    {
        _folders = folders;
        _loader = new TemplateLoader(folders);
        Limits = limits ?? (folders.HasUserTemplates ? TemplateLimits.User : TemplateLimits.Trusted);
    }

    public TemplateLimits Limits { get; }

    /// <summary>Renders a template with the given data (its top-level variables); null after an error.</summary>
    public string? Render(string name, ScriptObject data, RenderSession session, DiagnosticBag diagnostics)
    {
        string path;
        try
        {
            path = _loader.Resolve(name);
        }
        catch (TemplateAccessException e)
        {
            var where = _folders.UserDisplay is { } user ? $"{user} or {TemplateFolders.DefaultDisplay}" : TemplateFolders.DefaultDisplay;
            diagnostics.Add(e.Outside ? DiagnosticDescriptors.TemplateOutsideFolder : DiagnosticDescriptors.TemplateNotFound, SourceLocation.None,
                e.Outside ? name : $"the template '{name}' is not in {where}");
            return null;
        }

        var template = Parse(path);
        if (template.HasErrors)
        {
            TemplateErrors.Report(template.Messages, diagnostics);
            return null;
        }

        var context = new PolicyTemplateContext(session, Limits) { TemplateLoader = _loader };
        foreach (var (key, cached) in _parsed)
        {
            context.CachedTemplates[key] = cached;
        }

        var globals = new ScriptObject();
        foreach (var (key, value) in data)
        {
            globals.SetValue(key, value, true);
        }

        globals.SetValue("pg", new TemplateFunctions(session).ToScriptObject(), true);
        context.PushGlobal(globals);
        try
        {
            var output = template.Render(context);
            foreach (var (key, cached) in context.CachedTemplates)
            {
                _parsed.TryAdd(key, cached);
            }

            return output;
        }
        catch (ScriptRuntimeException e)
        {
            TemplateErrors.Report(e, context, globals.Keys, diagnostics);
            return null;
        }
    }

    private Template Parse(string path)
    {
        if (!_parsed.TryGetValue(path, out var template))
        {
            template = Template.Parse(_loader.Read(path), path);
            if (!template.HasErrors)
            {
                _parsed[path] = template;
            }
        }

        return template;
    }
}

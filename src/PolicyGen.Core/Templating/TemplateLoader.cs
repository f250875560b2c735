using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PolicyGen.Templating;

/// <summary>
/// Resolves template names (<c>note.sbn</c>, <c>objectives/oo.sbn</c>) against the project's folder, then the
/// default set, and refuses any name that would lead outside them: absolute paths, <c>..</c>, odd characters,
/// or a link whose target lies outside the folder. Paths handed to Scriban are the display paths used in
/// diagnostics (<c>templates/a453/note.sbn</c>, <c>my-templates/note.sbn</c>). Safe to use from several threads
/// (documents are rendered in parallel).
/// </summary>
public sealed partial class TemplateLoader(TemplateFolders folders) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, Func<string>> _sources = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\.[A-Za-z0-9]+$")]
    private static partial Regex NamePattern();

    /// <summary>Finds a template; the display path, or an exception naming the problem.</summary>
    public string Resolve(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new TemplateAccessException(name, outside: true);
        }

        if (folders.UserRoot is { } user && Confined(user, name) is { } userFile)
        {
            return Remember($"{folders.UserDisplay!.TrimEnd('/')}/{name}", () => File.ReadAllText(userFile));
        }

        if (folders.DefaultRoot is { } root)
        {
            if (Confined(root, name) is { } file)
            {
                return Remember($"{TemplateFolders.DefaultDisplay}/{name}", () => File.ReadAllText(file));
            }
        }
        else if (TemplateFolders.ReadResource(name) is { } embedded)
        {
            return Remember($"{TemplateFolders.DefaultDisplay}/{name}", () => embedded);
        }

        throw new TemplateAccessException(name, outside: false);
    }

    /// <summary>The text of a template resolved before.</summary>
    public string Read(string displayPath) => _sources[displayPath]();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Read(templatePath));

    private string Remember(string display, Func<string> read)
    {
        _sources[display] = read;
        return display;
    }

    /// <summary>The file for a name inside a root, or null when absent; throws when it would lead outside.</summary>
    private static string? Confined(string root, string name)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(fullRoot, name));
        if (!file.StartsWith(fullRoot, StringComparison.Ordinal))
        {
            throw new TemplateAccessException(name, outside: true);
        }

        if (!File.Exists(file))
        {
            return null;
        }

        for (FileSystemInfo? entry = new FileInfo(file); entry is not null && entry.FullName.Length >= fullRoot.Length; entry = Parent(entry))
        {
            if (entry.LinkTarget is not null)
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !Path.GetFullPath(target).StartsWith(fullRoot, StringComparison.Ordinal))
                {
                    throw new TemplateAccessException(name, outside: true);
                }
            }
        }

        return file;
    }

    private static DirectoryInfo? Parent(FileSystemInfo entry) => entry switch
    {
        FileInfo f => f.Directory,
        DirectoryInfo d => d.Parent,
        _ => null,
    };
}

/// <summary>A template name that cannot be used: not found, or leading outside the template folder.</summary>
public sealed class TemplateAccessException(string name, bool outside)
    : Exception(outside ? $"'{name}' is outside the template folder" : $"the template '{name}' does not exist")
{
    public string Name { get; } = name;

    public bool Outside { get; } = outside;
}

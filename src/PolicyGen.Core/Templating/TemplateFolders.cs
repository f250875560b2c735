using System.Reflection;

namespace PolicyGen.Templating;

/// <summary>
/// Where templates come from: the project's own folder (the volume's <c>templates</c> key), if any, then the
/// default A-453 set. A template the project does not override falls back to the default one. The default set
/// is read from embedded resources named <c>templates/a453/…</c> when the assembly carries them, else from a
/// <c>templates/a453</c> folder found from <c>POLICYGEN_TEMPLATES</c>, the program's folder or the current one,
/// walking up.
/// </summary>
public sealed class TemplateFolders
{
    /// <summary>The name of the default set as it appears in diagnostics.</summary>
    public const string DefaultDisplay = "templates/a453";

    private const string ResourcePrefix = "templates/a453/";

    private TemplateFolders(string? defaultRoot, string? userRoot, string? userDisplay)
    {
        DefaultRoot = defaultRoot;
        UserRoot = userRoot;
        UserDisplay = userDisplay;
    }

    /// <summary>The folder of the default set, or null when it is read from resources (or missing).</summary>
    public string? DefaultRoot { get; }

    /// <summary>The project's template folder (full path), or null.</summary>
    public string? UserRoot { get; }

    /// <summary>The project's template folder as written in policygen.yaml, for messages.</summary>
    public string? UserDisplay { get; }

    /// <summary>Whether the project brings templates of its own (which then run with <see cref="TemplateLimits.User"/>).</summary>
    public bool HasUserTemplates => UserRoot is not null;

    /// <summary>The default set alone, optionally from a given folder.</summary>
    public static TemplateFolders Default(string? defaultRoot = null) => new(defaultRoot ?? LocateDefault(), null, null);

    /// <summary>The default set with a project folder in front of it.</summary>
    public static TemplateFolders WithUser(string userRoot, string userDisplay, string? defaultRoot = null) =>
        new(defaultRoot ?? LocateDefault(), Path.GetFullPath(userRoot), userDisplay);

    /// <summary>The text of a default template from the resources, or null.</summary>
    public static string? ReadResource(string name)
    {
        var assembly = typeof(TemplateFolders).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .FirstOrDefault(r => r.Replace('\\', '/') == ResourcePrefix + name);
        if (resource is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Whether the default set is embedded in the assembly.</summary>
    public static bool HasEmbeddedDefaults() =>
        typeof(TemplateFolders).Assembly.GetManifestResourceNames().Any(r => r.Replace('\\', '/').StartsWith(ResourcePrefix, StringComparison.Ordinal));

    private static string? LocateDefault()
    {
        if (HasEmbeddedDefaults())
        {
            return null;
        }

        if (Environment.GetEnvironmentVariable("POLICYGEN_TEMPLATES") is { Length: > 0 } fromEnvironment && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(Assembly.GetEntryAssembly()?.Location) })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates", "a453");
                if (File.Exists(Path.Combine(candidate, "note.sbn")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

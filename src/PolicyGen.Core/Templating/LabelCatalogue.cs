using System.Globalization;
using PolicyGen.Model;

namespace PolicyGen.Templating;

/// <summary>
/// The labels of one note in one language: the default catalogue, with the note's own wording
/// (<c>labels: {oo_deadline: {fr: …, nl: …}}</c>) taking precedence.
/// </summary>
public sealed class LabelCatalogue
{
    private static readonly Dictionary<string, LabelEntry> Defaults =
        DefaultLabels.All.ToDictionary(e => e.Key, StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, LocalizedText>? _overrides;
    private readonly Language _language;

    public LabelCatalogue(Language language, IReadOnlyDictionary<string, LocalizedText>? overrides)
    {
        _language = language;
        _overrides = overrides;
    }

    /// <summary>Every label key.</summary>
    public static IEnumerable<string> Keys => Defaults.Keys;

    public static bool IsKnown(string key) => Defaults.ContainsKey(key);

    /// <summary>The label's pattern (with <c>{0}</c> where the argument goes); null for an unknown key.</summary>
    public string? Pattern(string key, bool singular)
    {
        if (!Defaults.TryGetValue(key, out var entry))
        {
            return null;
        }

        return _overrides is not null && _overrides.TryGetValue(key, out var own) && own[_language] is { Length: > 0 } text
            ? text
            : entry.Text(_language, singular);
    }

    /// <summary>The label's text, with <c>{0}</c> replaced by the argument (or dropped when there is none).</summary>
    public string? Text(string key, string? argument, bool singular) =>
        Pattern(key, singular) is { } pattern ? Fill(pattern, argument, s => s, s => s) : null;

    /// <summary>
    /// Fills a pattern: <paramref name="first"/> is applied to the text before <c>{0}</c> and
    /// <paramref name="rest"/> to the text after it (to escape them), but not to the argument. Without an
    /// argument, <c>{0}</c> and the space before it are dropped.
    /// </summary>
    public static string Fill(string pattern, string? argument, Func<string, string> first, Func<string, string> rest)
    {
        var parts = pattern.Split("{0}");
        if (argument is null)
        {
            return first(string.Join(string.Empty, parts.Select((p, i) => i < parts.Length - 1 ? p.TrimEnd(' ') : p)).Trim());
        }

        return string.Join(argument, parts.Select((p, i) => p.Length == 0 ? p : i == 0 ? first(p) : rest(p)));
    }

    /// <summary>Formats an argument for a label: whole numbers without grouping (years, counts).</summary>
    public static string? Argument(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}

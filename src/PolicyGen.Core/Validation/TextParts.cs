using System.Text.RegularExpressions;

namespace PolicyGen.Validation;

/// <summary>Splits texts into paragraphs and excerpts for rules and messages.</summary>
public static partial class TextParts
{
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)]|[a-z][.)])\s+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    /// <summary>URLs (with a scheme, www. or a path after a domain) and e-mail addresses.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)+/[^\s<>()«»]*")]
    private static partial Regex Link();

    /// <summary>
    /// <paramref name="text"/> with URLs and e-mail addresses blanked out (replaced by spaces of the same
    /// length, so that positions stay the same), for rules about the words of a text.
    /// </summary>
    public static string WithoutLinks(string text) =>
        text.Contains('@', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal)
            ? Link().Replace(text, m => new string(' ', m.Length))
            : text;

    /// <summary>Paragraphs and list items, markers removed.</summary>
    public static IEnumerable<string> Paragraphs(string text)
    {
        foreach (var block in BlankLine().Split(text))
        {
            var stripped = ListMarker().Replace(block, "\n");
            foreach (var part in stripped.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return part;
            }
        }
    }

    /// <summary>The first words of a text, for a message.</summary>
    public static string Excerpt(string text, int length = 50)
    {
        var flat = Flat(text);
        return flat.Length <= length ? flat : flat[..length].TrimEnd() + "…";
    }

    /// <summary>The text on one line, runs of white space made one space.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Text.RegularExpressions;

namespace PolicyGen.Validation;

/// <summary>Splits texts into paragraphs and excerpts for rules and messages.</summary>
public static partial class TextParts
{
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)]|[a-z][.)])\s+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

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
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..length].TrimEnd() + "…";
    }
}

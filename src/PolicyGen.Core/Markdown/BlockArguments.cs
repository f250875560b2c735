namespace PolicyGen.Markdown;

/// <summary>
/// The attributes written after a container's name (<c>::: full-width {#tbl-1 .x}</c>), which Markdig leaves as
/// raw text: an id, classes and <c>key="value"</c> pairs.
/// </summary>
internal sealed record BlockArguments(string? Id, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, string> Properties)
{
    public static BlockArguments Empty { get; } = new(null, [], new Dictionary<string, string>());

    /// <summary>Reads <c>{#id .class key="value"}</c>; null when the text is not of that form.</summary>
    public static BlockArguments? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return Empty;
        }

        if (trimmed[0] != '{' || trimmed[^1] != '}')
        {
            return null;
        }

        string? id = null;
        var classes = new List<string>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in Split(trimmed[1..^1]))
        {
            if (part.StartsWith('#') && part.Length > 1)
            {
                id = part[1..];
            }
            else if (part.StartsWith('.') && part.Length > 1)
            {
                classes.Add(part[1..]);
            }
            else if (part.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq)
            {
                properties[part[..eq]] = part[(eq + 1)..].Trim('"');
            }
            else
            {
                return null;
            }
        }

        return new BlockArguments(id, classes, properties);
    }

    private static IEnumerable<string> Split(string text)
    {
        var start = -1;
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || (!quoted && char.IsWhiteSpace(text[i]));
            if (end)
            {
                if (start >= 0)
                {
                    yield return text[start..i];
                    start = -1;
                }

                continue;
            }

            if (text[i] == '"')
            {
                quoted = !quoted;
            }

            if (start < 0)
            {
                start = i;
            }
        }
    }
}

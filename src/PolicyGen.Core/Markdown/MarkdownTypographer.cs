using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyGen.Formatting;
using PolicyGen.Model;

namespace PolicyGen.Markdown;

/// <summary>
/// Applies the typography of the notes (<see cref="Typography"/>) to the text of a Markdown document, and only
/// to its text: the parser tells where each run of literal text lies, and only those stretches are rewritten.
/// Markup, attributes and URLs are left as they are.
/// </summary>
public static class MarkdownTypographer
{
    public static string Apply(string markdown, Language language)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (Stretch(markdown, literal) is not { } stretch)
            {
                continue;
            }

            var source = markdown.Substring(stretch.Start, stretch.Length);
            var fixedText = Typography.Apply(source, language);
            if (!string.Equals(source, fixedText, StringComparison.Ordinal))
            {
                edits.Add((stretch.Start, stretch.Length, fixedText));
            }
        }

        if (edits.Count == 0)
        {
            return markdown;
        }

        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new StringBuilder(markdown.Length + edits.Count);
        var position = 0;
        foreach (var (start, length, text) in edits)
        {
            if (start < position)
            {
                continue;
            }

            result.Append(markdown, position, start - position).Append(text);
            position = start + length;
        }

        return result.Append(markdown, position, markdown.Length - position).ToString();
    }

    /// <summary>The stretch of source a literal was read from, when it holds exactly the literal (escapes aside).</summary>
    private static (int Start, int Length)? Stretch(string markdown, LiteralInline literal)
    {
        var span = literal.Span;
        if (span.Start < 0 || span.End >= markdown.Length || span.End < span.Start)
        {
            return null;
        }

        var start = span.Start;
        var end = span.End;
        var content = literal.Content.ToString();
        while (start <= end && (markdown[start] is ' ' or '\t') && !content.StartsWith(markdown[start]))
        {
            start++;
        }

        while (end >= start && (markdown[end] is ' ' or '\t') && !content.EndsWith(markdown[end]))
        {
            end--;
        }

        var length = end - start + 1;
        return length > 0 && Unescape(markdown.AsSpan(start, length)) == content ? (start, length) : null;
    }

    private static string Unescape(ReadOnlySpan<char> source)
    {
        var text = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\\' && i + 1 < source.Length && IsAsciiPunctuation(source[i + 1]))
            {
                i++;
            }

            text.Append(source[i]);
        }

        return text.ToString();
    }

    /// <summary>The characters CommonMark lets a backslash escape.</summary>
    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
